package dev.incidentkit.timeline;

/**
 * What a useful incident timeline must contain, from guide 001's "Writing an incident timeline".
 *
 * @since 0.1.0
 */
public enum TimelineItem {
    /** 1. The beginning of the impact. */
    BEGINNING_OF_IMPACT("the beginning of the impact"),
    /** 2. When the incident was brought to attention, with a link to the source. */
    BROUGHT_TO_ATTENTION("when the incident was brought to attention, with a link to the source"),
    /** 3. When the response began. */
    RESPONSE_BEGAN("when the response began"),
    /** 4. Debugging actions performed to find the cause. */
    DEBUGGING_ACTIONS("debugging actions performed to find the cause"),
    /** 5. Actions taken to fix it, and their outcome. */
    FIX_ACTIONS("actions taken to fix it and their outcome"),
    /** 6. Communication from the affected community that helped. */
    COMMUNITY_COMMUNICATION("communication from the affected community"),
    /** 7. When it was fixed, and how that was verified. */
    FIXED_AND_VERIFIED("when it was fixed and how that was verified");

    private final String description;

    TimelineItem(String description) {
        this.description = description;
    }

    /**
     * The item in words.
     *
     * @return the description
     */
    public String description() {
        return description;
    }
}
