package dev.incidentkit.benchmarks.baseline;

import dev.incidentkit.incident.IncidentCommand;
import dev.incidentkit.incident.communication.CommunicationCommand;
import dev.incidentkit.incident.response.ResponseCommand;
import dev.incidentkit.incident.triage.TriageCommand;

/**
 * The events of the library baselines' machines: one per lifecycle command.
 *
 * @since 0.1.0
 */
public enum Trigger {
    /** {@link TriageCommand.Report}. */
    REPORT,
    /** {@link ResponseCommand.Declare}. */
    DECLARE,
    /** {@link TriageCommand.Decline}. */
    DECLINE,
    /** {@link CommunicationCommand.PostUpdate}. */
    POST_UPDATE,
    /** {@link ResponseCommand.Mitigate}. */
    MITIGATE,
    /** {@link ResponseCommand.Resolve}. */
    RESOLVE,
    /** {@link ResponseCommand.Reopen}. */
    REOPEN,
    /** {@link ResponseCommand.Cancel}. */
    CANCEL,
    /** {@link ResponseCommand.Merge}. */
    MERGE,
    /** {@link ResponseCommand.Close}. */
    CLOSE;

    /**
     * The trigger of a lifecycle command.
     *
     * @param c the command; never {@code null}
     * @return the trigger
     * @throws IllegalArgumentException for a command outside the lifecycle
     */
    public static Trigger of(IncidentCommand c) {
        if (c instanceof TriageCommand.Report) {
            return REPORT;
        } else if (c instanceof ResponseCommand.Declare) {
            return DECLARE;
        } else if (c instanceof TriageCommand.Decline) {
            return DECLINE;
        } else if (c instanceof CommunicationCommand.PostUpdate) {
            return POST_UPDATE;
        } else if (c instanceof ResponseCommand.Mitigate) {
            return MITIGATE;
        } else if (c instanceof ResponseCommand.Resolve) {
            return RESOLVE;
        } else if (c instanceof ResponseCommand.Reopen) {
            return REOPEN;
        } else if (c instanceof ResponseCommand.Cancel) {
            return CANCEL;
        } else if (c instanceof ResponseCommand.Merge) {
            return MERGE;
        } else if (c instanceof ResponseCommand.Close) {
            return CLOSE;
        }
        throw new IllegalArgumentException("not a lifecycle command: " + c.commandKind());
    }
}
