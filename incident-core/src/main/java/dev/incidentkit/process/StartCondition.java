package dev.incidentkit.process;

/**
 * One condition of the checklist that officially marks the beginning of an incident (000: "this
 * officially marks the beginning of an incident, and will help make sure we don't accidentally miss
 * steps"). Each is satisfied by events of the incident.
 *
 * @since 0.1.0
 */
public enum StartCondition {
    /** A paging incident is linked and the incident has the scale's most severe level, such as P1 (000). */
    TOP_PRIORITY_PAGING_INCIDENT("a paging incident at the most severe level exists"),
    /** Someone acknowledged the incident in the paging tool (000). */
    PAGING_ACKNOWLEDGED("someone acknowledged the incident in the paging tool"),
    /** A dedicated incident channel is linked (000, 003, 004). */
    DEDICATED_CHANNEL("a dedicated incident channel exists"),
    /** The stakeholders were told of the ongoing incident, by a progress update to stakeholders or the public (000). */
    STAKEHOLDERS_INFORMED("the stakeholders were informed of the ongoing incident"),
    /** The incident is tracked in a ticket (003). */
    TICKET_TRACKED("the incident is tracked in a ticket");

    private final String description;

    StartCondition(String description) {
        this.description = description;
    }

    /**
     * The condition as a sentence part, such as "a dedicated incident channel exists".
     *
     * @return the description
     */
    public String description() {
        return description;
    }
}
