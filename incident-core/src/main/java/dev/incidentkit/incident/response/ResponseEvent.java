package dev.incidentkit.incident.response;

import dev.incidentkit.base.Nulls;
import dev.incidentkit.base.TextRules;
import dev.incidentkit.incident.Absorption;
import dev.incidentkit.incident.ActionKind;
import dev.incidentkit.incident.EventHeader;
import dev.incidentkit.incident.Impact;
import dev.incidentkit.incident.IncidentEvent;
import dev.incidentkit.incident.IncidentId;
import dev.incidentkit.incident.IncidentStatus;
import dev.incidentkit.role.Responder;
import dev.incidentkit.severity.Severity;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/**
 * Events of the response: declared, severity changed, mitigated, resolved, reopened, canceled,
 * merged (and absorbed by the incident merged into), closed, an action recorded, the paging
 * acknowledged, the official start reached. A slice of {@link IncidentEvent}.
 *
 * @since 0.1.0
 */
public sealed interface ResponseEvent extends IncidentEvent {

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
            Responder declarer) implements ResponseEvent {
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
     * The severity changed.
     *
     * @param header the header; never {@code null}
     * @param from the severity before; never {@code null}
     * @param to the severity after; never {@code null}
     * @param reason why, if given (always given for a downgrade); never {@code null}
     * @since 0.1.0
     */
    record SeverityChanged(EventHeader header, Severity from, Severity to, Option<String> reason)
            implements ResponseEvent {
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
     * The bleeding stopped. {@link EventHeader#effectiveAt()} is when.
     *
     * @param header the header; never {@code null}
     * @param note what stopped it; never {@code null}
     * @since 0.1.0
     */
    record Mitigated(EventHeader header, String note) implements ResponseEvent {
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
    record Resolved(EventHeader header, String verification) implements ResponseEvent {
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
    record Reopened(EventHeader header, String reason, IncidentStatus from) implements ResponseEvent {
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
    record Canceled(EventHeader header, String reason) implements ResponseEvent {
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
    record Merged(EventHeader header, IncidentId into) implements ResponseEvent {
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
    record Absorbed(EventHeader header, Absorption absorption) implements ResponseEvent {
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
            absorption.source().forEach(source -> TextRules.requireNone(source.textProblem()));
        }
    }

    /**
     * The incident was closed.
     *
     * @param header the header; never {@code null}
     * @since 0.1.0
     */
    record Closed(EventHeader header) implements ResponseEvent {
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
     * A responder recorded an action: a debugging step, a fix attempt, a hypothesis or a note. {@link EventHeader#effectiveAt()} is when it was done.
     *
     * @param header the header; never {@code null}
     * @param action what kind; never {@code null}
     * @param text what was done or found; never {@code null}
     * @since 0.1.0
     */
    record ActionRecorded(EventHeader header, ActionKind action, String text) implements ResponseEvent {
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
     * Someone acknowledged the incident in the paging tool; the actor is who.
     *
     * @param header the header; never {@code null}
     * @since 0.1.0
     */
    record PagingAcknowledged(EventHeader header) implements ResponseEvent {
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
     * Every condition of the process's official-start checklist is met: the incident has officially begun.
     *
     * @param header the header; never {@code null}
     * @since 0.1.0
     */
    record OfficiallyStarted(EventHeader header) implements ResponseEvent {
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
}
