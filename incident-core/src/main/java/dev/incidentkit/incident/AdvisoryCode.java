package dev.incidentkit.incident;

import java.util.Locale;

/**
 * The stable codes of advisories: soft rules of the guides that were broken. An advisory never blocks
 * a command.
 *
 * @since 0.1.0
 */
public enum AdvisoryCode {
    /**
     * The Incident Commander recorded hands-on work; the commander is not expected to take actions (001).
     * Raised once per commander.
     */
    COMMANDER_HANDS_ON,
    /**
     * The Investigator has worked alone on an unresolved incident longer than the process allows
     * without asking for help (004: "unresolved after an hour of concentrated analysis").
     */
    INVESTIGATOR_ALONE,
    /** A postmortem's wording points at a person rather than a system (001: blameless culture). */
    BLAMEFUL_LANGUAGE;

    /**
     * The code as it appears in logs and APIs, such as {@code "commander-hands-on"}.
     *
     * @return the stable text of the code
     */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
