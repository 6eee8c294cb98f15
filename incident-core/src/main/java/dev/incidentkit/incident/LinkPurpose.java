package dev.incidentkit.incident;

/**
 * What a link is for, said when it is added. It matters for tickets: the stakeholders (the reporter, the
 * community) are kept informed on one ticket, and a ticket opened afterwards to follow up on the incident
 * (003: follow-up tickets) must never take their updates away from it.
 *
 * @since 0.1.0
 */
public enum LinkPurpose {
    /** The place the stakeholders are kept informed through: updates to them go there from now on. */
    STAKEHOLDERS,
    /** Work that follows the incident, such as a follow-up ticket: recorded, never a channel for updates. */
    FOLLOW_UP,
    /** A place that is part of the response (the channel, the paging incident, a conference room). */
    REFERENCE;

    /**
     * The purpose a link gets when its command names none: a ticket linked while the incident is open and
     * has no stakeholders' ticket yet is where the stakeholders are kept informed (as the community's
     * ticket of 000 is); any later ticket follows up; any other link is part of the response.
     *
     * @param kind the link's kind
     * @param state the incident before the link
     * @return the purpose
     */
    static LinkPurpose byDefault(LinkKind kind, IncidentState state) {
        if (kind != LinkKind.TICKET) {
            return REFERENCE;
        }
        boolean open = state.isIn(IncidentStatus.TRIAGE, IncidentStatus.DECLARED, IncidentStatus.MITIGATED);
        return open && state.stakeholdersTicket().isEmpty() ? STAKEHOLDERS : FOLLOW_UP;
    }
}
