package dev.incidentkit.incident.team;

import dev.incidentkit.base.TextRules;
import dev.incidentkit.incident.Advisory;
import dev.incidentkit.incident.EventHeader;
import dev.incidentkit.incident.IncidentEvent;
import dev.incidentkit.role.Responder;
import dev.incidentkit.role.ResponderId;
import dev.incidentkit.role.Role;
import java.util.Objects;

/**
 * Events of the response team: roles assigned and released, handoffs and takeovers offered and
 * settled, the tickets and paging incidents that follow a role, and the advisories the team is given. A slice of {@link IncidentEvent}.
 *
 * @since 0.1.0
 */
public sealed interface TeamEvent extends IncidentEvent {

    /**
     * A responder took a role, at declaration by the staffing rule or later by assignment; the actor is who asked.
     *
     * @param header the header
     * @param role the role
     * @param responder who took it
     * @param reason why them, such as the staffing rule's explanation or the expertise needed
     */
    record RoleAssigned(EventHeader header, Role role, Responder responder, String reason) implements TeamEvent {
        /**
         * Creates the event.
         *
         * @throws NullPointerException if an argument is {@code null}
         */
        public RoleAssigned {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(responder, "responder");
            Objects.requireNonNull(reason, "reason");
            TextRules.requireText("the reason", reason);
        }
    }

    /**
     * A holder let go of a role that may be vacant.
     *
     * @param header the header
     * @param role the role
     * @param holder who let go
     * @param reason why
     */
    record RoleReleased(EventHeader header, Role role, ResponderId holder, String reason) implements TeamEvent {
        /**
         * Creates the event.
         *
         * @throws NullPointerException if an argument is {@code null}
         */
        public RoleReleased {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(holder, "holder");
            Objects.requireNonNull(reason, "reason");
            TextRules.requireText("the reason", reason);
        }
    }

    /**
     * A role was offered to a responder; the holder keeps it until the offer is accepted.
     *
     * @param header the header
     * @param handoff the open offer
     */
    record HandoffOffered(EventHeader header, Handoff handoff) implements TeamEvent {
        /**
         * Creates the event.
         *
         * @throws NullPointerException if an argument is {@code null}
         */
        public HandoffOffered {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(handoff, "handoff");
            TextRules.requireText("the note", handoff.note());
        }
    }

    /**
     * A role was offered on behalf of a holder who could not hand it off (a takeover): the offer's
     * {@link Handoff#offeredBy()} is who took the decision, {@link Handoff#from()} the holder passed
     * over and {@link Handoff#note()} the reason. The holder keeps the role until the offered responder
     * accepts ({@link HandoffAccepted}); the offer may be declined, withdrawn or expire like any other.
     *
     * @param header the header
     * @param handoff the open offer
     */
    record TakeoverOffered(EventHeader header, Handoff handoff) implements TeamEvent {
        /**
         * Creates the event.
         *
         * @throws NullPointerException if an argument is {@code null}
         */
        public TakeoverOffered {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(handoff, "handoff");
            TextRules.requireText("the reason", handoff.note());
        }
    }

    /**
     * The offered responder accepted: the role moved from the old holder to them.
     *
     * @param header the header
     * @param handoff the offer
     * @param role the role
     * @param from the relieved holder
     * @param to the new holder
     */
    record HandoffAccepted(EventHeader header, HandoffId handoff, Role role, ResponderId from, Responder to) implements TeamEvent {
        /**
         * Creates the event.
         *
         * @throws NullPointerException if an argument is {@code null}
         */
        public HandoffAccepted {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(handoff, "handoff");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }
    }

    /**
     * The offered responder declined; the holder keeps the role.
     *
     * @param header the header
     * @param handoff the offer
     * @param reason why
     */
    record HandoffDeclined(EventHeader header, HandoffId handoff, String reason) implements TeamEvent {
        /**
         * Creates the event.
         *
         * @throws NullPointerException if an argument is {@code null}
         */
        public HandoffDeclined {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(handoff, "handoff");
            Objects.requireNonNull(reason, "reason");
            TextRules.requireText("the reason", reason);
        }
    }

    /**
     * The offer was withdrawn; the holder keeps the role.
     *
     * @param header the header
     * @param handoff the offer
     * @param reason why
     */
    record HandoffWithdrawn(EventHeader header, HandoffId handoff, String reason) implements TeamEvent {
        /**
         * Creates the event.
         *
         * @throws NullPointerException if an argument is {@code null}
         */
        public HandoffWithdrawn {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(handoff, "handoff");
            Objects.requireNonNull(reason, "reason");
            TextRules.requireText("the reason", reason);
        }
    }

    /**
     * The offer expired unanswered; the holder keeps the role.
     *
     * @param header the header
     * @param handoff the offer
     */
    record HandoffExpired(EventHeader header, HandoffId handoff) implements TeamEvent {
        /**
         * Creates the event.
         *
         * @throws NullPointerException if an argument is {@code null}
         */
        public HandoffExpired {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(handoff, "handoff");
        }
    }

    /**
     * The ticket through which stakeholders are reached is to be assigned to the new Communications Liaison (001).
     *
     * @param header the header
     * @param ticket the ticket's reference or URL
     * @param assignee the liaison
     */
    record TicketAssigned(EventHeader header, String ticket, Responder assignee) implements TeamEvent {
        /**
         * Creates the event.
         *
         * @throws NullPointerException if an argument is {@code null}
         */
        public TicketAssigned {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(ticket, "ticket");
            Objects.requireNonNull(assignee, "assignee");
        }
    }

    /**
     * The paging incident is to be reassigned to the new Incident Commander (001: "Reassign the incident on PagerDuty to the new commander").
     *
     * @param header the header
     * @param pagingIncident the paging incident's id or URL
     * @param assignee the commander
     */
    record PagingIncidentReassigned(EventHeader header, String pagingIncident, Responder assignee) implements TeamEvent {
        /**
         * Creates the event.
         *
         * @throws NullPointerException if an argument is {@code null}
         */
        public PagingIncidentReassigned {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(pagingIncident, "pagingIncident");
            Objects.requireNonNull(assignee, "assignee");
        }
    }

    /**
     * A note is to be put on the paging incident, such as who the liaison is now (001).
     *
     * @param header the header
     * @param pagingIncident the paging incident's id or URL
     * @param note the note
     */
    record PagingIncidentNoted(EventHeader header, String pagingIncident, String note) implements TeamEvent {
        /**
         * Creates the event.
         *
         * @throws NullPointerException if an argument is {@code null}
         */
        public PagingIncidentNoted {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(pagingIncident, "pagingIncident");
            Objects.requireNonNull(note, "note");
            TextRules.requireText("the note", note);
        }
    }

    /**
     * A soft rule was broken; the command that caused it was accepted all the same.
     *
     * @param header the header
     * @param advisory the advice
     */
    record AdvisoryRaised(EventHeader header, Advisory advisory) implements TeamEvent {
        /**
         * Creates the event.
         *
         * @throws NullPointerException if an argument is {@code null}
         */
        public AdvisoryRaised {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(advisory, "advisory");
        }
    }
}
