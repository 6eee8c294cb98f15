/**
 * The application service: {@link dev.incidentkit.desk.IncidentDesk} takes commands, stores their events
 * with optimistic concurrency and plans their messages; {@link dev.incidentkit.desk.Dispatcher} delivers
 * them at least once, with backoff and dead letters.
 *
 * <p>The top of the package graph: it drives the ports and logs through SLF4J.
 *
 * <p>Said once for the whole package: nothing here takes or returns {@code null} unless marked
 * {@code @Nullable} (an absent value is an {@code Option}), and every member is available since the
 * version below unless it says otherwise.
 *
 * @since 0.1.0
 */
@NullMarked
package dev.incidentkit.desk;

import org.jspecify.annotations.NullMarked;
