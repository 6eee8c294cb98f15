package dev.incidentkit.examples.http;

import dev.incidentkit.notify.Delivery;
import dev.incidentkit.notify.Notifier;
import dev.incidentkit.notify.RenderedMessage;
import dev.incidentkit.notify.Target;
import io.vavr.collection.HashMap;
import io.vavr.collection.Map;
import java.util.Locale;
import java.util.Objects;

/**
 * Hands each message to the notifier for its target's kind: the incident channel to a chat notifier, the
 * ticket to a ticket notifier, the paging incident to a paging notifier. A message whose kind has no
 * notifier fails for good, with a sentence that names the kind; a routed notifier that answers
 * {@code null} counts as a retryable failure, so this notifier always says what happened. Immutable and
 * thread-safe when its notifiers are.
 *
 * <pre>{@code
 * Notifier notifier = RoutingNotifier.empty()
 *         .route(Target.Kind.INCIDENT_CHANNEL, chat)
 *         .route(Target.Kind.TICKET, tickets)
 *         .route(Target.Kind.PAGING_INCIDENT, paging);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class RoutingNotifier implements Notifier {

    private final Map<Target.Kind, Notifier> routes;

    private RoutingNotifier(Map<Target.Kind, Notifier> routes) {
        this.routes = routes;
    }

    /**
     * A notifier that routes nothing yet.
     *
     * @return the notifier
     */
    public static RoutingNotifier empty() {
        return new RoutingNotifier(HashMap.empty());
    }

    /**
     * A notifier with the given routes.
     *
     * @param routes the notifier for each kind of target; nor any key or value in it
     * @return the notifier
     * @throws NullPointerException if the map, a kind or a notifier is {@code null}
     */
    public static RoutingNotifier of(Map<Target.Kind, Notifier> routes) {
        Objects.requireNonNull(routes, "routes");
        routes.forEach((kind, notifier) -> {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(notifier, "notifier");
        });
        return new RoutingNotifier(routes);
    }

    /**
     * This notifier with one more route, or with the route for the kind replaced.
     *
     * @param kind the kind of target
     * @param notifier the notifier for it
     * @return the new notifier; this one is unchanged
     * @throws NullPointerException if an argument is {@code null}
     */
    public RoutingNotifier route(Target.Kind kind, Notifier notifier) {
        return new RoutingNotifier(routes.put(Objects.requireNonNull(kind, "kind"),
                Objects.requireNonNull(notifier, "notifier")));
    }

    /**
     * The routes.
     *
     * @return the notifier for each routed kind
     */
    public Map<Target.Kind, Notifier> routes() {
        return routes;
    }

    /**
     * Hands the message to the notifier for its target's kind.
     *
     * @param message the message
     * @return what that notifier says, or a permanent failure when no notifier is routed for the kind
     */
    @Override
    public Delivery deliver(RenderedMessage message) {
        Objects.requireNonNull(message, "message");
        Target.Kind kind = message.intent().target().kind();
        return routes.get(kind)
                .map(notifier -> {
                    Delivery outcome = notifier.deliver(message);
                    return outcome != null ? outcome
                            : Delivery.retryable("the notifier for " + name(kind) + " said nothing");
                })
                .getOrElse(() -> Delivery.permanent("no notifier for " + name(kind) + " messages is routed"));
    }

    private static String name(Target.Kind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
