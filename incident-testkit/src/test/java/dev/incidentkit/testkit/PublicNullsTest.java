package dev.incidentkit.testkit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.incidentkit.base.Dispatch;
import dev.incidentkit.desk.IncidentDesk;
import dev.incidentkit.incident.CommandHeader;
import dev.incidentkit.incident.CommandId;
import dev.incidentkit.incident.IncidentId;
import dev.incidentkit.incident.triage.TriageCommand;
import dev.incidentkit.notify.InMemoryOutbox;
import dev.incidentkit.notify.MessageRenderer;
import dev.incidentkit.notify.Notifier;
import dev.incidentkit.notify.Outbox;
import dev.incidentkit.notify.PlainTextRenderer;
import dev.incidentkit.notify.RecordingNotifier;
import dev.incidentkit.process.IncidentProcess;
import dev.incidentkit.process.PostmortemPolicy;
import dev.incidentkit.process.PostmortemPolicyBuilder;
import dev.incidentkit.process.Presets;
import dev.incidentkit.report.ReportSource;
import dev.incidentkit.role.ResponderId;
import dev.incidentkit.store.InMemoryEventStore;
import dev.incidentkit.store.IncidentEventStore;
import dev.incidentkit.store.IncidentStorage;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, item 12: every public constructor and method of core and the testkit refuses {@code null} in a
 * reference parameter with a {@link NullPointerException} that names it, unless the parameter is
 * {@code @Nullable}.
 */
class PublicNullsTest {

    @Test
    void every_public_method_of_core_and_testkit_refuses_null_by_name() {
        InMemoryEventStore events = new InMemoryEventStore();
        InMemoryOutbox outbox = new InMemoryOutbox();
        IncidentStorage storage = IncidentStorage.of(events, outbox);
        IncidentProcess process = Presets.managedHub();
        List<Class<?>> types = NullWalk.publicTypesIn("dev.incidentkit", getClass().getClassLoader()).stream()
                .filter(PublicNullsTest::isMain).toList();
        NullWalk.Report report = NullWalk.builder()
                .sample(IncidentProcess.class, process)
                .sample(IncidentStorage.class, storage)
                .sample(IncidentEventStore.class, events)
                .sample(Outbox.class, outbox)
                .sample(Notifier.class, new RecordingNotifier())
                .sample(MessageRenderer.class, new PlainTextRenderer())
                .sample(IncidentDesk.class, new IncidentDesk(process, storage,
                        Clock.fixed(Instant.parse("2026-01-05T10:00:00Z"), ZoneOffset.UTC), 3))
                .sample(NullWalk.class, NullWalk.builder().build())
                .sample(Dispatch.class, Dispatch.<CharSequence, Object, Object>over("a sample table",
                        io.vavr.collection.List.of(String.class)).on(String.class, (value, context) -> value).build())
                // Immutables' generated builder is only made through the policy's own subclass
                .sample(PostmortemPolicyBuilder.class, PostmortemPolicy.builder())
                // an outcome comes from a command: this one (a report of a new incident) is accepted
                .sample(RuleSpec.Outcome.class, RuleSpec.of(process, IncidentId.of("NULL-WALK"))
                        .when(TriageCommand.Report.of(CommandHeader.of(CommandId.of("c1"), IncidentId.of("NULL-WALK"),
                                ResponderId.of("ada"), Instant.parse("2026-01-05T10:00:00Z")),
                                ReportSource.pagingAlert("HubDown", "hub"), "logins fail")))
                // their message is the name the caller gives them, which the walk fills with a sample
                .skip("dev.incidentkit.base.Nulls.requireContent(Option, String)")
                .skip("dev.incidentkit.base.Nulls.requireElements(Iterable, String)")
                .build()
                .walk(types);
        System.out.println(report.describe());
        assertTrue(types.size() > 100, "found only " + types.size() + " public types");
        assertTrue(report.checked() > 700, report.describe());
        assertTrue(report.problems().isEmpty(), report.describe());
        assertTrue(report.unreached().isEmpty(), report.describe());
    }

    /** The library's own classes, not the tests' helpers beside them on the class path. */
    private static boolean isMain(Class<?> type) {
        return !type.getProtectionDomain().getCodeSource().getLocation().toString().contains("test-classes");
    }
}
