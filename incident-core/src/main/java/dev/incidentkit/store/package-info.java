/**
 * Where events are kept: the {@link dev.incidentkit.store.IncidentEventStore} port, with its contract in
 * its Javadoc, and {@link dev.incidentkit.store.InMemoryEventStore}, the embedded default; and
 * {@link dev.incidentkit.store.IncidentStorage}, the store and the outbox as one port, so that an adapter on
 * one database can commit events and the messages planned from them in one transaction.
 *
 * <p>A port above the incident: it stores the incident's events and knows nothing of their rules.
 *
 * <p>Said once for the whole package: nothing here takes or returns {@code null} unless marked
 * {@code @Nullable} (an absent value is an {@code Option}), and every member is available since the
 * version below unless it says otherwise.
 *
 * @since 0.1.0
 */
@NullMarked
package dev.incidentkit.store;

import org.jspecify.annotations.NullMarked;
