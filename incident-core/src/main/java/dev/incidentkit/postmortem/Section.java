package dev.incidentkit.postmortem;

/**
 * The sections of a postmortem, in the order teams publish them.
 *
 * @since 0.1.0
 */
public enum Section {
    /** What the incident was, in a few lines. */
    OVERVIEW("Overview"),
    /** What happened, told in order. */
    WHAT_HAPPENED("What happened"),
    /** How it was resolved. */
    RESOLUTION("Resolution"),
    /** The root cause and the contributing factors: systemic, never a person (001). */
    ROOT_CAUSE("Root cause and contributing factors"),
    /** Where we got lucky. */
    WHERE_WE_GOT_LUCKY("Where we got lucky"),
    /** What went well. */
    WHAT_WENT_WELL("What went well"),
    /** What did not go so well. */
    WHAT_DID_NOT_GO_SO_WELL("What did not go so well");

    private final String title;

    Section(String title) {
        this.title = title;
    }

    /**
     * The section's heading.
     *
     * @return the title
     */
    public String title() {
        return title;
    }
}
