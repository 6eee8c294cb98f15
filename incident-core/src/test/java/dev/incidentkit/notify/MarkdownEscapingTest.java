package dev.incidentkit.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.quicktheories.QuickTheory.qt;

import dev.incidentkit.base.PlainText;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Document;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * Markdown escaping is proved with a real CommonMark parser (commonmark-java, with GitHub's tables and
 * strikethrough): whatever people write, the escaped text parses to plain paragraphs whose text is exactly
 * what they wrote, and plain prose, dates, times and addresses get no backslash at all (issue 20).
 */
class MarkdownEscapingTest {

    private static final List<Extension> GFM = List.of(TablesExtension.create(), StrikethroughExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(GFM).build();

    /** Characters Markdown reads as syntax somewhere, with letters, digits, spaces and line breaks. */
    private static final String HOSTILE = "\\`*_{}[]()#+-.!|<>~&\"':=$^@/ \t\naZ09é";

    private static Gen<String> hostile() {
        Gen<Character> chars = Generate.pick(HOSTILE.chars().mapToObj(c -> (char) c).collect(Collectors.toList()));
        return SourceDSL.lists().of(chars).ofSizeBetween(0, 40)
                .map(cs -> cs.stream().map(String::valueOf).collect(Collectors.joining()));
    }

    private static final List<String> WORDS = List.of("the", "hub's", "proxy", "rolled", "back", "at", "20:04",
            "2026-03-09", "17:10:00Z", "v4.2.1", "users", "(EU)", "it's", "fine,", "mostly.", "see",
            "https://github.com/org/repo_name/issues/12", "snake_case", "50%", "-", "don't", "\"quoted\"", "a/b",
            "$5", "2 * 3", "x=1;", "ok!", "why?", "INC-7", "e-mail");

    private static Gen<String> prose() {
        return SourceDSL.lists().of(Generate.pick(WORDS)).ofSizeBetween(1, 12)
                .map(words -> "Note " + String.join(" ", words));
    }

    @Test
    void hostile_text_renders_as_plain_paragraphs_holding_exactly_the_text() {
        qt().withExamples(20_000).forAll(hostile()).checkAssert(text -> {
            String escaped = SafeText.escape(text, ChannelFormat.MARKDOWN);
            Node document = PARSER.parse(escaped);

            assertOnlyParagraphsOfText(document, text, escaped);
            assertEquals(expectedParagraphText(text), paragraphText(document), () -> "escaped as: " + escaped);
        });
    }

    @Test
    void hostile_text_in_a_table_cell_stays_in_its_cell_exactly() {
        qt().withExamples(20_000).forAll(hostile()).checkAssert(text -> {
            String cell = SafeText.cell(text, ChannelFormat.MARKDOWN);
            Node document = PARSER.parse("| a | b |\n|---|---|\n| " + cell + " | end |\n");

            TableBlock table = (TableBlock) document.getFirstChild();
            List<TableCell> cells = new ArrayList<>();
            collect(table, TableCell.class, cells);
            assertEquals(4, cells.size(), () -> "the cell split the row: " + cell);
            assertEquals(PlainText.line(text).strip(), inlineText(cells.get(2)), () -> "escaped as: " + cell);
            assertEquals("end", inlineText(cells.get(3)));
            assertEquals(document.getFirstChild(), document.getLastChild(), () -> "the cell broke the table: " + cell);
        });
    }

    @Test
    void plain_prose_dates_times_and_addresses_get_no_backslash() {
        qt().withExamples(2_000).forAll(prose()).checkAssert(text -> {
            String escaped = SafeText.escape(text, ChannelFormat.MARKDOWN);
            assertFalse(escaped.contains("\\"), () -> "a backslash in plain prose: " + escaped);
            assertEquals(text, paragraphText(PARSER.parse(escaped)));
        });
    }

    @Test
    void examples_read_as_written() {
        assertEquals("2026-11-23T17:10:00Z, the hub's proxy, https://github.com/org/repo_name/pull/7, PAY-311",
                SafeText.escape("2026-11-23T17:10:00Z, the hub's proxy, https://github.com/org/repo_name/pull/7, PAY-311",
                        ChannelFormat.MARKDOWN));
        assertEquals("\\# not a heading, \\*not\\* emphasis, [a\\](b), \\<b>, a \\| b",
                SafeText.escape("# not a heading, *not* emphasis, [a](b), <b>, a | b", ChannelFormat.MARKDOWN));
        assertEquals("1\\. not a list\n\\- nor this\n\\> nor a quote",
                SafeText.escape("1. not a list\n- nor this\n> nor a quote", ChannelFormat.MARKDOWN));
    }

    /** The document holds paragraphs of text and line breaks only: no markup came from the text. */
    private static void assertOnlyParagraphsOfText(Node document, String text, String escaped) {
        document.accept(new AbstractVisitor() {
            @Override
            protected void visitChildren(Node parent) {
                for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
                    boolean allowed = child instanceof Paragraph || child instanceof Text
                            || child instanceof SoftLineBreak || child instanceof HardLineBreak;
                    if (!allowed) {
                        throw new AssertionError("the text " + quote(text) + " made a " + child.getClass().getSimpleName()
                                + "; escaped as " + quote(escaped));
                    }
                    visitChildren(child);
                }
            }

            @Override
            public void visit(CustomBlock block) {
                throw new AssertionError("the text " + quote(text) + " made a " + block + "; escaped as " + quote(escaped));
            }

            @Override
            public void visit(CustomNode node) {
                throw new AssertionError("the text " + quote(text) + " made a " + node + "; escaped as " + quote(escaped));
            }
        });
        assertEquals(Document.class, document.getClass());
    }

    /**
     * What Markdown can keep of a text: its paragraphs (blank lines separate them) of lines without their
     * leading and trailing spaces, after the clean-up every format gets.
     */
    private static String expectedParagraphText(String text) {
        List<String> paragraphs = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String line : PlainText.text(text).split("\n", -1)) {
            String kept = line.strip();
            if (kept.isEmpty()) {
                if (!current.isEmpty()) {
                    paragraphs.add(String.join("\n", current));
                    current = new ArrayList<>();
                }
            } else {
                current.add(kept);
            }
        }
        if (!current.isEmpty()) {
            paragraphs.add(String.join("\n", current));
        }
        return String.join("\n\n", paragraphs);
    }

    private static String paragraphText(Node document) {
        List<String> paragraphs = new ArrayList<>();
        for (Node p = document.getFirstChild(); p != null; p = p.getNext()) {
            paragraphs.add(inlineText(p));
        }
        return String.join("\n\n", paragraphs);
    }

    private static String inlineText(Node parent) {
        StringBuilder out = new StringBuilder();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text) {
                out.append(((Text) child).getLiteral());
            } else if (child instanceof SoftLineBreak || child instanceof HardLineBreak) {
                out.append('\n');
            } else {
                throw new AssertionError("markup in a cell: " + child);
            }
        }
        return out.toString();
    }

    private static <T extends Node> void collect(Node parent, Class<T> type, List<T> into) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            if (type.isInstance(child)) {
                into.add(type.cast(child));
            }
            collect(child, type, into);
        }
    }

    private static String quote(String s) {
        return "\"" + s.replace("\n", "\\n").replace("\t", "\\t") + "\"";
    }
}
