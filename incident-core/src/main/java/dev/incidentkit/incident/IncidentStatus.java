package dev.incidentkit.incident;

import io.vavr.collection.HashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Set;
import io.vavr.collection.TreeSet;
import java.util.Objects;

/**
 * Where an incident stands in its life, and the moves allowed between statuses.
 *
 * <pre>
 *   (report) → TRIAGE ─declare→ DECLARED ─mitigate→ MITIGATED ─resolve→ RESOLVED ─close→ CLOSED
 *                                                       RESOLVED ─start postmortem→ IN_REVIEW ─close→ CLOSED
 *                │                 └──────────resolve──────────────────↗   │
 *                └─decline→ DECLINED          ↖────────reopen─── MITIGATED, RESOLVED
 *   any open status (TRIAGE, DECLARED, MITIGATED) ─cancel→ CANCELED, ─merge→ MERGED
 * </pre>
 *
 * <p>Where the process resolves incidents that were never declared
 * ({@link dev.incidentkit.process.IncidentProcess#resolvesUndeclared()}), TRIAGE also moves to MITIGATED
 * and RESOLVED, and reopening such an incident takes it back to TRIAGE, never to DECLARED: an incident is
 * DECLARED only by a declaration.
 *
 * <p>CLOSED, DECLINED, CANCELED and MERGED are terminal: nothing moves out of them.
 *
 * @since 0.1.0
 */
public enum IncidentStatus {
    /** Reported and being assessed: is it an incident, and how bad? */
    TRIAGE,
    /** Declared an incident: the response is under way. */
    DECLARED,
    /** The bleeding has stopped; the team is still watching and fixing. */
    MITIGATED,
    /** Fixed, and the fix verified. */
    RESOLVED,
    /** Resolved, and its postmortem under way. */
    IN_REVIEW,
    /** Done: nothing more will happen to this incident. */
    CLOSED,
    /** Assessed in triage as not an incident and routed elsewhere, such as a support ticket. */
    DECLINED,
    /** Assessed and found not to qualify after all. */
    CANCELED,
    /** Folded into another incident, which carries on. */
    MERGED;

    private static final Map<IncidentStatus, Set<IncidentStatus>> NEXT = HashMap.of(
            TRIAGE, TreeSet.of(DECLARED, MITIGATED, RESOLVED, DECLINED, CANCELED, MERGED),
            DECLARED, TreeSet.of(MITIGATED, RESOLVED, CANCELED, MERGED),
            MITIGATED, TreeSet.of(TRIAGE, DECLARED, RESOLVED, CANCELED, MERGED),
            RESOLVED, TreeSet.of(TRIAGE, DECLARED, IN_REVIEW, CLOSED),
            IN_REVIEW, TreeSet.of(CLOSED));

    /** {@link #next()} by ordinal, worked out once: every event asks. */
    private static final Set<IncidentStatus>[] NEXT_BY_ORDINAL = nextByOrdinal();

    @SuppressWarnings("unchecked")
    private static Set<IncidentStatus>[] nextByOrdinal() {
        IncidentStatus[] all = values();
        Set<IncidentStatus>[] table = new Set[all.length];
        for (IncidentStatus status : all) {
            table[status.ordinal()] = NEXT.get(status).getOrElse(TreeSet.empty());
        }
        return table;
    }

    /**
     * The statuses this one may move to in one step.
     *
     * @return the allowed next statuses; empty for a terminal status
     */
    public Set<IncidentStatus> next() {
        return NEXT_BY_ORDINAL[ordinal()];
    }

    /**
     * Tells whether one step may move this status to another.
     *
     * @param target the status to move to
     * @return {@code true} if the move is an allowed edge
     */
    public boolean canMoveTo(IncidentStatus target) {
        Objects.requireNonNull(target, "target");
        return next().contains(target);
    }

    /**
     * Tells whether the incident is still being handled: TRIAGE, DECLARED or MITIGATED. Open
     * incidents take status updates and may be canceled or merged.
     *
     * @return {@code true} for an open status
     */
    public boolean isOpen() {
        return this == TRIAGE || this == DECLARED || this == MITIGATED;
    }

    /**
     * Tells whether nothing can move out of this status.
     *
     * @return {@code true} for CLOSED, DECLINED, CANCELED and MERGED
     */
    public boolean isTerminal() {
        return next().isEmpty();
    }
}
