package dev.incidentkit.incident;

import dev.incidentkit.base.Nulls;
import dev.incidentkit.role.ResponderId;
import dev.incidentkit.severity.Severity;
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
     * @since 0.1.0
     */
    record Declared(
            EventHeader header,
            String title,
            Severity severity,
            Impact impact,
            String impactedService,
            Option<Instant> impactStartedAt) implements IncidentEvent {
        /**
         * Creates the value.
         *
         * @param header the header; never {@code null}
         * @param title the title; never {@code null}
         * @param severity the initial severity; never {@code null}
         * @param impact who is affected and how; never {@code null}
         * @param impactedService the affected service; never {@code null}
         * @param impactStartedAt the best guess of when the impact began, if given; never {@code null}
         * @throws NullPointerException if an argument is {@code null}
         */
        public Declared {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(severity, "severity");
            Objects.requireNonNull(impact, "impact");
            Objects.requireNonNull(impactedService, "impactedService");
            Nulls.requireContent(impactStartedAt, "impactStartedAt");
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
        }
    }

    /**
     * A link to an outside place was added.
     *
     * @param header the header; never {@code null}
     * @param link the link; never {@code null}
     * @since 0.1.0
     */
    record LinkAdded(EventHeader header, Link link) implements IncidentEvent {
        /**
         * Creates the value.
         *
         * @param header the header; never {@code null}
         * @param link the link; never {@code null}
         * @throws NullPointerException if an argument is {@code null}
         */
        public LinkAdded {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(link, "link");
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
}
