package dev.incidentkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.incidentkit.desk.DeskOutcome;
import dev.incidentkit.desk.Dispatcher;
import dev.incidentkit.desk.IdSource;
import dev.incidentkit.desk.IncidentDesk;
import dev.incidentkit.incident.CommandHeader;
import dev.incidentkit.incident.CommandId;
import dev.incidentkit.incident.Impact;
import dev.incidentkit.incident.response.ResponseCommand.Declare;
import dev.incidentkit.incident.response.ResponseCommand.Mitigate;
import dev.incidentkit.incident.communication.CommunicationCommand.PostUpdate;
import dev.incidentkit.incident.triage.TriageCommand.Report;
import dev.incidentkit.incident.response.ResponseCommand.Resolve;
import dev.incidentkit.incident.IncidentCommand;
import dev.incidentkit.incident.IncidentDecider;
import dev.incidentkit.incident.IncidentId;
import dev.incidentkit.incident.IncidentState;
import dev.incidentkit.incident.IncidentStatus;
import dev.incidentkit.incident.Rejection;
import dev.incidentkit.notify.ChannelFormat;
import dev.incidentkit.notify.InMemoryOutbox;
import dev.incidentkit.notify.PlainTextRenderer;
import dev.incidentkit.notify.RecordingNotifier;
import dev.incidentkit.notify.Target;
import dev.incidentkit.notify.TargetFormats;
import dev.incidentkit.obligation.Obligation;
import dev.incidentkit.process.IncidentProcess;
import dev.incidentkit.process.PostmortemPolicy;
import dev.incidentkit.process.QualificationRule;
import dev.incidentkit.process.StartCondition;
import dev.incidentkit.process.UpdateCadence;
import dev.incidentkit.process.WorkingCalendar;
import dev.incidentkit.report.ReportSource;
import dev.incidentkit.role.Audience;
import dev.incidentkit.role.ResponderId;
import dev.incidentkit.severity.SeverityScale;
import dev.incidentkit.store.InMemoryEventStore;
import dev.incidentkit.store.IncidentStorage;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Runs the README's quick start, and checks that the README shows exactly this code (and the template
 * override from incident-templates' {@code OverridesTest}), so that no snippet can stop compiling or drift
 * from what runs.
 */
class QuickStartTest {

    @Test
    void should_declare_update_mitigate_and_resolve_as_the_readme_shows() {
        // tag::quickstart[]
        IncidentDecider decider = IncidentDecider.standard();
        IncidentId id = IncidentId.of("INC-42");
        ResponderId ada = ResponderId.of("ada");
        Instant start = Instant.parse("2026-03-02T12:42:00Z");
        IntFunction<CommandHeader> minute = m ->
                CommandHeader.of(CommandId.of("cmd-" + m), id, ada, start.plus(Duration.ofMinutes(m)));

        IncidentState incident = IncidentState.empty(id);
        for (IncidentCommand command : List.of(
                Report.of(minute.apply(0), ReportSource.pagingAlert("HubDown", "take immediate action"),
                        "Users cannot log in"),
                Declare.of(minute.apply(2), "Hub login failing", decider.process().severityScale().get("SEV2"),
                        Impact.of("users cannot log in", 40), "Managed JupyterHubs"),
                PostUpdate.progress(minute.apply(10), Audience.STAKEHOLDERS,
                        "We are rolling back the last deploy.", start.plus(Duration.ofHours(3))),
                new Mitigate(minute.apply(25), "rolled back the hub image", Option.none()),
                new Resolve(minute.apply(40), "logged in as a test user on three hubs", Option.none()))) {
            incident = decider.apply(command, incident)
                    .getOrElseThrow(rejection -> new IllegalStateException(rejection.message()))
                    .state();
        }

        // A broken rule is a value, never an exception, and changes nothing:
        Rejection rejection = decider.decide(new Mitigate(minute.apply(50), "again", Option.none()), incident)
                .getLeft();
        // rejection.message(): "cannot mitigate: incident INC-42 is RESOLVED; only DECLARED incidents can be mitigated"
        // end::quickstart[]

        assertEquals(Option.some(IncidentStatus.RESOLVED), incident.status());
        assertEquals(7, incident.version(), "with no roster given, ada declares and takes the two required roles");
        assertEquals("cannot mitigate: incident INC-42 is RESOLVED; only DECLARED incidents can be mitigated",
                rejection.message());
    }

    @Test
    void should_build_a_custom_process_as_the_readme_shows() {
        // tag::custom-process[]
        SeverityScale scale = SeverityScale.of("Critical", "High", "Low");
        IncidentProcess ours = IncidentProcess.builder()
                .name("platform team")
                .severityScale(scale)
                .qualification(List.of(
                        QualificationRule.takeImmediateActionTag(),
                        QualificationRule.anyIncidentCondition(Duration.ofMinutes(30))))
                .officialStart(StartCondition.DEDICATED_CHANNEL, StartCondition.STAKEHOLDERS_INFORMED)
                .cadence(UpdateCadence.every(Duration.ofHours(1), List.of(scale.get("Critical"), scale.get("High"))))
                .postmortem(PostmortemPolicy.builder().requiredFrom(scale.get("High")).dueInWorkingDays(2)
                        .calendar(WorkingCalendar.weekdays(ZoneId.of("Europe/Berlin")))
                        .meetingFrom(scale.get("Critical")).build())
                .build();
        IncidentDecider decider = IncidentDecider.of(ours);
        // ...and later: Obligations.of(state, ours, now) lists what is due.
        // end::custom-process[]

        assertEquals(scale, decider.process().severityScale());
        assertEquals(Option.some(Duration.ofHours(1)), ours.cadence().intervalFor(scale.get("High")));
        assertEquals(Option.none(), ours.cadence().intervalFor(scale.get("Low")));
    }

    @Test
    void should_wire_the_desk_with_in_memory_adapters_as_the_readme_shows() {
        // tag::desk[]
        Clock clock = Clock.systemUTC();
        InMemoryEventStore store = new InMemoryEventStore();
        InMemoryOutbox outbox = new InMemoryOutbox();
        RecordingNotifier notifier = new RecordingNotifier();
        IncidentDesk desk = new IncidentDesk(IncidentProcess.standard(), store, outbox, clock, 5);
        Dispatcher dispatcher = new Dispatcher(desk, store, outbox, new PlainTextRenderer(), notifier, clock,
                Duration.ofSeconds(30), 8);

        IdSource ids = IdSource.sequential("cmd");
        IncidentId id = IncidentId.of("INC-7");
        ResponderId ada = ResponderId.of("ada");
        DeskOutcome outcome = desk.handle(Report.of(CommandHeader.of(ids.next(), id, ada, clock.instant()),
                ReportSource.supportTicket("FD-4711", ResponderId.of("community-rep")), "Users cannot log in"));
        desk.handle(Declare.of(CommandHeader.of(ids.next(), id, ada, clock.instant()), "Login failures",
                desk.process().severityScale().get("SEV2"), Impact.of("users cannot log in"), "hub"));

        dispatcher.dispatch(); // on a schedule: plans what is unplanned, delivers what is due, keeps dead letters
        Seq<Obligation> due = desk.obligations(id);
        // end::desk[]

        assertTrue(outcome instanceof DeskOutcome.Accepted);
        assertEquals(List.of("ticket-assignment"), notifier.received().map(m -> m.intent().templateKey()));
        assertTrue(due.exists(o -> o.kind() == dev.incidentkit.obligation.ObligationKind.STATUS_UPDATE));
    }

    @Test
    void should_plan_each_message_in_the_format_its_target_reads() {
        IncidentProcess process = IncidentProcess.standard();
        InMemoryOutbox outbox = new InMemoryOutbox();
        IncidentStorage storage = IncidentStorage.of(new InMemoryEventStore(), outbox);
        Clock clock = Clock.fixed(Instant.parse("2026-03-02T12:00:00Z"), java.time.ZoneOffset.UTC);
        // tag::formats[]
        TargetFormats formats = TargetFormats.defaults()
                .forKind(Target.Kind.EMAIL, ChannelFormat.HTML)                  // our mail goes out as HTML
                .forTarget(new Target(Target.Kind.INCIDENT_CHANNEL, "#ops-zulip"), ChannelFormat.MARKDOWN);
        IncidentDesk desk = new IncidentDesk(process, storage, clock, 5, IncidentDesk.DEFAULT_RECENT_STATES, formats);
        // end::formats[]

        IncidentId id = IncidentId.of("INC-8");
        desk.handle(Report.of(CommandHeader.of(CommandId.of("c1"), id, ResponderId.of("ada"), clock.instant()),
                ReportSource.pagingAlert("HubDown", "take immediate action"), "Hub down"));
        desk.handle(new dev.incidentkit.incident.communication.CommunicationCommand.AddLink(CommandHeader.of(
                CommandId.of("c2"), id, ResponderId.of("ada"), clock.instant()),
                dev.incidentkit.incident.Link.of(dev.incidentkit.incident.LinkKind.INCIDENT_CHANNEL, "#ops-zulip")));

        assertEquals(List.of("paging-trigger/PLAIN_TEXT", "channel-kickoff/MARKDOWN"), outbox.due(clock.instant().plusSeconds(1))
                .map(e -> e.intent().templateKey() + "/" + e.intent().format()));
        assertEquals(ChannelFormat.MARKDOWN, formats.of(new Target(Target.Kind.INCIDENT_CHANNEL, "#ops-zulip")));
        assertEquals(ChannelFormat.SLACK_MRKDWN, formats.of(new Target(Target.Kind.INCIDENT_CHANNEL, "#inc-1")));
        assertEquals(ChannelFormat.HTML, formats.of(new Target(Target.Kind.EMAIL, "rep@example.org")));
    }

    @Test
    void should_show_the_tested_snippets_in_the_readme_exactly() throws IOException {
        String readme = Files.readString(ProjectFiles.root().resolve("README.md"), StandardCharsets.UTF_8);
        String here = "incident-core/src/test/java/dev/incidentkit/QuickStartTest.java";
        String templates = "incident-templates/src/test/java/dev/incidentkit/templates/OverridesTest.java";
        String testkit = "incident-testkit/src/test/java/dev/incidentkit/testkit/ReadmeTesterTest.java";

        for (List<String> tagAndFile : List.of(List.of("quickstart", here), List.of("custom-process", here),
                List.of("desk", here), List.of("formats", here), List.of("override", templates), List.of("tester", testkit),
                List.of("tester-invariant", testkit))) {
            String tag = tagAndFile.get(0);
            String test = Files.readString(ProjectFiles.root().resolve(tagAndFile.get(1)), StandardCharsets.UTF_8);
            String tagged = unindent(between(test, "// tag::" + tag + "[]\n", "        // end::" + tag + "[]"));
            Matcher block = Pattern.compile("<!-- " + tag + " -->\\s*```java\\n(.*?)```", Pattern.DOTALL)
                    .matcher(readme);

            assertTrue(block.find(), "README.md has no ```java block after <!-- " + tag + " -->");
            assertEquals(tagged, block.group(1), "README's " + tag + " differs from " + tagAndFile.get(1) + "; copy it over");
        }
    }

    private static String between(String text, String from, String to) {
        int start = text.indexOf(from) + from.length();
        return text.substring(start, text.indexOf(to, start));
    }

    private static String unindent(String code) {
        StringBuilder out = new StringBuilder();
        for (String line : code.split("\n", -1)) {
            out.append(line.startsWith("        ") ? line.substring(8) : line.strip()).append('\n');
        }
        return out.toString().replaceAll("\n+$", "\n");
    }
}
