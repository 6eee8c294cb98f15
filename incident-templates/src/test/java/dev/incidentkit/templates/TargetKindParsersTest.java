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
import dev.incidentkit.notify.Target;
import dev.incidentkit.notify.TargetFormats;
import dev.incidentkit.process.IncidentProcess;
import dev.incidentkit.testkit.HostileText;
import dev.incidentkit.testkit.Histories;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.collection.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every message a real incident sends to each kind of target, in every format that kind may be set to
 * read, checked with the parser of that format: CommonMark (with GitHub's tables and strikethrough) for
 * Markdown, jsoup for HTML, Slack's rules for mrkdwn (an angle bracket opens a link or a mention; a marker
 * styles text at a word's edge; a {@code >} opening a line quotes it), and for plain text that the template
 * adds no markup. With people's texts replaced by hostile ones the message keeps exactly the structure it
 * has with plain texts, and no live mention gets through; plain prose gets no backslash.
 */
class TargetKindParsersTest {

    private static final IncidentId ID = IncidentId.of("INC-9");
    private static final Seq<IncidentEvent> EVENTS = Histories.richHistory(ID);
    private static final TemplateRenderer RENDERER = TemplateRenderer.english();
    private static final Parser MARKDOWN = Parser.builder()
            .extensions(java.util.List.of(TablesExtension.create(), StrikethroughExtension.create())).build();

    /** Facts the desk makes itself (ids, codes, instants, links it checked); every other fact is people's text. */
    private static final Set<String> NOT_PEOPLES = HashSet.of("incident", "severity", "status", "at", "zone",
            "nextUpdateBy", "audience", "dedupKey", "postmortemRequired", "destination", "location", "assigneeId",
            "fromId", "toId", "routeHere");

    /** Hostile texts: a sample of every category of the testkit's corpus, and mixtures. */
    private static final Seq<String> HOSTILE = List.ofAll(HostileText.corpus()).zipWithIndex()
            .filter(t -> t._2 % 3 == 0).map(t -> t._1)
            .appendAll(List.of("*bold* _it_ ~gone~ `code`", "> quoted\n# heading\n- item", "a | b | c",
                    "<!channel> <@U123> @here @everyone", "[x](https://evil.example) ![i](https://evil.example/i.png)",
                    "<script>alert(1)</script>", "&amp; &lt;b&gt;", "snake_case and 2*3*4"));

    private static Seq<MessageIntent> planned(TargetFormats formats) {
        IncidentDecider decider = IncidentDecider.standard();
        IncidentState state = IncidentState.empty(ID);
        Seq<MessageIntent> out = List.empty();
        for (IncidentEvent event : EVENTS) {
            state = decider.evolve(state, event);
            out = out.appendAll(Notifications.plan(event, state, IncidentProcess.standard(), formats));
        }
        return out;
    }

    @TestFactory
    Stream<DynamicTest> every_target_kind_in_every_format_it_may_read() {
        Seq<DynamicTest> tests = List.empty();
        Set<Target.Kind> reached = HashSet.empty();
        for (Target.Kind kind : Target.Kind.values()) {
            for (ChannelFormat format : ChannelFormat.values()) {
                Seq<MessageIntent> intents = planned(TargetFormats.defaults().forKind(kind, format))
                        .filter(i -> i.target().kind() == kind);
                if (!intents.isEmpty()) {
                    reached = reached.add(kind);
                }
                for (MessageIntent intent : intents) {
                    tests = tests.append(DynamicTest.dynamicTest(kind + " " + format + " " + intent.templateKey(),
                            () -> check(intent)));
                }
            }
        }
        // the rich history reaches every kind but the chat thread and e-mail, which MessageTargetsTest covers
        assertTrue(reached.containsAll(HashSet.of(Target.Kind.INCIDENT_CHANNEL, Target.Kind.TICKET,
                Target.Kind.PAGING_INCIDENT, Target.Kind.STATUS_PAGE)), "kinds reached: " + reached);
        return tests.toJavaStream();
    }

    @TestFactory
    Stream<DynamicTest> a_chat_thread_and_an_e_mail_in_every_format() {
        Seq<DynamicTest> tests = List.empty();
        Seq<MessageIntent> seeds = planned(TargetFormats.defaults());
        for (Target.Kind kind : List.of(Target.Kind.CHAT_THREAD, Target.Kind.EMAIL)) {
            for (ChannelFormat format : ChannelFormat.values()) {
                // the messages those kinds receive, as they would be addressed there
                for (MessageIntent seed : seeds.filter(i -> List.of("information-request", "reporter-update",
                        "decline-notice", "postmortem-published", "status-update").contains(i.templateKey()))
                        .distinctBy(MessageIntent::templateKey)) {
                    MessageIntent intent = new MessageIntent(seed.idempotencyKey(), seed.incident(), seed.templateKey(),
                            new Target(kind, kind == Target.Kind.EMAIL ? "rep@example.org" : "#help"), format,
                            seed.model());
                    tests = tests.append(DynamicTest.dynamicTest(kind + " " + format + " " + intent.templateKey(),
                            () -> check(intent)));
                }
            }
        }
        return tests.toJavaStream();
    }

    private static void check(MessageIntent intent) {
        String plain = RENDERER.render(intent);
        assertFalse(plain.startsWith("[" + intent.templateKey() + "]"), "a template exists: " + plain);
        ChannelFormat format = intent.format();
        if (format == ChannelFormat.MARKDOWN || format == ChannelFormat.PLAIN_TEXT) {
            assertFalse(plain.contains("\\"), "plain prose gets no backslash: " + plain);
        }
        if (format == ChannelFormat.PLAIN_TEXT) {
            assertFalse(plain.contains("**") || plain.contains("](") || plain.contains("<"),
                    "plain text carries no markup: " + plain);
        }
        Map<String, Integer> expected = structure(format, plain);
        for (String hostile : HOSTILE) {
            if (dev.incidentkit.notify.SafeText.cell(hostile, format).isBlank()) {
                continue; // nothing is left of it to show: a message without the text has another shape, rightly
            }
            MessageIntent attacked;
            try {
                attacked = new MessageIntent(intent.idempotencyKey(), intent.incident(), intent.templateKey(),
                        intent.target(), format, intent.model().map((k, v) -> io.vavr.Tuple.of(k,
                                NOT_PEOPLES.contains(k) || v.isEmpty() ? v : hostile)));
            } catch (IllegalArgumentException storedNever) {
                continue; // text no store keeps (control characters, broken surrogates) never reaches a message
            }
            String out = RENDERER.render(attacked);
            assertEquals(expected, structure(format, out), () -> intent.templateKey() + " " + format + " with "
                    + HostileText.describe(hostile) + "\n" + out);
            // mass mentions as words anywhere; Slack's own mention syntax where Slack reads it
            for (String mention : format == ChannelFormat.SLACK_MRKDWN
                    ? List.of("@here", "@channel", "@everyone", "<!channel>", "<!here>", "<@U123>")
                    : List.of("@here", "@channel", "@everyone")) {
                assertFalse(out.contains(mention), () -> "a live mention " + mention + " in " + out);
            }
        }
    }

    /** What the parser of the format makes of a message, by kind of structure, leaving out plain text and breaks. */
    private static Map<String, Integer> structure(ChannelFormat format, String text) {
        switch (format) {
            case MARKDOWN:
                return markdown(text);
            case HTML:
                // line breaks are people's own, as paragraphs and soft breaks are in Markdown
                return List.ofAll(Jsoup.parseBodyFragment(text).body().getAllElements()).map(Element::tagName)
                        .filter(t -> !t.equals("br")).groupBy(t -> t).mapValues(Seq::size).toSortedMap(e -> e);
            case SLACK_MRKDWN:
                return slack(text);
            default:
                return TreeMap.empty();
        }
    }

    private static Map<String, Integer> markdown(String text) {
        java.util.Map<String, Integer> counts = new java.util.TreeMap<>();
        MARKDOWN.parse(text).accept(new AbstractVisitor() {
            @Override
            protected void visitChildren(Node parent) {
                String name = parent.getClass().getSimpleName();
                if (!List.of("Document", "Paragraph", "Text", "SoftLineBreak", "HardLineBreak").contains(name)) {
                    counts.merge(name, 1, Integer::sum);
                }
                super.visitChildren(parent);
            }

            @Override
            public void visit(CustomBlock block) {
                visitChildren(block);
            }

            @Override
            public void visit(CustomNode node) {
                visitChildren(node);
            }
        });
        return TreeMap.ofAll(counts);
    }

    /** Slack's reading: angle-bracket constructs, styled spans by marker, quoted lines. */
    private static Map<String, Integer> slack(String text) {
        java.util.Map<String, Integer> counts = new java.util.TreeMap<>();
        Matcher angle = Pattern.compile("<[^>\\n]*>").matcher(text);
        while (angle.find()) {
            counts.merge("angle", 1, Integer::sum);
        }
        for (String line : text.split("\n", -1)) {
            if (line.startsWith(">") || line.startsWith("&gt;")) {
                counts.merge("quote", 1, Integer::sum);
            }
            for (char marker : "*_~`".toCharArray()) {
                int spans = spans(line, marker);
                if (spans > 0) {
                    counts.merge("span" + marker, spans, Integer::sum);
                }
            }
        }
        return TreeMap.ofAll(counts);
    }

    /** Spans a marker styles on a line: it opens after an edge before a non-space, closes after a non-space before an edge. */
    private static int spans(String line, char marker) {
        int spans = 0;
        int open = -1;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) != marker) {
                continue;
            }
            boolean afterEdge = i == 0 || edge(line.charAt(i - 1));
            boolean beforeEdge = i == line.length() - 1 || edge(line.charAt(i + 1));
            boolean beforeText = i < line.length() - 1 && !Character.isWhitespace(line.charAt(i + 1));
            boolean afterText = i > 0 && !Character.isWhitespace(line.charAt(i - 1));
            if (open >= 0 && afterText && beforeEdge && i > open + 1) {
                spans++;
                open = -1;
            } else if (afterEdge && beforeText) {
                open = i;
            }
        }
        return spans;
    }

    private static boolean edge(char c) {
        return Character.isWhitespace(c) || !Character.isLetterOrDigit(c) && c != '\u200B';
    }

    @org.junit.jupiter.api.Test
    void the_slack_model_reads_styling_as_slack_does() {
        assertEquals(1, spans("say *this* now", '*'));
        assertEquals(0, spans("snake_case_name", '_'));
        assertEquals(0, spans("2*3*4", '*'));
        assertEquals(0, spans("\u200B*\u200Bthis\u200B*\u200B", '*'));
        assertEquals(TreeMap.of("angle", 1), slack("see <!channel>"));
        assertEquals(HashSet.empty(), HashSet.ofAll(slack(RENDERER.render(planned(TargetFormats.defaults())
                .find(i -> i.format() == ChannelFormat.SLACK_MRKDWN).get())).keySet()).removeAll(HashSet.of("span*",
                "span_")), "our templates style with * and _ only");
    }
}
