package dev.incidentkit.benchmarks;

import dev.incidentkit.notify.ChannelFormat;
import dev.incidentkit.templates.TemplateCatalogue;
import dev.incidentkit.templates.TemplateModel;
import dev.incidentkit.templates.TemplateSchema;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Rendering the built-in templates ({@link TemplateCatalogue#builtIn()}), one key at a time: one operation
 * renders the key in every format it has in English ({@link TemplateCatalogue#formats}: three or four), with
 * a realistic model filled from the key's {@link TemplateSchema}: the facts of an hour-old SEV1 outage of
 * the hub's logins, texts of the length teams write, and for the incident report four action items and a
 * 30-row timeline. Rendering escapes every text for its format, then runs the Mustache template.
 *
 * <p>The keys are listed literally, so that the results name them; the set-up fails if the catalogue's keys
 * are not exactly these (a template added or removed), if a field has no realistic value here, or if a
 * render gives no text.
 *
 * @since 0.1.0
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class TemplateBenchmark {

    /** The template key; every built-in key by default. */
    @Param({"first-response", "status-update", "resolution-notice", "status-page-update", "channel-kickoff",
        "role-handoff", "ticket-assignment", "paging-reassignment", "paging-note", "paging-trigger",
        "paging-acknowledge", "paging-resolve", "information-request", "reporter-update", "resolved",
        "decline-notice", "postmortem-published", "postmortem-report"})
    public String key;

    private static final Instant DETECTED = Workloads.T0.minusSeconds(300);
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'",
            Locale.ROOT).withZone(ZoneOffset.UTC);

    private TemplateCatalogue catalogue;
    private ChannelFormat[] formats;
    private TemplateModel model;

    /** Creates the benchmark; JMH calls it. */
    public TemplateBenchmark() {}

    /**
     * Loads the built-in catalogue, checks that its keys are the listed ones, fills the key's model and
     * checks that every format renders to text.
     *
     * @throws IllegalStateException if the keys differ, a field has no value here, or a render fails
     */
    @Setup
    public void setUp() {
        catalogue = TemplateCatalogue.builtIn();
        Set<String> listed;
        try {
            listed = new TreeSet<>(java.util.List.of(
                    TemplateBenchmark.class.getField("key").getAnnotation(Param.class).value()));
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
        Set<String> actual = new TreeSet<>(catalogue.keys().toJavaSet());
        if (!listed.equals(actual)) {
            throw new IllegalStateException("the benchmark lists the template keys " + listed
                    + " but the built-in catalogue has " + actual + ": update TemplateBenchmark's @Param");
        }
        TemplateSchema schema = catalogue.schema(key).getOrElseThrow(() -> new IllegalStateException("no " + key));
        model = fill(schema);
        formats = catalogue.formats(key).toJavaArray(ChannelFormat[]::new);
        if (formats.length == 0) {
            throw new IllegalStateException(key + " has no English template");
        }
        for (ChannelFormat format : formats) {
            Option<String> text = catalogue.render(key, format, Locale.ENGLISH, model);
            if (text.isEmpty() || text.get().isBlank()) {
                throw new IllegalStateException(key + " in " + format + " rendered no text");
            }
        }
    }

    /**
     * The key rendered in each of its formats.
     *
     * @param texts takes each rendered text
     */
    @Benchmark
    public void renderEveryFormat(Blackhole texts) {
        for (ChannelFormat format : formats) {
            Option<String> text = catalogue.render(key, format, Locale.ENGLISH, model);
            if (text.isEmpty()) {
                throw new IllegalStateException(key + " in " + format + " rendered nothing");
            }
            texts.consume(text.get());
        }
    }

    /** A model with every field of the schema: realistic texts, flags set, lists of realistic length. */
    private static TemplateModel fill(TemplateSchema schema) {
        TemplateModel m = TemplateModel.empty();
        for (var field : schema.fields()) {
            String name = field._1;
            switch (field._2) {
                case FLAG -> m = m.flag(name, true);
                case LIST -> {
                    TemplateSchema item = schema.items().get(name).get();
                    m = m.list(name, name.equals("timeline") ? timeline(item) : actionItems(item));
                }
                default -> m = m.text(name, value(name));
            }
        }
        return m;
    }

    private static Vector<TemplateModel> actionItems(TemplateSchema item) {
        String[][] items = {
            {"Alert on the proxy's open file handles", "https://github.com/example-org/hub/issues/101", "done",
                "Georgia Expert", "2026-11-30"},
            {"Load test the proxy with idle upstream connections held open for an hour", "hub#102", "open",
                "Ada Lovelace", "2026-12-07"},
            {"Pin the proxy's version in the hub chart and upgrade on purpose", "", "unknown", "", ""},
            {"Move every hub to the new ingress", "https://github.com/example-org/hub/issues/87", "won't do", "", ""}};
        return Vector.of(items).map(i -> checked(item, TemplateModel.empty().text("text", i[0]).text("issue", i[1])
                .flag("done", i[2].equals("done")).flag("wontDo", i[2].equals("won't do"))
                .flag("unknown", i[2].equals("unknown")).text("owner", i[3]).text("due", i[4])));
    }

    private static Vector<TemplateModel> timeline(TemplateSchema row) {
        String[][] moments = {
            {"reported", "reported: Hub at hub.example.org answers 503 for every login (paging alert JupyterHubDown)"},
            {"declared", "declared SEV2: Logins fail on hub.example.org (nobody can log in to the hub; Managed "
                    + "JupyterHubs)"},
            {"role", "Georgia Expert became INCIDENT_COMMANDER (first available on the on-call roster)"},
            {"link", "linked the incident channel #incident-2026-11-23-hub-logins"},
            {"chat message", "proxy pod 3 restarted; error rate 41% on hub-7"},
            {"debugging", "kubectl -n hub logs deploy/proxy --since=1h shows 'too many open files'"},
            {"update", "Logins to hub.example.org fail. We are investigating and will update here within three "
                    + "hours."},
            {"hypothesis", "the 4.2.0 upgrade keeps idle upstream connections open"},
            {"fix attempt", "raised the proxy's open file limit to 65536 on hub-7"},
            {"chat message", "hub-7 looks better, hub-2 still failing"}};
        Vector<TemplateModel> rows = Vector.empty();
        for (int i = 0; i < 30; i++) {
            String[] moment = moments[i % moments.length];
            rows = rows.append(checked(row, TemplateModel.empty()
                    .text("time", MINUTES.format(DETECTED.plus(Duration.ofMinutes(6L * i))))
                    .text("kind", moment[0]).text("event", moment[1])));
        }
        return rows;
    }

    /** The item, after checking that the filler knows every field of the item schema. */
    private static TemplateModel checked(TemplateSchema item, TemplateModel filled) {
        for (String field : item.fields().keySet()) {
            if (!java.util.List.of("text", "issue", "done", "wontDo", "unknown", "owner", "due", "time", "kind",
                    "event").contains(field)) {
                throw new IllegalStateException("no realistic value for the list item field '" + field + "'");
            }
        }
        return filled;
    }

    /** The realistic value of a text, line or web address field. */
    private static String value(String field) {
        return switch (field) {
            case "incident" -> "HUB-1";
            case "title" -> "Logins fail on hub.example.org";
            case "severity" -> "SEV1";
            case "status" -> "DECLARED";
            case "statusText" -> "investigating";
            case "at" -> Workloads.T0.toString();
            case "zone" -> "UTC";
            case "nextUpdateAt" -> "11:45 UTC";
            case "nextUpdateIn" -> "in about 3 hours";
            case "postmortemRequired" -> "yes";
            case "fromId" -> "sam";
            case "toId" -> "chris";
            case "routeHere" -> "";
            case "destination" -> "SUPPORT_TICKET";
            case "reference" -> "FD-2042";
            case "zoneName" -> "Coordinated Universal Time";
            case "text" -> "Logins to hub.example.org fail for every user since 08:45 UTC. We found the cause in "
                    + "the login proxy and are rolling it back on every hub; the next update follows within three "
                    + "hours.";
            case "audience" -> "stakeholders";
            case "nextUpdateBy" -> Workloads.T0.plus(Duration.ofHours(3)).toString();
            case "roles" -> "Incident Commander: Chris Night; Communications Liaison: Erin Liaison; Subject Matter Expert: Yuvi Lead";
            case "role" -> "INCIDENT_COMMANDER";
            case "from" -> "sam";
            case "to" -> "Chris Night";
            case "assignee" -> "Erin Liaison";
            case "assigneeId" -> "erin";
            case "dedupKey" -> "HUB-1";
            case "note" -> "Chris Night is the incident commander now; proxy fix in test, next update 20:00 UTC.";
            case "question" -> "Which browser do you use, and when did your server last start for you?";
            case "verification" -> "Logged in as a test user on three hubs; p95 login time under a second for an "
                    + "hour.";
            case "reason" -> "A single user's storage quota question, not an outage of the service.";
            case "route" -> "support ticket FD-2042";
            case "howToReport" -> "https://status.example.org/report-a-problem";
            case "location" -> "https://github.com/example-org/incident-reports/blob/main/2026/HUB-1.md";
            case "reportStatus" -> "published";
            case "owner" -> "Chris Night";
            case "impactStart" -> "2026-11-23 08:45 UTC";
            case "impactEnd" -> "2026-11-23 12:00 UTC";
            case "duration" -> "3 h 15 min";
            case "overview" -> "For about three hours nobody could log in to hub.example.org. Running servers "
                    + "kept working, but no new session could start.";
            case "whatHappened" -> "At 08:40 UTC the login proxy was upgraded to 4.2.0 on every hub. From 08:45 "
                    + "logins failed with HTTP 503; the paging alert fired at 08:55 and the on-call engineer "
                    + "declared a SEV2, raised to SEV1 when every region turned out to be affected.";
            case "resolution" -> "The proxy was rolled back to 4.1.3 on every hub; logins worked again at 12:00.";
            case "rootCause" -> "Proxy 4.2.0 does not close idle upstream connections, so each hub ran out of "
                    + "file handles within minutes. The load test held no idle connections open.";
            case "lucky" -> "The upgrade happened on a Monday morning, with the proxy's maintainer at work.";
            case "wentWell" -> "The alert fired within ten minutes; the handoff to the evening commander was "
                    + "clean.";
            case "wentBadly" -> "The first rollback missed two hubs, and the incident was reopened.";
            default -> throw new IllegalStateException("no realistic value for the field '" + field + "'");
        };
    }
}
