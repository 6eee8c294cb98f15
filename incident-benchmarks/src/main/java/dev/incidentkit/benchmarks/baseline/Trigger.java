package dev.incidentkit.benchmarks.baseline;

import dev.incidentkit.incident.IncidentCommand;

/**
 * The events of the library baselines' machines: one per lifecycle command.
 *
 * @since 0.1.0
 */
public enum Trigger {
    /** {@link IncidentCommand.Report}. */
    REPORT,
    /** {@link IncidentCommand.Declare}. */
    DECLARE,
    /** {@link IncidentCommand.Decline}. */
    DECLINE,
    /** {@link IncidentCommand.PostUpdate}. */
    POST_UPDATE,
    /** {@link IncidentCommand.Mitigate}. */
    MITIGATE,
    /** {@link IncidentCommand.Resolve}. */
    RESOLVE,
    /** {@link IncidentCommand.Reopen}. */
    REOPEN,
    /** {@link IncidentCommand.Cancel}. */
    CANCEL,
    /** {@link IncidentCommand.Merge}. */
    MERGE,
    /** {@link IncidentCommand.Close}. */
    CLOSE;

    /**
     * The trigger of a lifecycle command.
     *
     * @param c the command; never {@code null}
     * @return the trigger
     * @throws IllegalArgumentException for a command outside the lifecycle
     */
    public static Trigger of(IncidentCommand c) {
        if (c instanceof IncidentCommand.Report) {
            return REPORT;
        } else if (c instanceof IncidentCommand.Declare) {
            return DECLARE;
        } else if (c instanceof IncidentCommand.Decline) {
            return DECLINE;
        } else if (c instanceof IncidentCommand.PostUpdate) {
            return POST_UPDATE;
        } else if (c instanceof IncidentCommand.Mitigate) {
            return MITIGATE;
        } else if (c instanceof IncidentCommand.Resolve) {
            return RESOLVE;
        } else if (c instanceof IncidentCommand.Reopen) {
            return REOPEN;
        } else if (c instanceof IncidentCommand.Cancel) {
            return CANCEL;
        } else if (c instanceof IncidentCommand.Merge) {
            return MERGE;
        } else if (c instanceof IncidentCommand.Close) {
            return CLOSE;
        }
        throw new IllegalArgumentException("not a lifecycle command: " + c.commandKind());
    }
}
