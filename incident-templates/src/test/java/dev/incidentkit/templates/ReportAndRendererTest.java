package dev.incidentkit.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.incidentkit.incident.IncidentDecider;
import dev.incidentkit.incident.IncidentEvent;
import dev.incidentkit.incident.IncidentId;
import dev.incidentkit.incident.IncidentState;
import dev.incidentkit.notify.ChannelFormat;
import dev.incidentkit.notify.MessageIntent;
import dev.incidentkit.notify.Notifications;
import dev.incidentkit.testkit.Histories;
import dev.incidentkit.timeline.Timeline;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ReportAndRendererTest {

    private static final IncidentId ID = IncidentId.of("INC-9");
    private static final Seq<IncidentEvent> EVENTS = Histories.richHistory(ID);
    private static final IncidentState STATE = IncidentDecider.standard().replay(ID, EVENTS);

    @Test
    void should_render_the_report_of_a_real_incident() {
        String report = PostmortemReport.render(TemplateCatalogue.builtIn(), ChannelFormat.MARKDOWN, Locale.ENGLISH,
                STATE, EVENTS, ZoneOffset.UTC).get();

        assertTrue(report.startsWith("# INC-9: Hub down\n"), report);
        assertTrue(report.contains("| Status | draft |"), report);
        assertTrue(report.contains("- [ ] Alert on proxy memory (<https://desk.example.org/t/2>)"), report);
        assertTrue(report.contains("A proxy leaked memory."), report);
        assertTrue(report.contains("## What went well\n\n_Not written yet._\n"), report);
        long rows = report.lines().dropWhile(l -> !l.equals("| Time | Event |")).skip(2)
                .takeWhile(l -> l.startsWith("|")).count();
        assertEquals(Timeline.of(EVENTS).size(), rows, report);
    }

    @Test
    void should_send_a_real_text_for_every_message_the_desk_plans() {
        TemplateRenderer renderer = TemplateRenderer.english();
        IncidentDecider decider = IncidentDecider.standard();
        IncidentState state = IncidentState.empty(ID);
        List<MessageIntent> intents = List.empty();
        for (IncidentEvent event : EVENTS) {
            state = decider.evolve(state, event);
            intents = intents.appendAll(Notifications.plan(event, state));
        }

        assertTrue(intents.map(i -> i.templateKey() + "/" + i.format()).containsAll(List.of("status-page-update/HTML",
                "resolution-notice/HTML", "resolution-notice/MARKDOWN", "channel-kickoff/SLACK_MRKDWN")),
                "planned: " + intents.map(i -> i.templateKey() + "/" + i.format()));
        for (MessageIntent intent : intents) {
            String text = renderer.render(intent);
            assertFalse(text.startsWith("[" + intent.templateKey() + "]"), "fell back to plain text: " + text);
            assertTrue(intent.format() == ChannelFormat.HTML ? text.contains("Hub down")
                    : text.contains("INC") && text.contains("9"), text);
        }
    }

    @Test
    void should_fall_back_to_plain_text_for_a_key_without_template() {
        MessageIntent intent = new MessageIntent("k", ID, "something-new",
                new dev.incidentkit.notify.Target(dev.incidentkit.notify.Target.Kind.TICKET, "T-1"),
                ChannelFormat.MARKDOWN, io.vavr.collection.LinkedHashMap.of("note", "hello"));

        // the fallback escapes everything it writes for the format, the template key and the id included
        assertEquals("[something-new] incident INC-9\nnote: hello", TemplateRenderer.english().render(intent));
    }
}
