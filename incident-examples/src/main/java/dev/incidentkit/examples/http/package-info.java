/**
 * Notifiers that speak HTTP in the public shapes of real tools, and a stand-in for those tools: a chat
 * incoming webhook ({@link dev.incidentkit.examples.http.ChatWebhookNotifier}), a paging service's events
 * and REST APIs ({@link dev.incidentkit.examples.http.PagingNotifier}), an issue tracker's REST API
 * ({@link dev.incidentkit.examples.http.TicketNotifier}), a notifier that picks one of them by the kind of
 * target ({@link dev.incidentkit.examples.http.RoutingNotifier}), and
 * {@link dev.incidentkit.examples.http.LocalApis}, a loopback server that answers all of their calls for the
 * tests and the demo.
 *
 * <p>All of them run on the JDK's {@link java.net.http.HttpClient} and write JSON with Jackson's tree model,
 * so every text is escaped for JSON and nothing else. A notifier sends each request once, with the
 * message's idempotency key in an {@code Idempotency-Key} header, and says what happened: delivered,
 * failed but worth retrying (with the wait the target asked for), or failed for good. It never retries or
 * sleeps itself; the desk's {@link dev.incidentkit.desk.Dispatcher} does the retrying. Addresses that come
 * from incidents (ticket keys, paging incident ids) are checked before they become part of a URL path.
 *
 * <p>Said once for the whole package: nothing here takes or returns {@code null} unless marked
 * {@code @Nullable} (an absent value is an {@code Option}), and every member is available since the
 * version below unless it says otherwise.
 *
 * @since 0.1.0
 */
@NullMarked
package dev.incidentkit.examples.http;

import org.jspecify.annotations.NullMarked;
