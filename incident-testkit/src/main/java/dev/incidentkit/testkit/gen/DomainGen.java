package dev.incidentkit.testkit.gen;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.incidentkit.incident.ChatMessage;
import dev.incidentkit.incident.CommandId;
import dev.incidentkit.incident.triage.DeclineRoute;
import dev.incidentkit.incident.Impact;
import dev.incidentkit.incident.IncidentId;
import dev.incidentkit.incident.Link;
import dev.incidentkit.incident.LinkKind;
import dev.incidentkit.report.Assessment;
import dev.incidentkit.report.ReportSource;
import dev.incidentkit.report.Reproduction;
import dev.incidentkit.report.Symptom;
import dev.incidentkit.role.OnCallRoster;
import dev.incidentkit.role.Responder;
import dev.incidentkit.role.ResponderId;
import dev.incidentkit.severity.Severity;
import dev.incidentkit.severity.SeverityScale;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators for the public domain values: identifiers, responders, severities of a
 * given scale, reports from each source, impacts, links, assessments, rosters, chat messages, texts
 * (hostile ones included) and times.
 *
 * <p>Every generator is built from QuickTheories' integer sources with {@code map} and {@code zip}, so
 * a failing value shrinks: numbers towards zero, picks towards the first choice, texts towards the
 * plain ones and times towards the start of their window. Every generated value is valid for its
 * type's factory; texts are valid strings but may be refused by the decider (blank, too long, control
 * characters), which is what they are for.
 *
 * @since 0.1.0
 */
public final class DomainGen {

    /**
     * One-line texts that are valid labels but hostile to every channel a message may go to: markup of
     * each flavour, mass mentions, template syntax, directional overrides, entities and injections.
     */
    private static final List<String> HOSTILE_LINES = List.of(
            "<script>alert('x')</script>",
            "*bold* _italic_ ~strike~ `code` > quote",
            "[click](javascript:alert(1)) <https://evil.example|trusted>",
            "@everyone @here <!channel> <!subteam^S0> @all",
            "{{title}} {{{raw}}} {{#each}}",
            "| a | b |\\|",
            "&amp; &lt;b&gt; &#x27; &quot;",
            "Robert'); DROP TABLE events;--",
            "\"}, {\"injected\": true",
            "emoji \uD83D\uDD25 \uD83D\uDE80",
            "ä ö ü ß é 中文 עברית",
            "# heading ![img](https://evil.example/x.png)");

    /**
     * Free texts with invisible format characters: directional overrides, zero-width spaces and the
     * emoji joiner. Free text may hold them; one-line labels may not.
     */
    private static final List<String> INVISIBLE_TEXTS = List.of(
            "abc\u202Eevil\u202C",
            "zero\u200Bwidth",
            "emoji \uD83D\uDC69\u200D\uD83D\uDCBB");

    /** Free texts that are never valid anywhere: blank, control characters, unpaired surrogates, too long. */
    private static final List<String> BROKEN_TEXTS = List.of(
            "",
            "   ",
            "nul\u0000byte",
            "bell\u0007",
            "half \uD800 surrogate",
            "x".repeat(10_001));

    private static final List<String> PLAIN_LINES = List.of(
            "Hub is down",
            "Users cannot log in",
            "Rolled back the deploy",
            "Proxy leaks memory under load",
            "Quota errors since 12:40",
            "Database failover in progress");

    /** The guide's symptoms and one a process might add. */
    private static final List<Symptom> SYMPTOMS = List.of(Symptom.CANNOT_LOG_IN, Symptom.CANNOT_START_SERVERS,
            Symptom.CANNOT_EXECUTE_CODE, new Symptom("cannot-export-data", "users cannot export their data"));

    private static final List<String> NAMES = List.of("ada", "grace", "linus", "margaret", "barbara", "ken",
            "zoë", "李雷", "o'brien", "x");

    private DomainGen() {}

    /**
     * Incident ids such as {@code INC-1}; shrinks towards {@code INC-1}.
     *
     * @return the generator
     */
    public static Gen<IncidentId> incidentIds() {
        return integers().between(1, 99_999).map(n -> IncidentId.of("INC-" + n));
    }

    /**
     * Command ids such as {@code cmd-1}, now and then a long opaque one.
     *
     * @return the generator
     */
    public static Gen<CommandId> commandIds() {
        return integers().between(1, 99_999).zip(integers().between(0, 9),
                (n, shape) -> CommandId.of(shape == 9 ? "cmd-" + n + "-" + "f".repeat(100) : "cmd-" + n));
    }

    /**
     * Responder ids: short names in several scripts, with a number now and then.
     *
     * @return the generator
     */
    public static Gen<ResponderId> responderIds() {
        return pick(NAMES).zip(integers().between(0, 99), (name, n) -> ResponderId.of(n == 0 ? name : name + n));
    }

    /**
     * Responders: an id and a display name, the name now and then hostile.
     *
     * @return the generator
     */
    public static Gen<Responder> responders() {
        return responderIds().zip(integers().between(0, HOSTILE_LINES.size() + 2), (id, shape) ->
                new Responder(id, shape < 3 ? capitalised(id.value()) : HOSTILE_LINES.get(shape - 3)));
    }

    /**
     * The levels of a severity scale, most severe first when shrinking.
     *
     * @param scale the scale
     * @return the generator
     */
    public static Gen<Severity> severities(SeverityScale scale) {
        Objects.requireNonNull(scale, "scale");
        return pick(scale.levels().toList());
    }

    /**
     * Reports from every source: paging alerts (tagged or not), support tickets, chat reports and
     * manual reports.
     *
     * @return the generator
     */
    public static Gen<ReportSource> reportSources() {
        Gen<ReportSource> paging = integers().between(0, 3).zip(integers().between(1, 999), (tags, n) ->
                new ReportSource.PagingAlert("Alert" + n, tags == 0 ? HashSet.empty()
                        : tags == 1 ? HashSet.of("take immediate action") : HashSet.of("hub", "page"),
                        tags == 3 ? Option.none() : Option.some("PD" + n)));
        Gen<ReportSource> ticket = integers().between(1, 9_999).zip(responderIds(),
                (n, who) -> ReportSource.supportTicket("FD-" + n, who));
        Gen<ReportSource> chat = responderIds().zip(integers().between(0, 1), (who, linked) ->
                new ReportSource.ChatReport("#incidents", who, linked == 0 ? Option.none()
                        : Option.some("https://chat.example.com/archives/C1/p1")));
        Gen<ReportSource> manual = responderIds().map(ReportSource::manual);
        return Generate.oneOf(paging, ticket, chat, manual);
    }

    /**
     * Impacts: a summary (now and then hostile) with or without a count of affected users.
     *
     * @return the generator
     */
    public static Gen<Impact> impacts() {
        return lines().zip(integers().between(-1, 100_000),
                (summary, users) -> users < 0 ? Impact.of(summary) : Impact.of(summary, users));
    }

    /**
     * Links of every kind with a reference that kind accepts.
     *
     * @return the generator
     */
    public static Gen<Link> links() {
        return Generate.enumValues(LinkKind.class).zip(integers().between(1, 999), (kind, n) -> {
            switch (kind) {
                case INCIDENT_CHANNEL:
                    return Link.of(kind, n % 2 == 0 ? "#inc-" + n : "https://chat.example.com/archives/C" + n);
                case TICKET:
                    return Link.of(kind, "FD-" + n);
                case PAGING_INCIDENT:
                    return Link.of(kind, "Q" + n + "W");
                case STATUS_PAGE:
                    return Link.of(kind, "https://status.example.com/incidents/" + n);
                case EMAIL:
                    return Link.of(kind, "representative-" + n + "@example.org");
                default:
                    return Link.of(kind, "https://meet.example.com/inc-" + n);
            }
        });
    }

    /**
     * Triage assessments over every symptom, reproduction state and flag.
     *
     * @return the generator
     */
    public static Gen<Assessment> assessments() {
        return integers().between(0, 1_000).zip(integers().between(0, 255), Generate.enumValues(Reproduction.class),
                (users, flags, reproduction) -> {
                    Assessment.Builder b = Assessment.builder().usersAffected(users).reproduction(reproduction);
                    for (int i = 0; i < SYMPTOMS.size(); i++) {
                        if ((flags & (1 << i)) != 0) {
                            b.symptoms(SYMPTOMS.get(i));
                        }
                    }
                    if ((flags & 16) != 0) {
                        b.customerImpact();
                    }
                    if ((flags & 32) != 0) {
                        b.secondTeamNeeded();
                    }
                    if ((flags & 64) != 0) {
                        b.knownProblem(true);
                    }
                    if ((flags & 128) != 0) {
                        b.financialImpact().unresolvedFor(Duration.ofMinutes(users));
                    }
                    return b.build();
                });
    }

    /**
     * On-call rosters drawn from the given people: empty, or a primary and secondary (each available or
     * not) and a team.
     *
     * @param people the people to draw from; at least two
     * @return the generator
     */
    public static Gen<OnCallRoster> rosters(List<Responder> people) {
        Objects.requireNonNull(people, "people");
        if (people.size() < 2) {
            throw new IllegalArgumentException("a roster needs at least two people, got " + people.size());
        }
        return integers().between(0, people.size() * people.size() * 4).map(n -> {
            if (n == 0) {
                return OnCallRoster.empty();
            }
            int primary = n % people.size();
            int secondary = (primary + 1 + (n / people.size()) % (people.size() - 1)) % people.size();
            boolean primaryAvailable = (n & 1) == 0;
            boolean secondaryAvailable = (n & 2) == 0;
            return OnCallRoster.of(member(people.get(primary), primaryAvailable),
                    member(people.get(secondary), secondaryAvailable), "team",
                    member(people.get((secondary + 1) % people.size()), true));
        });
    }

    /**
     * Declines' routes: to the support queue or the product backlog, with or without a reference.
     *
     * @return the generator
     */
    public static Gen<DeclineRoute> declineRoutes() {
        return Generate.enumValues(DeclineRoute.Destination.class).zip(integers().between(0, 999),
                (to, n) -> n == 0 ? DeclineRoute.to(to) : DeclineRoute.to(to, "FD-" + n));
    }

    /**
     * Chat messages in one channel within a window, now and then a threaded reply, a hostile text or a
     * message from someone outside the response.
     *
     * @param channel the channel
     * @param from the window's start
     * @param window how long the window is; positive
     * @return the generator
     */
    public static Gen<ChatMessage> chatMessages(String channel, Instant from, Duration window) {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(channel, "channel");
        return integers().between(1, 9_999).zip(instants(from, window), responderIds(), texts(),
                (n, at, who, text) -> n % 5 == 0
                        ? ChatMessage.inThread(channel, "m" + n, "m" + (n - 1), who, at, text)
                        : ChatMessage.inChannel(channel, "m" + n, who, at, text));
    }

    /**
     * One-line texts: plain sentences most often, hostile ones (markup, mentions, template syntax,
     * directional overrides, other scripts) now and then. All are acceptable labels.
     *
     * @return the generator
     */
    public static Gen<String> lines() {
        return Generate.frequency(java.util.List.of(
                Pair.of(3, pick(PLAIN_LINES)),
                Pair.of(2, hostileLines())));
    }

    /**
     * One-line texts hostile to some channel but valid as labels.
     *
     * @return the generator
     */
    public static Gen<String> hostileLines() {
        return pick(HOSTILE_LINES);
    }

    /**
     * Free texts: plain, hostile, multi-line, with invisible format characters, and now and then one that no rule accepts (blank, control
     * characters, unpaired surrogates, longer than the limit), so that rejections are exercised too.
     *
     * @return the generator
     */
    public static Gen<String> texts() {
        Gen<String> multiLine = pick(PLAIN_LINES).zip(hostileLines(), (a, b) -> a + "\n\n" + b + "\n- item\n```\ncode\n```");
        return Generate.frequency(java.util.List.of(
                Pair.of(4, pick(PLAIN_LINES)),
                Pair.of(3, hostileLines()),
                Pair.of(2, multiLine),
                Pair.of(1, pick(INVISIBLE_TEXTS)),
                Pair.of(1, pick(BROKEN_TEXTS))));
    }

    /**
     * Instants within a window, to the minute; shrinks towards the window's start.
     *
     * @param from the window's start
     * @param window how long the window is; not negative
     * @return the generator
     */
    public static Gen<Instant> instants(Instant from, Duration window) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(from, "from");
        if (window.isNegative()) {
            throw new IllegalArgumentException("the window must not be negative: " + window);
        }
        return longs().between(0, window.toMinutes()).map(minutes -> from.plus(Duration.ofMinutes(minutes)));
    }

    private static <T> Gen<T> pick(List<T> choices) {
        return integers().between(0, choices.size() - 1).map(choices::get);
    }

    private static OnCallRoster.Member member(Responder responder, boolean available) {
        return available ? OnCallRoster.Member.available(responder) : OnCallRoster.Member.unavailable(responder);
    }

    private static String capitalised(String id) {
        return id.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + id.substring(1);
    }
}
