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
import java.time.ZoneId;
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
        assertTrue(report.contains("| Report status | draft (not published) |"), report);
        assertTrue(report.contains("| Times | Coordinated Universal Time |"), report);
        assertTrue(report.contains("- [ ] Alert on proxy memory (<https://desk.example.org/t/2>)"), report);
        assertTrue(report.contains("A proxy leaked memory."), report);
        assertFalse(report.contains("What went well"), "a section not written is left out: " + report);
        assertFalse(report.contains("Not written"), report);
        assertFalse(report.contains(" Z "), "UTC is named, not Z: " + report);
        // curated: what happened and was said, not the response's bookkeeping
        Seq<String> rows = List.ofAll(report.lines().dropWhile(l -> !l.equals("| Time | What happened |")).skip(2)
                .takeWhile(l -> l.startsWith("|")).toList());
        assertTrue(rows.exists(r -> r.contains("declared")), report);
        assertFalse(rows.exists(r -> r.contains("became") || r.contains("linked") || r.contains("postmortem")),
                "no bookkeeping: " + rows.mkString("\n"));
        assertEquals(1, rows.filter(r -> r.contains("impact began")).size(), "the current guess, once");
        String everything = PostmortemReport.render(TemplateCatalogue.builtIn(), ChannelFormat.MARKDOWN, Locale.ENGLISH,
                STATE, EVENTS, ZoneOffset.UTC, PostmortemReport.Variant.INTERNAL, true).get();
        assertTrue(everything.contains("linked"), "bookkeeping on request: " + everything);
    }

    @Test
    void should_leave_internal_names_and_chat_out_of_the_public_report() {
        String internal = PostmortemReport.render(TemplateCatalogue.builtIn(), ChannelFormat.MARKDOWN, Locale.ENGLISH,
                STATE, EVENTS, ZoneId.of("Europe/Berlin")).get();
        String published = PostmortemReport.render(TemplateCatalogue.builtIn(), ChannelFormat.MARKDOWN, Locale.ENGLISH,
                STATE, EVENTS, ZoneId.of("Europe/Berlin"), PostmortemReport.Variant.PUBLIC, false).get();

        assertTrue(internal.contains("| Review owner |"), internal);
        assertFalse(published.contains("Review owner"), published);
        assertFalse(published.contains(", owner:"), published);
        assertTrue(published.contains("(Europe/Berlin)"), published);
        assertTrue(published.lines().count() < internal.lines().count() || !internal.contains("chat"), published);
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
