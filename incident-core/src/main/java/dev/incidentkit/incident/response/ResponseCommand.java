package dev.incidentkit.incident.response;

import dev.incidentkit.base.Nulls;
import dev.incidentkit.incident.ActionKind;
import dev.incidentkit.incident.CommandHeader;
import dev.incidentkit.incident.Impact;
import dev.incidentkit.incident.IncidentCommand;
import dev.incidentkit.incident.IncidentId;
import dev.incidentkit.process.CommandKind;
import dev.incidentkit.role.OnCallRoster;
import dev.incidentkit.severity.Severity;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/**
 * Commands of the response to a declared incident: declare, change severity, mitigate, resolve,
 * reopen, cancel, merge, close, record an action, acknowledge the paging. A slice of {@link IncidentCommand}.
 *
 * @since 0.1.0
 */
public sealed interface ResponseCommand extends IncidentCommand {

    /**
     * Declares a reported incident: TRIAGE to DECLARED.
     *
     * @param header the command header
     * @param title a short descriptive title, one line
     * @param severity the initial severity, a level of the process's scale
     * @param impact who is affected and how
     * @param impactedService the service that is affected, one line
     * @param impactStartedAt a best guess of when the impact began, if known
     * @param roster who is on call and available, from which the process's staffing rule fills the
     *     roles; empty when unknown, and then the declarer takes the required roles
     */
    record Declare(
            CommandHeader header,
            String title,
            Severity severity,
            Impact impact,
            String impactedService,
            Option<Instant> impactStartedAt,
            OnCallRoster roster) implements ResponseCommand {
        /**
         * Creates the value.
         *
         * @throws NullPointerException if an argument is {@code null}
         */
        public Declare {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(severity, "severity");
            Objects.requireNonNull(impact, "impact");
            Objects.requireNonNull(impactedService, "impactedService");
            Nulls.requireContent(impactStartedAt, "impactStartedAt");
            Objects.requireNonNull(roster, "roster");
        }

        @Override
        public CommandKind commandKind() {
            return CommandKind.DECLARE;
        }

        @Override
        public Declare withHeader(CommandHeader header) {
            return new Declare(header, title, severity, impact, impactedService, impactStartedAt, roster);
        }

        /**
         * A declaration with no guess at the start of impact and no roster: the declarer takes the
         * required roles.
         *
         * @param header the command header
         * @param title the title
         * @param severity the initial severity
         * @param impact the impact
         * @param impactedService the affected service
         * @return the command
         */
        public static Declare of(
                CommandHeader header, String title, Severity severity, Impact impact, String impactedService) {
            return new Declare(header, title, severity, impact, impactedService, Option.none(), OnCallRoster.empty());
        }
    }

    /**
     * Changes the severity of a declared incident. Lowering it needs a reason.
     *
     * @param header the command header
     * @param severity the new severity, a level of the process's scale
     * @param reason why it changes; required when the new level is less severe
     */
    record ChangeSeverity(CommandHeader header, Severity severity, Option<String> reason) implements ResponseCommand {
        /**
         * Creates the value.
         *
         * @throws NullPointerException if an argument is {@code null}
         */
        public ChangeSeverity {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(severity, "severity");
            Nulls.requireContent(reason, "reason");
        }

        @Override
        public CommandKind commandKind() {
            return CommandKind.CHANGE_SEVERITY;
        }

        @Override
        public ChangeSeverity withHeader(CommandHeader header) {
            return new ChangeSeverity(header, severity, reason);
        }
    }

    /**
     * Records that the bleeding has stopped while the team keeps watching: DECLARED to MITIGATED.
     *
     * @param header the command header
     * @param note what stopped it
     * @param occurredAt when it stopped, if before the command is recorded
     */
    record Mitigate(CommandHeader header, String note, Option<Instant> occurredAt) implements ResponseCommand {
        /**
         * Creates the value.
         *
         * @throws NullPointerException if an argument is {@code null}
         */
        public Mitigate {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(note, "note");
            Nulls.requireContent(occurredAt, "occurredAt");
        }

        @Override
        public CommandKind commandKind() {
            return CommandKind.MITIGATE;
        }

        @Override
        public Mitigate withHeader(CommandHeader header) {
            return new Mitigate(header, note, occurredAt);
        }
    }

    /**
     * Records that the incident is fixed and how the fix was verified: DECLARED or MITIGATED to RESOLVED.
     *
     * @param header the command header
     * @param verification how the fix was verified
     * @param occurredAt when it was fixed, if before the command is recorded
     */
    record Resolve(CommandHeader header, String verification, Option<Instant> occurredAt) implements ResponseCommand {
        /**
         * Creates the value.
         *
         * @throws NullPointerException if an argument is {@code null}
         */
        public Resolve {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(verification, "verification");
            Nulls.requireContent(occurredAt, "occurredAt");
        }

        @Override
        public CommandKind commandKind() {
            return CommandKind.RESOLVE;
        }

        @Override
        public Resolve withHeader(CommandHeader header) {
            return new Resolve(header, verification, occurredAt);
        }
    }

    /**
     * Reopens a mitigated or resolved incident, for example on a new report of the same problem:
     * MITIGATED or RESOLVED to DECLARED. The earlier mitigation and resolution stay in the history.
     *
     * @param header the command header
     * @param reason why it is reopened
     */
    record Reopen(CommandHeader header, String reason) implements ResponseCommand {
        /**
         * Creates the value.
         *
         * @throws NullPointerException if an argument is {@code null}
         */
        public Reopen {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public CommandKind commandKind() {
            return CommandKind.REOPEN;
        }

        @Override
        public Reopen withHeader(CommandHeader header) {
            return new Reopen(header, reason);
        }
    }

    /**
     * Cancels an open incident assessed as not qualifying: TRIAGE, DECLARED or MITIGATED to CANCELED.
     *
     * @param header the command header
     * @param reason why it does not qualify
     */
    record Cancel(CommandHeader header, String reason) implements ResponseCommand {
        /**
         * Creates the value.
         *
         * @throws NullPointerException if an argument is {@code null}
         */
        public Cancel {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public CommandKind commandKind() {
            return CommandKind.CANCEL;
        }

        @Override
        public Cancel withHeader(CommandHeader header) {
            return new Cancel(header, reason);
        }
    }

    /**
     * Folds an open incident into another that carries on: TRIAGE, DECLARED or MITIGATED to MERGED.
     *
     * @param header the command header
     * @param into the incident that carries on; not this one
     */
    record Merge(CommandHeader header, IncidentId into) implements ResponseCommand {
        /**
         * Creates the value.
         *
         * @throws NullPointerException if an argument is {@code null}
         */
        public Merge {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(into, "into");
        }

        @Override
        public CommandKind commandKind() {
            return CommandKind.MERGE;
        }

        @Override
        public Merge withHeader(CommandHeader header) {
            return new Merge(header, into);
        }
    }

    /**
     * Closes a resolved incident: RESOLVED to CLOSED.
     *
     * @param header the command header
     */
    record Close(CommandHeader header) implements ResponseCommand {
        /**
         * Creates the value.
         *
         * @throws NullPointerException if {@code header} is {@code null}
         */
        public Close {
            Objects.requireNonNull(header, "header");
        }

        @Override
        public CommandKind commandKind() {
            return CommandKind.CLOSE;
        }

        @Override
        public Close withHeader(CommandHeader header) {
            return new Close(header);
        }
    }

    /**
     * Records an action a responder took: a debugging step, a fix attempt, a hypothesis, a note.
     *
     * @param header the command header
     * @param action what kind of action
     * @param text what was done or found, with any command pasted in
     * @param occurredAt when it was done, if before it was recorded
     */
    record RecordAction(CommandHeader header, ActionKind action, String text, Option<Instant> occurredAt)
            implements ResponseCommand {
        /**
         * Creates the command.
         *
         * @throws NullPointerException if an argument is {@code null}
         */
        public RecordAction {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(text, "text");
            Nulls.requireContent(occurredAt, "occurredAt");
        }

        @Override
        public CommandKind commandKind() {
            return CommandKind.RECORD_ACTION;
        }

        @Override
        public RecordAction withHeader(CommandHeader header) {
            return new RecordAction(header, action, text, occurredAt);
        }
    }

    /**
     * Records that the actor acknowledged the incident in the paging tool (000).
     *
     * @param header the command header
     */
    record AcknowledgePaging(CommandHeader header) implements ResponseCommand {
        /**
         * Creates the command.
         *
         * @throws NullPointerException if an argument is {@code null}
         */
        public AcknowledgePaging {
            Objects.requireNonNull(header, "header");
        }

        @Override
        public CommandKind commandKind() {
            return CommandKind.ACKNOWLEDGE;
        }

        @Override
        public AcknowledgePaging withHeader(CommandHeader header) {
            return new AcknowledgePaging(header);
        }
    }
}
