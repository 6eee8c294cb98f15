/**
 * The JDBC adapters: an {@link dev.incidentkit.store.IncidentEventStore} and an outbox kept in tables on H2
 * or PostgreSQL, one row per event, and the JSON form those rows hold. {@link
 * dev.incidentkit.examples.jdbc.EventJson} turns every core event into a one-line JSON payload and back,
 * under a versioned layout that older rows are upcast from; the stores keep the payload beside the columns
 * they query (incident, sequence, event id, type, schema version, recorded at).
 *
 * @since 0.1.0
 */
@NullMarked
package dev.incidentkit.examples.jdbc;

import org.jspecify.annotations.NullMarked;
