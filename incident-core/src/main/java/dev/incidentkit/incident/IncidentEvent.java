package dev.incidentkit.incident;

import dev.incidentkit.base.Nulls;
import dev.incidentkit.base.TextRules;
import dev.incidentkit.postmortem.ActionItem;
import dev.incidentkit.postmortem.Section;
import dev.incidentkit.process.Verdict;
import dev.incidentkit.report.Assessment;
import dev.incidentkit.report.ReportSource;
import dev.incidentkit.role.Audience;
import dev.incidentkit.role.Responder;
import dev.incidentkit.role.ResponderId;
import dev.incidentkit.role.Role;
import dev.incidentkit.severity.Severity;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/**
 * A fact about an incident, decided by the {@link IncidentDecider} and kept forever in the incident's
 * stream. The state, and everything derived later (timeline, report, metrics, notifications), is a
 * fold over these events.
 *
 * <p>Events are immutable values; each carries an {@link EventHeader}.
 *
 * @since 0.1.0
 */
public sealed interface IncidentEvent {

    /**
     * The event's incident, id, sequence, times, actor and causing command.
     *
     * @return the header; never {@code null}
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
     * @return the id; never {@code null}
     */
    default IncidentId incidentId() {
        return header().incidentId();
    }

    /**
     * Who caused the event.
     *
     * @return the actor; never {@code null}
     */
    default ResponderId actor() {
        return header().actor();
    }

    /**
     * An incident was reported and is in TRIAGE. {@link EventHeader#effectiveAt()} is when it was
     * detected.
     *
     * @param header the header; never {@code null}
     * @param source where the report came from; never {@code null}
     * @param summary what was reported; never {@code null}
     * @param impactStartedAt the best guess of when the impact began, if given; never {@code null}
     * @since 0.1.0
     */
    record Reported(EventHeader header, ReportSource source, String summary, Option<Instant> impactStartedAt)
            implements IncidentEvent {
        /**
         * Creates the value.
         *
         * @param header the header; never {@code null}
         * @param source where the report came from; never {@code null}
         * @param summary what was reported; never {@code null}
         * @param impactStartedAt the best guess of when the impact began, if given; never {@code null}
         * @throws NullPointerException if an argument is {@code null}
         */
        public Reported {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(summary, "summary");
            Nulls.requireContent(impactStartedAt, "impactStartedAt");
            TextRules.requireLabel("the summary", summary);
            TextRules.requireNone(Checks.sourceProblem(source));
        }
    }

    /**
     * The incident was declared.
     *
     * @param header the header; never {@code null}
     * @param title the title; never {@code null}
     * @param severity the initial severity; never {@code null}
     * @param impact who is affected and how; never {@code null}
     * @param impactedService the affected service; never {@code null}
     * @param impactStartedAt the best guess of when the impact began, if given; never {@code null}
     * @param declarer who declared it, with the name the command's roster gives them, or their id as the
     *     name when the roster does not list them; never {@code null}
     * @since 0.1.0
     */
    record Declared(
            EventHeader header,
            String title,
            Severity severity,
            Impact impact,
            String impactedService,
            Option<Instant> impactStartedAt,
            Responder declarer) implements IncidentEvent {
        /**
         * Creates the value.
         *
         * @param header the header; never {@code null}
         * @param title the title; never {@code null}
         * @param severity the initial severity; never {@code null}
         * @param impact who is affected and how; never {@code null}
         * @param impactedService the affected service; never {@code null}
         * @param impactStartedAt the best guess of when the impact began, if given; never {@code null}
         * @param declarer who declared it; never {@code null}
         * @throws NullPointerException if an argument is {@code null}
         */
        public Declared {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(severity, "severity");
            Objects.requireNonNull(impact, "impact");
            Objects.requireNonNull(impactedService, "impactedService");
            Nulls.requireContent(impactStartedAt, "impactStartedAt");
            Objects.requireNonNull(declarer, "declarer");
            TextRules.requireLabel("the title", title);
            TextRules.requireText("the impact summary", impact.summary());
            TextRules.requireLabel("the impacted service", impactedService);
        }
    }

    /**
     * The report was assessed as not an incident and routed elsewhere.
     *
     * @param header the header; never {@code null}
     * @param reason why it is not an incident; never {@code null}
     * @param route where it went; never {@code null}
     * @since 0.1.0
     */
    record Declined(EventHeader header, String reason, DeclineRoute route) implements IncidentEvent {
        /**
         * Creates the value.
         *
         * @param header the header; never {@code null}
         * @param reason why it is not an incident; never {@code null}
         * @param route where it went; never {@code null}
         * @throws NullPointerException if an argument is {@code null}
         */
        public Declined {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(route, "route");
            TextRules.requireText("the reason", reason);
            route.reference().forEach(r -> TextRules.requireLabel("the route's reference", r));
        }
    }

    /**
     * The best guess of when the impact began was recorded or revised.
     *
     * @param header the header; never {@code null}
     * @param startedAt when the impact began; never {@code null}
     * @since 0.1.0
     */
    record ImpactStartEstimated(EventHeader header, Instant startedAt) implements IncidentEvent {
        /**
         * Creates the value.
         *
         * @param header the header; never {@code null}
         * @param startedAt when the impact began; never {@code null}
         * @throws NullPointerException if an argument is {@code null}
         */
        public ImpactStartEstimated {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(startedAt, "startedAt");
        }
    }

    /**
     * The severity changed.
     *
     * @param header the header; never {@code null}
     * @param from the severity before; never {@code null}
     * @param to the severity after; never {@code null}
     * @param reason why, if given (always given for a downgrade); never {@code null}
     * @since 0.1.0
     */
    record SeverityChanged(EventHeader header, Severity from, Severity to, Option<String> reason)
            implements IncidentEvent {
        /**
         * Creates the value.
         *
         * @param header the header; never {@code null}
         * @param from the severity before; never {@code null}
         * @param to the severity after; never {@code null}
         * @param reason why, if given (always given for a downgrade); never {@code null}
         * @throws NullPointerException if an argument is {@code null}
         */
        public SeverityChanged {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Nulls.requireContent(reason, "reason");
            reason.forEach(r -> TextRules.requireText("the reason", r));
        }
    }

    /**
     * A status update was posted.
     *
     * @param header the header; never {@code null}
     * @param kind progress or resolution notice; never {@code null}
     * @param audience who it is for; never {@code null}
     * @param text what it says; never {@code null}
     * @param nextUpdateBy when the next update is promised, if given; never {@code null}
     * @since 0.1.0
     */
    record UpdatePosted(
            EventHeader header, UpdateKind kind, Audience audience, String text, Option<Instant> nextUpdateBy)
            implements IncidentEvent {
        /**
         * Creates the value.
         *
         * @param header the header; never {@code null}
         * @param kind progress or resolution notice; never {@code null}
         * @param audience who it is for; never {@code null}
         * @param text what it says; never {@code null}
         * @param nextUpdateBy when the next update is promised, if given; never {@code null}
         * @throws NullPointerException if an argument is {@code null}
         */
        public UpdatePosted {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(audience, "audience");
            Objects.requireNonNull(text, "text");
            Nulls.requireContent(nextUpdateBy, "nextUpdateBy");
            TextRules.requireText("the update", text);
        }
    }

    /**
     * A link to an outside place was added.
     *
     * @param header the header; never {@code null}
     * @param link the link; never {@code null}
     * @param purpose what the link is for; the decider always says, and none is read only from events
     *     stored before links had purposes, for which the first ticket linked became the stakeholders' one;
     *     never {@code null}
     * @since 0.1.0
     */
    record LinkAdded(EventHeader header, Link link, Option<LinkPurpose> purpose) implements IncidentEvent {
        /**
         * Creates the value.
         *
         * @param header the header; never {@code null}
         * @param link the link; never {@code null}
         * @param purpose what the link is for; never {@code null}
         * @throws NullPointerException if an argument is {@code null}
         */
        public LinkAdded {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(link, "link");
            Nulls.requireContent(purpose, "purpose");
        }

        /**
         * A link added with a purpose.
         *
         * @param header the header; never {@code null}
         * @param link the link; never {@code null}
         * @param purpose what the link is for; never {@code null}
         * @throws NullPointerException if an argument is {@code null}
         */
        public LinkAdded(EventHeader header, Link link, LinkPurpose purpose) {
            this(header, link, Option.some(Objects.requireNonNull(purpose, "purpose")));
        }
    }

    /**
     * The bleeding stopped. {@link EventHeader#effectiveAt()} is when.
     *
     * @param header the header; never {@code null}
     * @param note what stopped it; never {@code null}
     * @since 0.1.0
     */
    record Mitigated(EventHeader header, String note) implements IncidentEvent {
        /**
         * Creates the value.
         *
         * @param header the header; never {@code null}
         * @param note what stopped it; never {@code null}
         * @throws NullPointerException if an argument is {@code null}
         */
        public Mitigated {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(note, "note");
            TextRules.requireText("the note", note);
        }
    }

    /**
     * The incident was fixed and the fix verified. {@link EventHeader#effectiveAt()} is when.
     *
     * @param header the header; never {@code null}
     * @param verification how the fix was verified; never {@code null}
     * @since 0.1.0
     */
    record Resolved(EventHeader header, String verification) implements IncidentEvent {
        /**
         * Creates the value.
         *
         * @param header the header; never {@code null}
         * @param verification how the fix was verified; never {@code null}
         * @throws NullPointerException if an argument is {@code null}
         */
        public Resolved {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(verification, "verification");
            TextRules.requireText("how the fix was verified", verification);
        }
    }

    /**
     * The incident was reopened and is DECLARED again.
     *
     * @param header the header; never {@code null}
     * @param reason why; never {@code null}
     * @param from the status it was reopened from, MITIGATED or RESOLVED; never {@code null}
     * @since 0.1.0
     */
    record Reopened(EventHeader header, String reason, IncidentStatus from) implements IncidentEvent {
        /**
         * Creates the value.
         *
         * @param header the header; never {@code null}
         * @param reason why; never {@code null}
         * @param from the status it was reopened from, MITIGATED or RESOLVED; never {@code null}
         * @throws NullPointerException if an argument is {@code null}
         */
        public Reopened {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(from, "from");
            TextRules.requireText("the reason", reason);
        }
    }

    /**
     * The incident was canceled as not qualifying.
     *
     * @param header the header; never {@code null}
     * @param reason why; never {@code null}
     * @since 0.1.0
     */
    record Canceled(EventHeader header, String reason) implements IncidentEvent {
        /**
         * Creates the value.
         *
         * @param header the header; never {@code null}
         * @param reason why; never {@code null}
         * @throws NullPointerException if an argument is {@code null}
         */
        public Canceled {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(reason, "reason");
            TextRules.requireText("the reason", reason);
        }
    }

    /**
     * The incident was merged into another.
     *
     * @param header the header; never {@code null}
     * @param into the incident that carries on; never {@code null}
     * @since 0.1.0
     */
    record Merged(EventHeader header, IncidentId into) implements IncidentEvent {
        /**
         * Creates the value.
         *
         * @param header the header; never {@code null}
         * @param into the incident that carries on; never {@code null}
         * @throws NullPointerException if an argument is {@code null}
         */
        public Merged {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(into, "into");
        }
    }

    /**
     * Another incident was merged into this one, which records what it took in: the merged incident's id,
     * reporter and links. Recorded by the desk right after the merged incident's {@link Merged}, under an
     * id derived from the merged incident's id, so a merge sent again records it once.
     *
     * @param header the header; never {@code null}
     * @param absorption what was taken in; never {@code null}
     * @since 0.1.0
     */
    record Absorbed(EventHeader header, Absorption absorption) implements IncidentEvent {
        /**
         * Creates the value.
         *
         * @param header the header; never {@code null}
         * @param absorption what was taken in; never {@code null}
         * @throws NullPointerException if an argument is {@code null}
         */
        public Absorbed {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(absorption, "absorption");
            absorption.source().forEach(source -> TextRules.requireNone(Checks.sourceProblem(source)));
        }
    }

    /**
     * The incident was closed.
     *
     * @param header the header; never {@code null}
     * @since 0.1.0
     */
    record Closed(EventHeader header) implements IncidentEvent {
        /**
         * Creates the value.
         *
         * @param header the header; never {@code null}
         * @throws NullPointerException if {@code header} is {@code null}
         */
        public Closed {
            Objects.requireNonNull(header, "header");
        }
    }

    /**
     * A responder took a role, at declaration by the staffing rule or later by assignment; the actor is who asked.
     *
     * @param header the header; never {@code null}
     * @param role the role; never {@code null}
     * @param responder who took it; never {@code null}
     * @param reason why them, such as the staffing rule's explanation or the expertise needed; never {@code null}
     * @since 0.1.0
     */
    record RoleAssigned(EventHeader header, Role role, Responder responder, String reason) implements IncidentEvent {
        /**
         * Creates the event.
         *
         * @param header the header; never {@code null}
         * @param role the role; never {@code null}
         * @param responder who took it; never {@code null}
         * @param reason why them, such as the staffing rule's explanation or the expertise needed; never {@code null}
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
     * @param header the header; never {@code null}
     * @param role the role; never {@code null}
     * @param holder who let go; never {@code null}
     * @param reason why; never {@code null}
     * @since 0.1.0
     */
    record RoleReleased(EventHeader header, Role role, ResponderId holder, String reason) implements IncidentEvent {
        /**
         * Creates the event.
         *
         * @param header the header; never {@code null}
         * @param role the role; never {@code null}
         * @param holder who let go; never {@code null}
         * @param reason why; never {@code null}
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
     * @param header the header; never {@code null}
     * @param handoff the open offer; never {@code null}
     * @since 0.1.0
     */
    record HandoffOffered(EventHeader header, Handoff handoff) implements IncidentEvent {
        /**
         * Creates the event.
         *
         * @param header the header; never {@code null}
         * @param handoff the open offer; never {@code null}
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
     * @param header the header; never {@code null}
     * @param handoff the open offer; never {@code null}
     * @since 0.1.0
     */
    record TakeoverOffered(EventHeader header, Handoff handoff) implements IncidentEvent {
        /**
         * Creates the event.
         *
         * @param header the header; never {@code null}
         * @param handoff the open offer; never {@code null}
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
     * @param header the header; never {@code null}
     * @param handoff the offer; never {@code null}
     * @param role the role; never {@code null}
     * @param from the relieved holder; never {@code null}
     * @param to the new holder; never {@code null}
     * @since 0.1.0
     */
    record HandoffAccepted(EventHeader header, HandoffId handoff, Role role, ResponderId from, Responder to) implements IncidentEvent {
        /**
         * Creates the event.
         *
         * @param header the header; never {@code null}
         * @param handoff the offer; never {@code null}
         * @param role the role; never {@code null}
         * @param from the relieved holder; never {@code null}
         * @param to the new holder; never {@code null}
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
     * @param header the header; never {@code null}
     * @param handoff the offer; never {@code null}
     * @param reason why; never {@code null}
     * @since 0.1.0
     */
    record HandoffDeclined(EventHeader header, HandoffId handoff, String reason) implements IncidentEvent {
        /**
         * Creates the event.
         *
         * @param header the header; never {@code null}
         * @param handoff the offer; never {@code null}
         * @param reason why; never {@code null}
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
     * @param header the header; never {@code null}
     * @param handoff the offer; never {@code null}
     * @param reason why; never {@code null}
     * @since 0.1.0
     */
    record HandoffWithdrawn(EventHeader header, HandoffId handoff, String reason) implements IncidentEvent {
        /**
         * Creates the event.
         *
         * @param header the header; never {@code null}
         * @param handoff the offer; never {@code null}
         * @param reason why; never {@code null}
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
     * @param header the header; never {@code null}
     * @param handoff the offer; never {@code null}
     * @since 0.1.0
     */
    record HandoffExpired(EventHeader header, HandoffId handoff) implements IncidentEvent {
        /**
         * Creates the event.
         *
         * @param header the header; never {@code null}
         * @param handoff the offer; never {@code null}
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
     * @param header the header; never {@code null}
     * @param ticket the ticket's reference or URL; never {@code null}
     * @param assignee the liaison; never {@code null}
     * @since 0.1.0
     */
    record TicketAssigned(EventHeader header, String ticket, Responder assignee) implements IncidentEvent {
        /**
         * Creates the event.
         *
         * @param header the header; never {@code null}
         * @param ticket the ticket's reference or URL; never {@code null}
         * @param assignee the liaison; never {@code null}
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
     * @param header the header; never {@code null}
     * @param pagingIncident the paging incident's id or URL; never {@code null}
     * @param assignee the commander; never {@code null}
     * @since 0.1.0
     */
    record PagingIncidentReassigned(EventHeader header, String pagingIncident, Responder assignee) implements IncidentEvent {
        /**
         * Creates the event.
         *
         * @param header the header; never {@code null}
         * @param pagingIncident the paging incident's id or URL; never {@code null}
         * @param assignee the commander; never {@code null}
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
     * @param header the header; never {@code null}
     * @param pagingIncident the paging incident's id or URL; never {@code null}
     * @param note the note; never {@code null}
     * @since 0.1.0
     */
    record PagingIncidentNoted(EventHeader header, String pagingIncident, String note) implements IncidentEvent {
        /**
         * Creates the event.
         *
         * @param header the header; never {@code null}
         * @param pagingIncident the paging incident's id or URL; never {@code null}
         * @param note the note; never {@code null}
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
     * A responder recorded an action: a debugging step, a fix attempt, a hypothesis or a note. {@link EventHeader#effectiveAt()} is when it was done.
     *
     * @param header the header; never {@code null}
     * @param action what kind; never {@code null}
     * @param text what was done or found; never {@code null}
     * @since 0.1.0
     */
    record ActionRecorded(EventHeader header, ActionKind action, String text) implements IncidentEvent {
        /**
         * Creates the event.
         *
         * @param header the header; never {@code null}
         * @param action what kind; never {@code null}
         * @param text what was done or found; never {@code null}
         * @throws NullPointerException if an argument is {@code null}
         */
        public ActionRecorded {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(text, "text");
            TextRules.requireText("the action", text);
        }
    }

    /**
     * A soft rule was broken; the command that caused it was accepted all the same.
     *
     * @param header the header; never {@code null}
     * @param advisory the advice; never {@code null}
     * @since 0.1.0
     */
    record AdvisoryRaised(EventHeader header, Advisory advisory) implements IncidentEvent {
        /**
         * Creates the event.
         *
         * @param header the header; never {@code null}
         * @param advisory the advice; never {@code null}
         * @throws NullPointerException if an argument is {@code null}
         */
        public AdvisoryRaised {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(advisory, "advisory");
        }
    }

    /**
     * Triage recorded what it found, and the process judged it.
     *
     * @param header the header; never {@code null}
     * @param assessment what triage found; never {@code null}
     * @param verdict the process's verdict with its reasons; never {@code null}
     * @since 0.1.0
     */
    record Assessed(EventHeader header, Assessment assessment, Verdict verdict) implements IncidentEvent {
        /**
         * Creates the event.
         *
         * @param header the header; never {@code null}
         * @param assessment what triage found; never {@code null}
         * @param verdict the process's verdict with its reasons; never {@code null}
         * @throws NullPointerException if an argument is {@code null}
         */
        public Assessed {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(assessment, "assessment");
            Objects.requireNonNull(verdict, "verdict");
        }
    }

    /**
     * More information was asked of the reporter.
     *
     * @param header the header; never {@code null}
     * @param reporter who was asked; never {@code null}
     * @param question what was asked; never {@code null}
     * @since 0.1.0
     */
    record InformationRequested(EventHeader header, ResponderId reporter, String question) implements IncidentEvent {
        /**
         * Creates the event.
         *
         * @param header the header; never {@code null}
         * @param reporter who was asked; never {@code null}
         * @param question what was asked; never {@code null}
         * @throws NullPointerException if an argument is {@code null}
         */
        public InformationRequested {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(reporter, "reporter");
            Objects.requireNonNull(question, "question");
            TextRules.requireText("the question", question);
        }
    }

    /**
     * Someone acknowledged the incident in the paging tool; the actor is who.
     *
     * @param header the header; never {@code null}
     * @since 0.1.0
     */
    record PagingAcknowledged(EventHeader header) implements IncidentEvent {
        /**
         * Creates the event.
         *
         * @param header the header; never {@code null}
         * @throws NullPointerException if an argument is {@code null}
         */
        public PagingAcknowledged {
            Objects.requireNonNull(header, "header");
        }
    }

    /**
     * The reporter was told where the report went and how to report next time.
     *
     * @param header the header; never {@code null}
     * @param reporter who was told; never {@code null}
     * @param message what they were told; never {@code null}
     * @since 0.1.0
     */
    record ReporterInformed(EventHeader header, ResponderId reporter, String message) implements IncidentEvent {
        /**
         * Creates the event.
         *
         * @param header the header; never {@code null}
         * @param reporter who was told; never {@code null}
         * @param message what they were told; never {@code null}
         * @throws NullPointerException if an argument is {@code null}
         */
        public ReporterInformed {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(reporter, "reporter");
            Objects.requireNonNull(message, "message");
            TextRules.requireText("the message", message);
        }
    }

    /**
     * Every condition of the process's official-start checklist is met: the incident has officially begun.
     *
     * @param header the header; never {@code null}
     * @since 0.1.0
     */
    record OfficiallyStarted(EventHeader header) implements IncidentEvent {
        /**
         * Creates the event.
         *
         * @param header the header; never {@code null}
         * @throws NullPointerException if an argument is {@code null}
         */
        public OfficiallyStarted {
            Objects.requireNonNull(header, "header");
        }
    }

    /**
     * Chat messages were imported into the timeline; the ones left out are listed with the reason.
     *
     * @param header the header; never {@code null}
     * @param source the channel and window; never {@code null}
     * @param imported the messages imported, new ones only; never {@code null}
     * @param notImported the messages left out, with why; never {@code null}
     * @since 0.1.0
     */
    record ChatImported(EventHeader header, DataSource source, Seq<ChatMessage> imported, Seq<NotImported> notImported) implements IncidentEvent {
        /**
         * Creates the event.
         *
         * @param header the header; never {@code null}
         * @param source the channel and window; never {@code null}
         * @param imported the messages imported, new ones only; never {@code null}
         * @param notImported the messages left out, with why; never {@code null}
         * @throws NullPointerException if an argument is {@code null}
         */
        public ChatImported {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(source, "source");
            Nulls.requireElements(imported, "imported");
            Nulls.requireElements(notImported, "notImported");
            TextRules.requireLabel("the channel", source.channel());
            imported.forEach(ChatImported::requireImportable);
            notImported.forEach(ChatImported::requireKept);
        }

        /** An imported message passed the import's checks, which a stored one is held to again. */
        private static void requireImportable(ChatMessage message) {
            TextRules.requireNone(TextRules.identifierProblem("an imported message's id", message.id(), 200));
            TextRules.requireText("an imported message's text", message.text());
            message.link().forEach(link -> TextRules.requireNone(Link.urlProblem(link)));
        }

        /** A message left out is kept as {@link ChatMessage#storable()} made it, with a reason. */
        private static void requireKept(NotImported left) {
            ChatMessage message = left.message();
            if (!message.storable().equals(message)) {
                throw new IllegalArgumentException("a message left out holds text no store can keep");
            }
            TextRules.requireText("why a message was left out", left.reason());
        }
    }

    /**
     * The postmortem was started and the incident is IN_REVIEW.
     *
     * @param header the header; never {@code null}
     * @param owner the owner of the review process; never {@code null}
     * @param impactStart the first guess of the impact start; never {@code null}
     * @param impactEnd the first guess of the impact end; never {@code null}
     * @since 0.1.0
     */
    record PostmortemStarted(EventHeader header, ResponderId owner, Option<Instant> impactStart, Option<Instant> impactEnd) implements IncidentEvent {
        /**
         * Creates the event.
         *
         * @param header the header; never {@code null}
         * @param owner the owner of the review process; never {@code null}
         * @param impactStart the first guess of the impact start; never {@code null}
         * @param impactEnd the first guess of the impact end; never {@code null}
         * @throws NullPointerException if an argument is {@code null}
         */
        public PostmortemStarted {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(owner, "owner");
            Nulls.requireContent(impactStart, "impactStart");
            Nulls.requireContent(impactEnd, "impactEnd");
        }
    }

    /**
     * The impact window was set.
     *
     * @param header the header; never {@code null}
     * @param start when impact began; never {@code null}
     * @param end when it ended; never {@code null}
     * @since 0.1.0
     */
    record ImpactWindowSet(EventHeader header, Instant start, Option<Instant> end) implements IncidentEvent {
        /**
         * Creates the event.
         *
         * @param header the header; never {@code null}
         * @param start when impact began; never {@code null}
         * @param end when it ended; never {@code null}
         * @throws NullPointerException if an argument is {@code null}
         */
        public ImpactWindowSet {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(start, "start");
            Nulls.requireContent(end, "end");
        }
    }

    /**
     * A section was written.
     *
     * @param header the header; never {@code null}
     * @param section the section; never {@code null}
     * @param text its text; never {@code null}
     * @since 0.1.0
     */
    record SectionWritten(EventHeader header, Section section, String text) implements IncidentEvent {
        /**
         * Creates the event.
         *
         * @param header the header; never {@code null}
         * @param section the section; never {@code null}
         * @param text its text; never {@code null}
         * @throws NullPointerException if an argument is {@code null}
         */
        public SectionWritten {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(section, "section");
            Objects.requireNonNull(text, "text");
            TextRules.requireText("the section", text);
        }
    }

    /**
     * A follow-up action was added.
     *
     * @param header the header; never {@code null}
     * @param item the item; never {@code null}
     * @since 0.1.0
     */
    record ActionItemAdded(EventHeader header, ActionItem item) implements IncidentEvent {
        /**
         * Creates the event.
         *
         * @param header the header; never {@code null}
         * @param item the item; never {@code null}
         * @throws NullPointerException if an argument is {@code null}
         */
        public ActionItemAdded {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(item, "item");
            TextRules.requireNone(TextRules.identifierProblem("an action item id", item.id(), 64));
            TextRules.requireText("the action item", item.text());
            item.issue().forEach(issue -> TextRules.requireNone(Link.urlProblem(issue)));
        }
    }

    /**
     * A follow-up action changed status.
     *
     * @param header the header; never {@code null}
     * @param itemId the item; never {@code null}
     * @param status its new status; never {@code null}
     * @since 0.1.0
     */
    record ActionItemUpdated(EventHeader header, String itemId, ActionItem.Status status) implements IncidentEvent {
        /**
         * Creates the event.
         *
         * @param header the header; never {@code null}
         * @param itemId the item; never {@code null}
         * @param status its new status; never {@code null}
         * @throws NullPointerException if an argument is {@code null}
         */
        public ActionItemUpdated {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(itemId, "itemId");
            Objects.requireNonNull(status, "status");
            TextRules.requireNone(TextRules.identifierProblem("an action item id", itemId, 64));
        }
    }

    /**
     * The owner asked for review.
     *
     * @param header the header; never {@code null}
     * @since 0.1.0
     */
    record ReviewRequested(EventHeader header) implements IncidentEvent {
        /**
         * Creates the event.
         *
         * @param header the header; never {@code null}
         * @throws NullPointerException if an argument is {@code null}
         */
        public ReviewRequested {
            Objects.requireNonNull(header, "header");
        }
    }

    /**
     * A responder reviewed the postmortem.
     *
     * @param header the header; never {@code null}
     * @param comment what they said; never {@code null}
     * @since 0.1.0
     */
    record PostmortemReviewed(EventHeader header, String comment) implements IncidentEvent {
        /**
         * Creates the event.
         *
         * @param header the header; never {@code null}
         * @param comment what they said; never {@code null}
         * @throws NullPointerException if an argument is {@code null}
         */
        public PostmortemReviewed {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(comment, "comment");
            TextRules.requireText("the review", comment);
        }
    }

    /**
     * The postmortem was marked Reviewed.
     *
     * @param header the header; never {@code null}
     * @since 0.1.0
     */
    record MarkedReviewed(EventHeader header) implements IncidentEvent {
        /**
         * Creates the event.
         *
         * @param header the header; never {@code null}
         * @throws NullPointerException if an argument is {@code null}
         */
        public MarkedReviewed {
            Objects.requireNonNull(header, "header");
        }
    }

    /**
     * The postmortem was published.
     *
     * @param header the header; never {@code null}
     * @param location where; never {@code null}
     * @since 0.1.0
     */
    record PostmortemPublished(EventHeader header, String location) implements IncidentEvent {
        /**
         * Creates the event.
         *
         * @param header the header; never {@code null}
         * @param location where; never {@code null}
         * @throws NullPointerException if an argument is {@code null}
         */
        public PostmortemPublished {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(location, "location");
            TextRules.requireNone(Link.urlProblem(location));
        }
    }

    /**
     * The stakeholders were sent the link to the postmortem.
     *
     * @param header the header; never {@code null}
     * @since 0.1.0
     */
    record PostmortemShared(EventHeader header) implements IncidentEvent {
        /**
         * Creates the event.
         *
         * @param header the header; never {@code null}
         * @throws NullPointerException if an argument is {@code null}
         */
        public PostmortemShared {
            Objects.requireNonNull(header, "header");
        }
    }
}
