/**
 * Each guide's process run end to end on real adapters, and the demo that runs them all: the scenarios
 * drive an {@link dev.incidentkit.desk.IncidentDesk} as a team following that guide would, with time
 * advanced by a controllable clock. The adapters live in {@code dev.incidentkit.examples.jdbc} (event store
 * and outbox on H2 or PostgreSQL), {@code dev.incidentkit.examples.http} (chat, paging and ticket notifiers)
 * and {@code dev.incidentkit.examples.files} (the postmortem exporter).
 *
 * <p>Said once for the whole package: nothing here takes or returns {@code null} unless marked
 * {@code @Nullable} (an absent value is an {@code Option}), and every member is available since the
 * version below unless it says otherwise.
 *
 * @since 0.1.0
 */
@NullMarked
package dev.incidentkit.examples;

import org.jspecify.annotations.NullMarked;
