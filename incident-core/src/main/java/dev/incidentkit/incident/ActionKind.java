package dev.incidentkit.incident;

/**
 * What kind of action a responder recorded while working the incident.
 *
 * @since 0.1.0
 */
public enum ActionKind {
    /** A step taken to find the cause, ideally with the command pasted (001). */
    DEBUGGING(true),
    /** An attempt to fix or mitigate, with its outcome (001). */
    FIX_ATTEMPT(true),
    /** A hypothesis about the cause, proposed, proved or disproved (004). */
    HYPOTHESIS(false),
    /** Communication from the affected community that helped (001). */
    COMMUNITY_COMMUNICATION(false),
    /** How the fix was verified (001). */
    VERIFICATION(true),
    /** Anything else worth keeping for the report. */
    NOTE(false);

    private final boolean handsOn;

    ActionKind(boolean handsOn) {
        this.handsOn = handsOn;
    }

    /**
     * Tells whether the action is hands-on work on the systems, which the Incident Commander is not
     * expected to do (001).
     *
     * @return {@code true} for debugging and fix attempts
     */
    public boolean isHandsOn() {
        return handsOn;
    }
}
