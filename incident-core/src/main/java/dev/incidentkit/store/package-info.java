/**
 * Where events are kept: the {@link dev.incidentkit.store.IncidentEventStore} port, with its contract in
 * its Javadoc, and {@link dev.incidentkit.store.InMemoryEventStore}, the embedded default.
 *
 * <p>A port above the incident: it stores the incident's events and knows nothing of their rules.
 *
 * @since 0.1.0
 */
@NullMarked
package dev.incidentkit.store;

import org.jspecify.annotations.NullMarked;
