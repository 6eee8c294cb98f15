package dev.incidentkit.incident.triage;

import dev.incidentkit.base.Nulls;
import dev.incidentkit.incident.CommandHeader;
import dev.incidentkit.incident.IncidentCommand;
import dev.incidentkit.process.CommandKind;
import dev.incidentkit.report.Assessment;
import dev.incidentkit.report.ReportSource;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/**
 * Commands of triage, before anything is declared: report a problem, assess it, ask the reporter
 * for more, tell the reporter, decline it, estimate when the impact began. A slice of {@link IncidentCommand}.
 *
 * @since 0.1.0
 */
public sealed interface TriageCommand extends IncidentCommand {

    /**
     * Opens an incident in TRIAGE from a report.
     *
     * @param header the command header
     * @param source where the report came from
     * @param summary what was reported, one line
     * @param detectedAt when the problem was brought to attention, if before the report was recorded
     *     (the alert fired at 12:42, recorded at 12:43)
     * @param impactStartedAt a best guess of when the impact began, if known
     */
    record Report(
            CommandHeader header,
            ReportSource source,
            String summary,
            Option<Instant> detectedAt,
            Option<Instant> impactStartedAt) implements TriageCommand {
        /**
         * Creates the value.
         *
         * @throws NullPointerException if an argument is {@code null}
         */
        public Report {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(summary, "summary");
            Nulls.requireContent(detectedAt, "detectedAt");
            Nulls.requireContent(impactStartedAt, "impactStartedAt");
        }

        @Override
        public CommandKind commandKind() {
            return CommandKind.REPORT;
        }

        @Override
        public Report withHeader(CommandHeader header) {
            return new Report(header, source, summary, detectedAt, impactStartedAt);
        }

        /**
         * A report detected when it is recorded, with no guess at the start of impact.
         *
         * @param header the command header
         * @param source where it came from
         * @param summary what was reported
         * @return the command
         */
        public static Report of(CommandHeader header, ReportSource source, String summary) {
            return new Report(header, source, summary, Option.none(), Option.none());
        }
    }

    /**
     * Assesses a report in TRIAGE as not an incident and routes it elsewhere: TRIAGE to DECLINED.
     * The reporter is to be told where it went and how to report next time.
     *
     * @param header the command header
     * @param reason why it is not an incident
     * @param route where it goes instead
     */
    record Decline(CommandHeader header, String reason, DeclineRoute route) implements TriageCommand {
        /**
         * Creates the value.
         *
         * @throws NullPointerException if an argument is {@code null}
         */
        public Decline {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(route, "route");
        }

        @Override
        public CommandKind commandKind() {
            return CommandKind.DECLINE;
        }

        @Override
        public Decline withHeader(CommandHeader header) {
            return new Decline(header, reason, route);
        }
    }

    /**
     * Records or revises the best guess of when the impact began. Allowed until the incident is
     * closed, declined, canceled or merged.
     *
     * @param header the command header
     * @param startedAt when the impact began, not after the command is recorded
     */
    record EstimateImpactStart(CommandHeader header, Instant startedAt) implements TriageCommand {
        /**
         * Creates the value.
         *
         * @throws NullPointerException if an argument is {@code null}
         */
        public EstimateImpactStart {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(startedAt, "startedAt");
        }

        @Override
        public CommandKind commandKind() {
            return CommandKind.ESTIMATE_IMPACT_START;
        }

        @Override
        public EstimateImpactStart withHeader(CommandHeader header) {
            return new EstimateImpactStart(header, startedAt);
        }
    }

    /**
     * Records what triage found about a report in TRIAGE; the process judges it and the verdict is recorded with it. May be repeated as more is learned.
     *
     * @param header the command header
     * @param assessment what triage found
     */
    record Assess(CommandHeader header, Assessment assessment) implements TriageCommand {
        /**
         * Creates the command.
         *
         * @throws NullPointerException if an argument is {@code null}
         */
        public Assess {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(assessment, "assessment");
        }

        @Override
        public CommandKind commandKind() {
            return CommandKind.ASSESS;
        }

        @Override
        public Assess withHeader(CommandHeader header) {
            return new Assess(header, assessment);
        }
    }

    /**
     * Asks the reporter for more information, for example when a support ticket could not be reproduced (000). Only for a report whose source names a reporter.
     *
     * @param header the command header
     * @param question what is asked
     */
    record RequestInformation(CommandHeader header, String question) implements TriageCommand {
        /**
         * Creates the command.
         *
         * @throws NullPointerException if an argument is {@code null}
         */
        public RequestInformation {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(question, "question");
        }

        @Override
        public CommandKind commandKind() {
            return CommandKind.REQUEST_INFORMATION;
        }

        @Override
        public RequestInformation withHeader(CommandHeader header) {
            return new RequestInformation(header, question);
        }
    }

    /**
     * Records that the reporter of a declined, canceled or merged report was told where it went and how to report next
     * time (003).
     *
     * @param header the command header
     * @param message what the reporter was told
     */
    record InformReporter(CommandHeader header, String message) implements TriageCommand {
        /**
         * Creates the command.
         *
         * @throws NullPointerException if an argument is {@code null}
         */
        public InformReporter {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(message, "message");
        }

        @Override
        public CommandKind commandKind() {
            return CommandKind.INFORM_REPORTER;
        }

        @Override
        public InformReporter withHeader(CommandHeader header) {
            return new InformReporter(header, message);
        }
    }
}
