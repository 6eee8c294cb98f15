package dev.incidentkit.examples;

import dev.incidentkit.incident.IncidentEvent;
import dev.incidentkit.incident.IncidentState;
import io.vavr.collection.Seq;

/**
 * Publishes an incident report where a team keeps them, such as a reports repository, and says where.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface ReportPublisher {

    /**
     * Publishes the report of an incident.
     *
     * @param state the incident
     * @param events its events
     * @return the location people read it at (a URL)
     */
    String publish(IncidentState state, Seq<IncidentEvent> events);
}
