package dev.incidentkit.benchmarks;

import com.sun.management.HotSpotDiagnosticMXBean;
import dev.incidentkit.incident.IncidentEvent;
import dev.incidentkit.incident.IncidentId;
import dev.incidentkit.incident.IncidentState;
import dev.incidentkit.incident.StatusUpdate;
import dev.incidentkit.incident.communication.CommunicationEvent;
import dev.incidentkit.store.InMemoryEventStore;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.openjdk.jol.info.GraphLayout;
import org.openjdk.jol.info.GraphStats;

/**
 * Retained memory per incident as a function of its timeline entries, measured with JOL: how many bytes
 * an application keeps for each incident it holds as an {@link IncidentState}, and for each incident
 * whose event stream an {@link InMemoryEventStore} keeps, beyond the text of the entries.
 *
 * <p>The incident is {@link Workloads#progressUpdateEvents(IncidentId, int)}: a SEV3 incident reported
 * from a support ticket and declared, then {@code k} progress updates. One entry is one progress update
 * to the stakeholders with its own text of about a hundred characters: one
 * {@link CommunicationEvent.UpdatePosted} event in the stream, one {@link StatusUpdate} in the state (and the
 * applied command's id, which the state keeps for idempotency), one entry of the timeline. For each
 * {@code k} in 0, 10, 100 and 1,000, {@code n} incidents with distinct ids and texts (1,000, but 100 at
 * 1,000 entries; 10 in quick mode) are appended to an in-memory store event by event and loaded from it
 * by replay. Then:
 * <ul>
 *   <li>the state figure is the retained size of the {@code n} states (everything reachable from them,
 *       each object once), less the retained size of the entries' text strings (the {@code String}s
 *       and their byte arrays), divided by {@code n};
 *   <li>the stream figure is the same for the {@code n} streams the store returns ({@link Vector}s of
 *       events);
 *   <li>the third figure is the two together, so that what the state and its events share (texts'
 *       neighbours: ids, instants, command ids) is counted once.
 * </ul>
 * The incident's own strings (ids, summary, title) are counted; objects that every incident shares
 * (enum constants, the severity, the responders) are counted once and spread over the {@code n}
 * incidents. A least-squares line through the four points gives bytes per incident (its intercept) and
 * bytes per entry (its slope).
 *
 * <p>JOL cannot take the field offsets of records on JDK 16 and later through {@code Unsafe}; this class
 * sets JOL's {@code jol.magicFieldOffset} property (unless already set), with which JOL finds them by
 * experiment, and checks on the smallest case that {@link GraphStats} (used because it keeps no record
 * per object) agrees with {@link GraphLayout}.
 *
 * <p>Run it with {@code java -cp ... dev.incidentkit.benchmarks.Footprint OUT.md [--quick]}; it writes
 * a Markdown section to {@code OUT.md} and prints it.
 *
 * @since 0.1.0
 */
public final class Footprint {

    /** The numbers of entries per incident measured. */
    static final int[] ENTRIES = {0, 10, 100, 1_000};

    /** Incidents per measurement, at most. */
    static final int INCIDENTS = 1_000;

    /** Incidents per measurement in quick mode. */
    static final int QUICK_INCIDENTS = 10;

    /**
     * Entries per measurement, at most: 100 incidents of 1,000 entries rather than 1,000 (JOL walks about
     * 15 objects per entry, reflectively, and keeps each in an identity set; a million entries would take
     * minutes and gigabytes).
     */
    static final int MAX_ENTRIES = 100_000;

    /** The argument that asks for quick mode. */
    static final String QUICK = "--quick";

    private Footprint() {}

    /**
     * Measures, writes the Markdown section to a file and prints it.
     *
     * @param args the output file's path, then optionally {@code --quick} for 10 incidents per point
     *     instead of 1,000 (100 at 1,000 entries), for tests: the same table, rougher figures
     * @throws IOException if the file cannot be written
     * @throws IllegalArgumentException if the arguments are not a path and an optional {@code --quick}
     * @throws IllegalStateException if a workload is not what it claims, or JOL's two walkers disagree
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2 || (args.length == 2 && !QUICK.equals(args[1]))) {
            throw new IllegalArgumentException("usage: Footprint OUTPUT.md [" + QUICK + "]");
        }
        if (System.getProperty("jol.magicFieldOffset") == null) {
            System.setProperty("jol.magicFieldOffset", "true");
        }
        if (System.getProperty("jol.skipDynamicAttach") == null) {
            System.setProperty("jol.skipDynamicAttach", "true");
        }
        int most = args.length == 2 ? QUICK_INCIDENTS : INCIDENTS;
        List<Point> points = new ArrayList<>();
        for (int entries : ENTRIES) {
            points.add(measure(entries, Math.min(most, MAX_ENTRIES / Math.max(1, entries))));
        }
        String markdown = markdown(points);
        Path out = Path.of(args[0]);
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        Files.writeString(out, markdown, StandardCharsets.UTF_8);
        System.out.print(markdown);
    }

    /**
     * The retained bytes per incident at one number of entries, beyond the entries' texts.
     *
     * @param entries entries per incident
     * @param incidents how many incidents were measured
     * @param state bytes per incident in the state
     * @param stream bytes per incident in the stream
     * @param both bytes per incident in the state and stream together
     * @param textPerEntry the bytes of one entry's text (its {@code String} and byte array), on average
     */
    record Point(int entries, int incidents, double state, double stream, double both, double textPerEntry) {}

    /** Builds {@code incidents} incidents of {@code entries} entries and measures them. */
    static Point measure(int entries, int incidents) {
        InMemoryEventStore store = new InMemoryEventStore();
        List<Object> states = new ArrayList<>(incidents);
        List<Object> streams = new ArrayList<>(incidents);
        Set<String> texts = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int i = 0; i < incidents; i++) {
            IncidentId id = IncidentId.of("MEM-" + entries + "-" + i);
            for (IncidentEvent event : Workloads.progressUpdateEvents(id, entries)) {
                store.append(id, event.sequence() - 1, Vector.of(event)).getOrElseThrow(
                        conflict -> new IllegalStateException("the store refused " + event.header().eventId()));
            }
            Seq<IncidentEvent> stream = store.read(id);
            IncidentState state = Workloads.DECIDER.replay(id, stream);
            Seq<String> stateTexts = state.statusUpdates().map(StatusUpdate::text);
            Seq<String> streamTexts = stream.filter(CommunicationEvent.UpdatePosted.class::isInstance)
                    .map(e -> ((CommunicationEvent.UpdatePosted) e).text());
            if (state.version() != stream.size() || stateTexts.size() != entries || streamTexts.size() != entries) {
                throw new IllegalStateException(id + " has " + streamTexts.size() + " updates in its stream of "
                        + stream.size() + " events and " + stateTexts.size() + " status updates at version "
                        + state.version() + "; expected " + entries);
            }
            stateTexts.forEach(texts::add);
            streamTexts.forEach(texts::add);
            states.add(state);
            streams.add(stream);
        }
        if (texts.size() != entries * incidents) {
            throw new IllegalStateException("the state and the stream do not share the entries' " + entries * incidents
                    + " texts: " + texts.size() + " distinct strings");
        }
        if (entries == 0) {
            checkWalkersAgree(states.toArray());
        }
        List<Object> both = new ArrayList<>(states);
        both.addAll(streams);
        long textBytes = texts.isEmpty() ? 0 : retained(texts.toArray());
        double n = incidents;
        return new Point(entries, incidents, (retained(states.toArray()) - textBytes) / n,
                (retained(streams.toArray()) - textBytes) / n, (retained(both.toArray()) - textBytes) / n,
                entries == 0 ? 0 : textBytes / (double) (entries * incidents));
    }

    /** Everything reachable from the roots, each object counted once; the roots' container is not. */
    private static long retained(Object[] roots) {
        return GraphStats.parseInstance(roots).totalSize();
    }

    /** Checks that GraphStats, which keeps no record per object, adds up as GraphLayout does. */
    private static void checkWalkersAgree(Object[] roots) {
        long stats = retained(roots);
        long layout = GraphLayout.parseInstance(roots).totalSize();
        if (stats != layout || stats <= 0) {
            throw new IllegalStateException("JOL's GraphLayout says " + layout + " bytes, GraphStats " + stats);
        }
    }

    /**
     * The least-squares line through the points of one figure.
     *
     * @return {intercept, slope}
     */
    static double[] fit(int[] x, double[] y) {
        double mx = 0;
        double my = 0;
        for (int i = 0; i < x.length; i++) {
            mx += x[i];
            my += y[i];
        }
        mx /= x.length;
        my /= x.length;
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
        }
        double slope = sxy / sxx;
        return new double[] {my - slope * mx, slope};
    }

    /** The Markdown section: the JVM, what was measured, the table and the fitted lines. */
    static String markdown(List<Point> points) {
        int[] x = points.stream().mapToInt(Point::entries).toArray();
        double[] state = fit(x, points.stream().mapToDouble(Point::state).toArray());
        double[] stream = fit(x, points.stream().mapToDouble(Point::stream).toArray());
        double[] both = fit(x, points.stream().mapToDouble(Point::both).toArray());
        double text = points.stream().mapToDouble(Point::textPerEntry).filter(t -> t > 0).average().orElse(0);
        StringBuilder md = new StringBuilder();
        md.append("## Retained memory per incident\n\n");
        md.append("Measured by `Footprint` with JOL (`GraphStats`, the totals of `GraphLayout.parseInstance`) on ")
                .append(jvm()).append(".\n\n");
        md.append("An incident is a SEV3 incident reported from a support ticket and declared; an entry is a")
                .append(" progress update to the stakeholders with its own text (one `UpdatePosted` event in the")
                .append(" stream; one `StatusUpdate` and the applied command's id in the state; one timeline")
                .append(" entry). Bytes per incident are retained bytes beyond the entries' texts (")
                .append(String.format(Locale.ROOT, "%.0f", text))
                .append(" B per text, `String` and byte array, subtracted); the incident's own strings are")
                .append(" counted, objects every incident shares are spread over them. \"Both\" counts what the")
                .append(" state and its stream share once.\n\n");
        md.append("| entries per incident | incidents measured | state (B/incident) | event stream (B/incident)"
                + " | both (B/incident) |\n");
        md.append("|---:|---:|---:|---:|---:|\n");
        for (Point p : points) {
            md.append(String.format(Locale.ROOT, "| %,d | %,d | %,.0f | %,.0f | %,.0f |%n", p.entries(), p.incidents(),
                    p.state(), p.stream(), p.both()));
        }
        md.append(String.format(Locale.ROOT, "| fit: bytes per incident (intercept) | | %,.0f | %,.0f | %,.0f |%n",
                state[0], stream[0], both[0]));
        md.append(String.format(Locale.ROOT, "| fit: bytes per entry (slope) | | %,.1f | %,.1f | %,.1f |%n",
                state[1], stream[1], both[1]));
        return md.toString();
    }

    /** The JVM's name and version, and its pointer sizes. */
    private static String jvm() {
        String name = System.getProperty("java.vm.name") + " " + System.getProperty("java.vm.version");
        try {
            HotSpotDiagnosticMXBean hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            boolean oops = Boolean.parseBoolean(hotspot.getVMOption("UseCompressedOops").getValue());
            boolean classes = Boolean.parseBoolean(hotspot.getVMOption("UseCompressedClassPointers").getValue());
            String alignment = hotspot.getVMOption("ObjectAlignmentInBytes").getValue();
            return name + ", compressed oops " + (oops ? "on" : "off") + ", compressed class pointers "
                    + (classes ? "on" : "off") + ", " + alignment + "-byte object alignment";
        } catch (RuntimeException notHotSpot) {
            return name + " (compressed oops unknown: not a HotSpot VM)";
        }
    }
}
