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
     * @param header the header
     * @param title the title
     * @param severity the initial severity
     * @param impact who is affected and how
     * @param impactedService the affected service
     * @param impactStartedAt the best guess of when the impact began, if given
     * @param declarer who declared it, with the name the command's roster gives them, or their id as the
     *     name when the roster does not list them
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
     * @param header the header
     * @param from the severity before
     * @param to the severity after
     * @param reason why, if given (always given for a downgrade)
     */
    record SeverityChanged(EventHeader header, Severity from, Severity to, Option<String> reason)
            implements ResponseEvent {
        /**
         * Creates the value.
         *
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
     * @param header the header
     * @param note what stopped it
     */
    record Mitigated(EventHeader header, String note) implements ResponseEvent {
        /**
         * Creates the value.
         *
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
     * @param header the header
     * @param verification how the fix was verified
     */
    record Resolved(EventHeader header, String verification) implements ResponseEvent {
        /**
         * Creates the value.
         *
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
     * @param header the header
     * @param reason why
     * @param from the status it was reopened from, MITIGATED or RESOLVED
     */
    record Reopened(EventHeader header, String reason, IncidentStatus from) implements ResponseEvent {
        /**
         * Creates the value.
         *
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
     * @param header the header
     * @param reason why
     */
    record Canceled(EventHeader header, String reason) implements ResponseEvent {
        /**
         * Creates the value.
         *
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
     * @param header the header
     * @param into the incident that carries on
     */
    record Merged(EventHeader header, IncidentId into) implements ResponseEvent {
        /**
         * Creates the value.
         *
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
     * @param header the header
     * @param absorption what was taken in
     */
    record Absorbed(EventHeader header, Absorption absorption) implements ResponseEvent {
        /**
         * Creates the value.
         *
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
     * @param header the header
     */
    record Closed(EventHeader header) implements ResponseEvent {
        /**
         * Creates the value.
         *
         * @throws NullPointerException if {@code header} is {@code null}
         */
        public Closed {
            Objects.requireNonNull(header, "header");
        }
    }

    /**
     * A responder recorded an action: a debugging step, a fix attempt, a hypothesis or a note. {@link EventHeader#effectiveAt()} is when it was done.
     *
     * @param header the header
     * @param action what kind
     * @param text what was done or found
     */
    record ActionRecorded(EventHeader header, ActionKind action, String text) implements ResponseEvent {
        /**
         * Creates the event.
         *
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
     * @param header the header
     */
    record PagingAcknowledged(EventHeader header) implements ResponseEvent {
        /**
         * Creates the event.
         *
         * @throws NullPointerException if an argument is {@code null}
         */
        public PagingAcknowledged {
            Objects.requireNonNull(header, "header");
        }
    }

    /**
     * Every condition of the process's official-start checklist is met: the incident has officially begun.
     *
     * @param header the header
     */
    record OfficiallyStarted(EventHeader header) implements ResponseEvent {
        /**
         * Creates the event.
         *
         * @throws NullPointerException if an argument is {@code null}
         */
        public OfficiallyStarted {
            Objects.requireNonNull(header, "header");
        }
    }
}
