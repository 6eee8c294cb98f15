package dev.incidentkit.incident;

import dev.incidentkit.incident.communication.CommunicationEvent;
import dev.incidentkit.incident.postmortem.PostmortemEvent;
import dev.incidentkit.incident.response.ResponseEvent;
import dev.incidentkit.incident.team.TeamEvent;
import dev.incidentkit.incident.triage.TriageEvent;
import dev.incidentkit.role.ResponderId;
import io.vavr.collection.Seq;

/**
 * A fact about an incident, decided by the {@link IncidentDecider} and kept forever in the incident's
 * stream. The state, and everything derived later (timeline, report, metrics, notifications), is a
 * fold over these events.
 *
 * <p>Events are immutable values; each carries an {@link EventHeader}.
 *
 * @since 0.1.0
 */
public sealed interface IncidentEvent
        permits TriageEvent, ResponseEvent, TeamEvent, CommunicationEvent, PostmortemEvent {

    /**
     * The event's incident, id, sequence, times, actor and causing command.
     *
     * @return the header
     */
    EventHeader header();

    /**
     * The event's position in its stream, from 1.
     *
     * @return the sequence number
     */
    default long sequence() {
        return header().sequence();
    }

    /**
     * The incident whose stream holds the event.
     *
     * @return the id
     */
    default IncidentId incidentId() {
        return header().incidentId();
    }

    /**
     * Who caused the event.
     *
     * @return the actor
     */
    default ResponderId actor() {
        return header().actor();
    }

    /**
     * Every kind of event, as its record class: the capability slices in turn (triage, response, team,
     * communication, postmortem), each in the order its records are declared. Codecs, dispatch tables
     * and tests that must handle every kind check themselves against this list.
     *
     * @return the record classes, each once
     */
    static Seq<Class<? extends IncidentEvent>> recordTypes() {
        return SealedLeaves.EVENTS;
    }
}
