package dev.incidentkit.benchmarks;

import dev.incidentkit.incident.IncidentEvent;
import dev.incidentkit.incident.IncidentId;
import dev.incidentkit.incident.IncidentState;
import dev.incidentkit.incident.IncidentStatus;
import dev.incidentkit.notify.ChannelFormat;
import dev.incidentkit.templates.PostmortemReport;
import dev.incidentkit.templates.TemplateCatalogue;
import dev.incidentkit.timeline.Timeline;
import io.vavr.collection.Seq;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The incident report of a long incident: {@link PostmortemReport#render} of the built-in catalogue, in
 * English, times in UTC, for the full incident ({@link Workloads#fullIncidentEvents}) grown to a timeline of
 * exactly 1,000 entries: 120 notes the investigators recorded afterwards and the rest of the incident
 * channel imported (832 chat messages in all), then closed: 168 events. One operation is one whole report: the model
 * built from the state and the events (the timeline derived and sorted, each entry's time formatted), every
 * text escaped for the format, and the template run.
 *
 * @since 0.1.0
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PostmortemReportBenchmark {

    /** Entries in the report's timeline. */
    static final int TIMELINE_ENTRIES = 1000;

    /** The report's format: every format the built-in report has. */
    @Param({"MARKDOWN", "PLAIN_TEXT"})
    public ChannelFormat format;

    private TemplateCatalogue catalogue;
    private IncidentState state;
    private Seq<IncidentEvent> events;
    private int minimumLength;

    /** Creates the benchmark; JMH calls it. */
    public PostmortemReportBenchmark() {}

    /**
     * Builds the incident and checks it: closed, 1,000 timeline entries, and a report that shows them. Also
     * checks that the listed formats are exactly the report's.
     *
     * @throws IllegalStateException if a check fails
     */
    @Setup
    public void setUp() {
        catalogue = TemplateCatalogue.builtIn();
        Set<ChannelFormat> listed = EnumSet.of(ChannelFormat.MARKDOWN, ChannelFormat.PLAIN_TEXT);
        Set<ChannelFormat> actual = EnumSet.noneOf(ChannelFormat.class);
        actual.addAll(catalogue.formats("postmortem-report").toJavaSet());
        if (!listed.equals(actual)) {
            throw new IllegalStateException("the built-in report's formats are " + actual + ", the benchmark lists "
                    + listed + ": update PostmortemReportBenchmark's @Param");
        }
        IncidentId id = IncidentId.of("HUB-1");
        events = Histories.withTimeline(id, TIMELINE_ENTRIES);
        state = Workloads.DECIDER.replay(id, events);
        if (!state.status().contains(IncidentStatus.CLOSED) || state.postmortem().isEmpty()) {
            throw new IllegalStateException("the incident is not closed with its postmortem");
        }
        int entries = Timeline.of(events).size();
        if (entries != TIMELINE_ENTRIES) {
            throw new IllegalStateException("the timeline has " + entries + " entries, not " + TIMELINE_ENTRIES);
        }
        String report = report();
        int lines = report.split("\n", -1).length;
        if (lines < TIMELINE_ENTRIES) {
            throw new IllegalStateException("the report has " + lines + " lines, fewer than its timeline's entries");
        }
        minimumLength = report.length();
    }

    /**
     * One whole report.
     *
     * @return its text
     */
    @Benchmark
    public String report() {
        // with the bookkeeping, so that every entry of the timeline is a row of the report
        String text = PostmortemReport.render(catalogue, format, Locale.ENGLISH, state, events, ZoneOffset.UTC,
                PostmortemReport.Variant.INTERNAL, true).getOrElseThrow(() -> new IllegalStateException("no report in " + format));
        if (text.length() < minimumLength) {
            throw new IllegalStateException("the report is shorter than it was in the set-up");
        }
        return text;
    }
}
