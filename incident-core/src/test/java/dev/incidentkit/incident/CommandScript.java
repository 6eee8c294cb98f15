package dev.incidentkit.incident;

import static dev.incidentkit.incident.IncidentFixtures.INC;
import static dev.incidentkit.incident.IncidentFixtures.OTHER;
import static dev.incidentkit.incident.IncidentFixtures.SCALE;
import static dev.incidentkit.incident.IncidentFixtures.T0;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.incidentkit.report.ReportSource;
import dev.incidentkit.role.Audience;
import dev.incidentkit.role.OnCallRoster.Member;
import dev.incidentkit.role.OnCallRoster;
import dev.incidentkit.role.Responder;
import dev.incidentkit.role.ResponderId;
import dev.incidentkit.role.Role;
import dev.incidentkit.severity.Severity;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Random command sequences for one incident, valid and invalid mixed: a generated list of small
 * {@link Step}s, each turned into a concrete command when it is its turn, looking at the state so far
 * to pick plausible actors (the commander, the investigator, the responder offered a role) and
 * targets (a role's holder, an open offer) as well as implausible ones.
 *
 * <p>Steps are plain numbers so that QuickTheories can shrink a failing list to a short one; zero is
 * "skip" for the kind and "the commander" for the actor, so a shrunk script shows only the commands
 * that matter, issued by someone allowed to.
 */
final class CommandScript {

    /**
     * Skip (0), thirteen lifecycle commands (1..13), eight role commands (14..21), four triage and
     * communication commands (22..25), a chat import (26), eight postmortem commands (27..34), repeat an
     * id (35).
     */
    static final int KINDS = 36;

    private static final int REPEAT = KINDS - 1;

    static final List<Responder> PEOPLE = List.of(Responder.of("ada", "Ada"), Responder.of("grace", "Grace"),
            Responder.of("linus", "Linus"), Responder.of("alertmanager", "Alertmanager"));
    private static final String[] REFERENCES = {"#inc-7", "FD-4711", "https://status.example.com/i/1"};
    private static final List<ChatMessage> CHAT = List.of(
            ChatMessage.inChannel("#inc-7", "m1", ResponderId.of("ada"), T0.plus(Duration.ofMinutes(3)), "looking"),
            ChatMessage.inChannel("#inc-7", "m2", ResponderId.of("community-rep"), T0.plus(Duration.ofMinutes(9)),
                    "students see 503"),
            ChatMessage.inThread("#inc-7", "m3", "m2", ResponderId.of("ada"), T0.plus(Duration.ofMinutes(10)), "thanks"),
            ChatMessage.inChannel("#random", "r1", ResponderId.of("grace"), T0.plus(Duration.ofMinutes(11)), "lunch?"),
            ChatMessage.inChannel("#inc-7", "m4", ResponderId.of("grace"), T0.plus(Duration.ofMinutes(40)), "fixed?"),
            ChatMessage.inChannel("#inc-7", "m5", ResponderId.of("ada"), T0.plus(Duration.ofMinutes(300)), "later"),
            ChatMessage.inChannel("#inc-7", "m6", ResponderId.of("ada"), T0.plus(Duration.ofMinutes(600)), "much later"));

    /**
     * One step of a script.
     *
     * @param kind 0 to skip, 1..34 for a command, 35 to repeat an earlier command's id (exactly, or with
     *     another command under it)
     * @param minutes how far the clock moves before the step; negative now and then
     * @param variant picks the command's details, including invalid ones
     * @param actor who issues it: 0 the commander, 1 the investigator, 2 whoever was offered a role,
     *     3..6 one of {@link #PEOPLE}
     */
    record Step(int kind, int minutes, int variant, int actor) {}

    /**
     * One command of a played script: the state it met and what the decider made of it.
     *
     * @param command the command
     * @param before the state it was decided against
     * @param outcome the rejection, or the events and the new state
     */
    record Played(IncidentCommand command, IncidentState before, Either<Rejection, Decision> outcome) {}

    private CommandScript() {}

    /** Plays a script through a decider from an empty incident, step by step. */
    static Vector<Played> play(java.util.List<Step> steps, IncidentDecider decider) {
        Vector<Played> played = Vector.empty();
        IncidentState state = IncidentState.empty(INC);
        Instant now = start();
        for (int i = 0; i < steps.size(); i++) {
            now = now.plus(Duration.ofMinutes(steps.get(i).minutes()));
            Option<IncidentCommand> next = command(steps.get(i), i, now, played.map(Played::command), state);
            if (next.isEmpty()) {
                continue;
            }
            IncidentCommand command = next.get();
            now = later(now, command.recordedAt());
            Either<Rejection, Decision> outcome = decider.apply(command, state);
            played = played.append(new Played(command, state, outcome));
            state = outcome.map(Decision::state).getOrElse(state);
        }
        return played;
    }

    static Gen<java.util.List<Step>> scripts(int maxLength) {
        Gen<Step> step = kinds().zip(minutes(), integers().between(0, 5), actors(), Step::new);
        return lists().of(step).ofSizeBetween(1, maxLength);
    }

    /**
     * Kinds weighted so that scripts get deep: reports and declarations come early and often, the
     * commands that end an incident (decline, cancel, merge, close) are rare, and the role commands
     * are frequent enough to build up offers and answers.
     */
    private static Gen<Integer> kinds() {
        java.util.List<Pair<Integer, Gen<Integer>>> weighted = new java.util.ArrayList<>();
        for (int kind = 0; kind < KINDS; kind++) {
            int weight = kind == 6 || kind == 9 || kind == 13 ? 6 : kind == 1 || kind == 2 ? 4
                    : kind == 3 || kind == 11 || kind == 12 ? 1
                    : kind == 16 ? 6 : kind >= 14 && kind <= 21 ? 3 : kind == 27 ? 4
                    : kind == 0 || kind == REPEAT ? 1 : 2;
            weighted.add(Pair.of(weight, Generate.constant(kind)));
        }
        return Generate.frequency(weighted);
    }

    /** Mostly a few minutes between commands, now and then long enough for an offer to expire, rarely a step back. */
    private static Gen<Integer> minutes() {
        return Generate.frequency(java.util.List.of(
                Pair.of(8, integers().between(0, 10)),
                Pair.of(3, integers().between(11, 45)),
                Pair.of(1, integers().between(46, 120)),
                Pair.of(1, integers().between(-3, -1))));
    }

    /** The commander most often, then the investigator and whoever was offered a role, then anyone. */
    private static Gen<Integer> actors() {
        return Generate.frequency(java.util.List.of(
                Pair.of(3, Generate.constant(0)),
                Pair.of(2, Generate.constant(1)),
                Pair.of(2, Generate.constant(2)),
                Pair.of(2, integers().between(3, 6))));
    }

    /**
     * The command a step stands for, given the commands so far and the state they led to; none for a
     * skip. A command may be recorded later than {@code now} (an answer that comes too late); the
     * caller's clock then moves on from there.
     */
    static Option<IncidentCommand> command(Step step, int index, Instant now, Vector<IncidentCommand> earlier,
            IncidentState state) {
        if (step.kind() == 0 || (step.kind() == REPEAT && earlier.isEmpty())) {
            return Option.none();
        }
        if (step.kind() == REPEAT) {
            IncidentCommand repeated = earlier.get(step.variant() % earlier.size());
            return Option.some(step.variant() % 2 == 0
                    ? repeated
                    : new IncidentCommand.Cancel(repeated.header(), "a different command under a used id"));
        }
        CommandHeader h = CommandHeader.of(CommandId.of("c" + index), INC, actor(step.actor(), state), now);
        if (state.isIn(IncidentStatus.IN_REVIEW) && step.kind() >= 14 && step.kind() <= 21 && step.variant() <= 2) {
            return Option.some(nextReviewStep(CommandId.of("c" + index), now, state));
        }
        return Option.some(command(step.kind() - 1, step.variant(), step.actor(), h, now, state));
    }

    /**
     * The next step of the postmortem's review workflow, by whoever takes it: the owner asks for review,
     * another participant reviews, the commander marks it reviewed, the owner publishes, the commander
     * shares and closes. Without it random scripts would almost never get a report published.
     */
    private static IncidentCommand nextReviewStep(CommandId id, Instant now, IncidentState state) {
        dev.incidentkit.postmortem.Postmortem pm = state.postmortem().get();
        ResponderId commander = state.holders(Role.INCIDENT_COMMANDER).headOption().getOrElse(pm.owner());
        ResponderId other = state.participants().keySet().toList().find(p -> !p.equals(pm.owner()))
                .getOrElse(PEOPLE.get(2).id());
        java.util.function.Function<ResponderId, CommandHeader> by = actor -> CommandHeader.of(id, INC, actor, now);
        switch (pm.status()) {
            case DRAFT:
                return new IncidentCommand.RequestReview(by.apply(pm.owner()));
            case IN_REVIEW:
                return pm.reviews().isEmpty()
                        ? new IncidentCommand.ReviewPostmortem(by.apply(other), "Added the missing graph.")
                        : new IncidentCommand.MarkReviewed(by.apply(commander));
            case REVIEWED:
                return new IncidentCommand.PublishPostmortem(by.apply(pm.owner()),
                        "https://github.com/example/incident-reports/blob/main/reports/inc-7.md");
            default:
                return pm.sharedAt().isEmpty()
                        ? new IncidentCommand.SharePostmortem(by.apply(commander))
                        : new IncidentCommand.Close(by.apply(commander));
        }
    }

    static Instant start() {
        return T0;
    }

    private static ResponderId actor(int pick, IncidentState state) {
        switch (pick) {
            case 0:
                return state.holders(Role.INCIDENT_COMMANDER).headOption().getOrElse(PEOPLE.get(0).id());
            case 1:
                return state.holders(Role.INVESTIGATOR).headOption().getOrElse(PEOPLE.get(1).id());
            case 2:
                return state.openHandoffs().values().headOption().map(h -> h.to().id()).getOrElse(PEOPLE.get(2).id());
            default:
                return PEOPLE.get(pick - 3).id();
        }
    }

    private static IncidentCommand command(int kind, int v, int a, CommandHeader h, Instant now, IncidentState state) {
        Role role = Role.builtIns().get((v + a) % Role.builtIns().size());
        switch (kind) {
            case 0:
                return new IncidentCommand.Report(h, source(v), v == 5 ? " " : "Hub is down",
                        v % 2 == 0 ? Option.some(minutesBefore(now, v * 3)) : Option.none(),
                        v % 3 == 0 ? Option.some(minutesBefore(now, v * 10)) : Option.none());
            case 1:
                return new IncidentCommand.Declare(h, v == 5 ? "" : "Hub login failing", severity(v),
                        Impact.of("users cannot log in", v * 10), "Managed JupyterHubs",
                        v % 2 == 0 ? Option.some(minutesBefore(now, v * 20)) : Option.none(), roster(v));
            case 2:
                return new IncidentCommand.Decline(h, v == 5 ? "" : "one user's question",
                        DeclineRoute.to(DeclineRoute.Destination.values()[v % 2]));
            case 3:
                return new IncidentCommand.EstimateImpactStart(h, minutesBefore(now, 200 - v * 45));
            case 4:
                return new IncidentCommand.ChangeSeverity(h, severity(v),
                        v % 3 == 0 ? Option.none() : Option.some("scope changed"));
            case 5:
                boolean resolved = state.isIn(IncidentStatus.RESOLVED);
                return new IncidentCommand.PostUpdate(h, (resolved ? v > 0 : v >= 3) ? UpdateKind.RESOLUTION
                        : UpdateKind.PROGRESS,
                        v == 5 ? Audience.PUBLIC : v == 0 ? Audience.INTERNAL : Audience.STAKEHOLDERS, "Still rolling back",
                        v < 3 && !resolved ? Option.some(now.plus(Duration.ofMinutes(60 - v * 30))) : Option.none());
            case 6:
                return new IncidentCommand.AddLink(h, Link.of(LinkKind.values()[v % 5], REFERENCES[v % 3]));
            case 7:
                return new IncidentCommand.Mitigate(h, "rolled back",
                        v > 2 ? Option.some(minutesBefore(now, v * 15)) : Option.none());
            case 8:
                return new IncidentCommand.Resolve(h, v == 5 ? "" : "logged in as a test user",
                        v > 2 ? Option.some(minutesBefore(now, v * 15)) : Option.none());
            case 9:
                return new IncidentCommand.Reopen(h, "reported again");
            case 10:
                return new IncidentCommand.Cancel(h, v == 5 ? " " : "does not qualify");
            case 11:
                return new IncidentCommand.Merge(h, v == 5 ? INC : OTHER);
            case 12:
                return new IncidentCommand.Close(h);
            case 13:
                return new IncidentCommand.AssignRole(h, v == 5 && a == 0
                        ? Role.of("scribe", "Scribe", dev.incidentkit.role.Cardinality.ANY)
                        : role, PEOPLE.get((v + 2) % PEOPLE.size()), "needed for the database");
            case 14:
                return new IncidentCommand.ReleaseRole(h, role, holderOf(state, role, v), "no longer needed");
            case 15:
                return new IncidentCommand.OfferHandoff(h, role, holderOf(state, role, v),
                        PEOPLE.get((v + 1) % PEOPLE.size()), "the hub logs show quota errors since 12:40");
            case 16:
                return new IncidentCommand.AcceptHandoff(v == 4 ? tooLate(h, state) : h, openHandoff(state, v));
            case 17:
                return new IncidentCommand.DeclineHandoff(h, openHandoff(state, v), "off shift in ten minutes");
            case 18:
                return new IncidentCommand.WithdrawHandoff(h, openHandoff(state, v), "found someone closer to it");
            case 19:
                return new IncidentCommand.ExpireHandoff(h, openHandoff(state, v));
            case 20:
                return new IncidentCommand.RecordAction(h, ActionKind.values()[v % 4],
                        "kubectl logs -n hub -l component=hub", v > 3 ? Option.some(minutesBefore(now, 5)) : Option.none());
            case 21:
                return new IncidentCommand.Assess(h, assessment(v));
            case 22:
                return new IncidentCommand.RequestInformation(h, v == 5 ? " " : "Which hub, and since when?");
            case 23:
                return new IncidentCommand.AcknowledgePaging(h);
            case 24:
                return new IncidentCommand.InformReporter(h, "This went to the support queue as FD-4711;"
                        + " next time please use the support form.");
            case 25:
                return new IncidentCommand.ImportChat(h, new DataSource("#inc-7", T0, now.plus(Duration.ofMinutes(v * 10))),
                        CHAT.take(2 + v));
            case 26:
                return new IncidentCommand.StartPostmortem(h, v == 5 ? Option.some(PEOPLE.get(3).id()) : Option.none());
            case 27:
                return new IncidentCommand.WriteSection(h, dev.incidentkit.postmortem.Section.values()[v],
                        v == 4 ? "It was human error: ada forgot the flag." : "The proxy leaked memory under load.");
            case 28:
                return new IncidentCommand.RequestReview(h);
            case 29:
                return new IncidentCommand.ReviewPostmortem(h, "Added the quota graph; looks complete.");
            case 30:
                return new IncidentCommand.MarkReviewed(h);
            case 31:
                return new IncidentCommand.PublishPostmortem(h, v == 5 ? "not a url"
                        : "https://github.com/example/incident-reports/blob/main/reports/inc-7.md");
            case 32:
                return new IncidentCommand.SharePostmortem(h);
            default:
                return new IncidentCommand.AddActionItem(h, "ai-" + v, "Alert on proxy memory",
                        Option.some("https://github.com/example/infra/issues/" + (100 + v)));
        }
    }

    /** The offered responder answering the first open offer just after it expired. */
    private static CommandHeader tooLate(CommandHeader h, IncidentState state) {
        return state.openHandoffs().values().headOption()
                .map(offer -> CommandHeader.of(h.commandId(), h.incidentId(), offer.to().id(),
                        later(h.recordedAt(), offer.expiresAt().plus(Duration.ofMinutes(1)))))
                .getOrElse(h);
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static ResponderId holderOf(IncidentState state, Role role, int v) {
        return v == 5 ? PEOPLE.get(3).id() : state.holders(role).headOption().getOrElse(PEOPLE.get(v % 4).id());
    }

    private static HandoffId openHandoff(IncidentState state, int v) {
        return v == 5
                ? HandoffId.of(CommandId.of("no-such-offer"))
                : state.openHandoffs().keySet().headOption().getOrElse(HandoffId.of(CommandId.of("c0")));
    }

    private static dev.incidentkit.report.Assessment assessment(int v) {
        dev.incidentkit.report.Assessment.Builder b = dev.incidentkit.report.Assessment.builder()
                .usersAffected(v * 3)
                .reproduction(dev.incidentkit.report.Reproduction.values()[v % 3]);
        if (v % 2 == 0) {
            b.symptoms(dev.incidentkit.report.Symptom.CANNOT_START_SERVERS).customerImpact();
        }
        return v == 5 ? b.knownProblem(true).build() : b.build();
    }

    private static OnCallRoster roster(int v) {
        switch (v % 3) {
            case 0:
                return OnCallRoster.empty();
            case 1:
                return OnCallRoster.of(Member.available(PEOPLE.get(0)), Member.available(PEOPLE.get(1)), "hub",
                        Member.available(PEOPLE.get(2)));
            default:
                return OnCallRoster.of(Member.unavailable(PEOPLE.get(0)), Member.available(PEOPLE.get(1)), "hub",
                        Member.unavailable(PEOPLE.get(2)), Member.available(PEOPLE.get(3)));
        }
    }

    private static ReportSource source(int v) {
        switch (v % 4) {
            case 0:
                return new ReportSource.PagingAlert("HubDown", HashSet.of("take immediate action"), Option.some("Q1W2E3"));
            case 1:
                return ReportSource.supportTicket("FD-4711", PEOPLE.get(0).id());
            case 2:
                return ReportSource.chat("#incidents", PEOPLE.get(1).id());
            default:
                return ReportSource.manual(PEOPLE.get(0).id());
        }
    }

    private static Severity severity(int v) {
        return v == 5 ? new Severity("P0", 1) : SCALE.levels().get(v % SCALE.levels().size());
    }

    private static Instant minutesBefore(Instant now, int minutes) {
        return now.minus(Duration.ofMinutes(minutes));
    }
}
