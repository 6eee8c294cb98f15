package dev.incidentkit.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.incidentkit.obligation.Obligation;
import dev.incidentkit.obligation.ObligationKind;
import dev.incidentkit.obligation.Obligations;
import dev.incidentkit.process.IncidentProcess;
import io.vavr.collection.HashMap;
import io.vavr.collection.HashSet;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.collection.Vector;
import java.time.Instant;

/**
 * The obligation properties of one accepted step: obligations are a function of (state, process, time)
 * alone, and an overdue obligation stays listed until an event that satisfies it (or makes it moot).
 */
final class ObligationProperties {

    private static final Set<Class<?>> ENDINGS = HashSet.of(IncidentEvent.Canceled.class, IncidentEvent.Merged.class,
            IncidentEvent.Closed.class, IncidentEvent.Declined.class, IncidentEvent.Resolved.class);

    /** Which events may make an obligation of each kind go away, as this test reads the guides. */
    private static final Map<ObligationKind, Set<Class<?>>> SATISFIED_BY = HashMap.of(
            ObligationKind.STATUS_UPDATE, ENDINGS.addAll(HashSet.of(IncidentEvent.UpdatePosted.class,
                    IncidentEvent.Reopened.class)),
            ObligationKind.OFFICIAL_START_ITEM, ENDINGS.addAll(HashSet.of(IncidentEvent.LinkAdded.class,
                    IncidentEvent.PagingAcknowledged.class, IncidentEvent.UpdatePosted.class,
                    IncidentEvent.SeverityChanged.class, IncidentEvent.OfficiallyStarted.class)),
            ObligationKind.ROLE_VACANT, ENDINGS.addAll(HashSet.of(IncidentEvent.RoleAssigned.class,
                    IncidentEvent.HandoffAccepted.class)),
            ObligationKind.HANDOFF_UNANSWERED, HashSet.of(IncidentEvent.HandoffAccepted.class,
                    IncidentEvent.HandoffDeclined.class, IncidentEvent.HandoffWithdrawn.class,
                    IncidentEvent.HandoffExpired.class),
            ObligationKind.REPORTER_NOT_TOLD, HashSet.of(IncidentEvent.ReporterInformed.class),
            ObligationKind.RESOLUTION_NOT_COMMUNICATED, HashSet.of(IncidentEvent.UpdatePosted.class,
                    IncidentEvent.Reopened.class),
            ObligationKind.POSTMORTEM_DUE, HashSet.of(IncidentEvent.Reopened.class,
                    IncidentEvent.PostmortemPublished.class),
            ObligationKind.POSTMORTEM_NOT_SHARED, HashSet.of(IncidentEvent.PostmortemShared.class));

    private ObligationProperties() {}

    static void check(String step, IncidentProcess process, IncidentState before, IncidentState after,
            Vector<IncidentEvent> stream, Vector<IncidentEvent> added, Instant at) {
        Seq<Obligation> now = Obligations.of(after, process, at);
        assertEquals(now, Obligations.of(IncidentFixtures.DECIDER.replay(after.id(), stream), process, at),
                step + ": obligations must depend on nothing but state, process and time");
        assertEquals(now, Obligations.of(after, process, at), step + ": asking twice must give the same list");
        Set<Class<?>> happened = added.<Class<?>>map(IncidentEvent::getClass).toSet();
        for (Obligation overdue : Obligations.of(before, process, at).filter(o -> o.isOverdueAt(at))) {
            io.vavr.control.Option<Obligation> same = now.find(o -> o.kind() == overdue.kind()
                    && o.subject().equals(overdue.subject()));
            boolean satisfied = SATISFIED_BY.get(overdue.kind()).get().exists(happened::contains);
            if (same.isEmpty()) {
                assertTrue(satisfied, step + ": overdue obligation vanished without an event that satisfies it: "
                        + overdue.sentence() + "; events were " + happened.map(Class::getSimpleName));
            } else if (!satisfied) {
                assertEquals(overdue.dueAt(), same.get().dueAt(),
                        step + ": an overdue obligation's due time moved without an event that satisfies it");
            }
        }
    }
}
