package dev.incidentkit.incident.triage;

import dev.incidentkit.base.Nulls;
import dev.incidentkit.base.TextRules;
import dev.incidentkit.incident.EventHeader;
import dev.incidentkit.incident.IncidentEvent;
import dev.incidentkit.process.Verdict;
import dev.incidentkit.report.Assessment;
import dev.incidentkit.report.ReportSource;
import dev.incidentkit.role.ResponderId;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/**
 * Events of triage: a problem reported, assessed, information asked of the reporter, the reporter
 * told, a report declined, the impact's start estimated. A slice of {@link IncidentEvent}.
 *
 * @since 0.1.0
 */
public sealed interface TriageEvent extends IncidentEvent {

    /**
     * An incident was reported and is in TRIAGE. {@link EventHeader#effectiveAt()} is when it was
     * detected.
     *
     * @param header the header
     * @param source where the report came from
     * @param summary what was reported
     * @param impactStartedAt the best guess of when the impact began, if given
     */
    record Reported(EventHeader header, ReportSource source, String summary, Option<Instant> impactStartedAt)
            implements TriageEvent {
        /**
         * Creates the value.
         *
         * @throws NullPointerException if an argument is {@code null}
         */
        public Reported {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(summary, "summary");
            Nulls.requireContent(impactStartedAt, "impactStartedAt");
            TextRules.requireLabel("the summary", summary);
            TextRules.requireNone(source.textProblem());
        }
    }

    /**
     * The report was assessed as not an incident and routed elsewhere.
     *
     * @param header the header
     * @param reason why it is not an incident
     * @param route where it went
     */
    record Declined(EventHeader header, String reason, DeclineRoute route) implements TriageEvent {
        /**
         * Creates the value.
         *
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
     * @param header the header
     * @param startedAt when the impact began
     */
    record ImpactStartEstimated(EventHeader header, Instant startedAt) implements TriageEvent {
        /**
         * Creates the value.
         *
         * @throws NullPointerException if an argument is {@code null}
         */
        public ImpactStartEstimated {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(startedAt, "startedAt");
        }
    }

    /**
     * Triage recorded what it found, and the process judged it.
     *
     * @param header the header
     * @param assessment what triage found
     * @param verdict the process's verdict with its reasons
     */
    record Assessed(EventHeader header, Assessment assessment, Verdict verdict) implements TriageEvent {
        /**
         * Creates the event.
         *
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
     * @param header the header
     * @param reporter who was asked
     * @param question what was asked
     */
    record InformationRequested(EventHeader header, ResponderId reporter, String question) implements TriageEvent {
        /**
         * Creates the event.
         *
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
     * The reporter was told where the report went and how to report next time.
     *
     * @param header the header
     * @param reporter who was told
     * @param message what they were told
     */
    record ReporterInformed(EventHeader header, ResponderId reporter, String message) implements TriageEvent {
        /**
         * Creates the event.
         *
         * @throws NullPointerException if an argument is {@code null}
         */
        public ReporterInformed {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(reporter, "reporter");
            Objects.requireNonNull(message, "message");
            TextRules.requireText("the message", message);
        }
    }
}
