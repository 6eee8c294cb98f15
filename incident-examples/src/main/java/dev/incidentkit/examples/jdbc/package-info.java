/**
 * The JDBC adapters: an {@link dev.incidentkit.store.IncidentEventStore} and an outbox kept in tables on H2
 * or PostgreSQL, one row per event. The rows hold the published JSON form of {@code incident-json}: {@link
 * dev.incidentkit.json.EventJson} turns every core event into a one-line JSON payload and back, under a
 * versioned layout that older rows are upcast from; the stores keep the payload beside the columns they
 * query (incident, sequence, event id, type, schema version, recorded at).
 *
 * <p>Said once for the whole package: nothing here takes or returns {@code null} unless marked
 * {@code @Nullable} (an absent value is an {@code Option}), and every member is available since the
 * version below unless it says otherwise.
 *
 * @since 0.1.0
 */
@NullMarked
package dev.incidentkit.examples.jdbc;

import org.jspecify.annotations.NullMarked;
