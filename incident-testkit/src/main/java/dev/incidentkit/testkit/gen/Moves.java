package dev.incidentkit.testkit.gen;

import dev.incidentkit.incident.ActionKind;
import dev.incidentkit.incident.ChatMessage;
import dev.incidentkit.incident.CommandHeader;
import dev.incidentkit.incident.CommandId;
import dev.incidentkit.incident.DataSource;
import dev.incidentkit.incident.FactTime;
import dev.incidentkit.incident.Impact;
import dev.incidentkit.incident.IncidentCommand;
import dev.incidentkit.incident.IncidentId;
import dev.incidentkit.incident.IncidentState;
import dev.incidentkit.incident.IncidentStatus;
import dev.incidentkit.incident.Link;
import dev.incidentkit.incident.LinkKind;
import dev.incidentkit.incident.UpdateKind;
import dev.incidentkit.incident.communication.CommunicationCommand;
import dev.incidentkit.incident.communication.Counterpart;
import dev.incidentkit.incident.communication.Direction;
import dev.incidentkit.incident.communication.FollowUp;
import dev.incidentkit.incident.communication.FollowUpId;
import dev.incidentkit.incident.communication.Settlement;
import dev.incidentkit.incident.postmortem.PostmortemCommand;
import dev.incidentkit.incident.response.ResponseCommand;
import dev.incidentkit.incident.team.Handoff;
import dev.incidentkit.incident.team.HandoffId;
import dev.incidentkit.incident.team.TeamCommand;
import dev.incidentkit.incident.triage.DeclineRoute;
import dev.incidentkit.incident.triage.TriageCommand;
import dev.incidentkit.postmortem.ActionItem;
import dev.incidentkit.postmortem.Postmortem;
import dev.incidentkit.postmortem.PostmortemStatus;
import dev.incidentkit.postmortem.ReviewComment;
import dev.incidentkit.postmortem.Section;
import dev.incidentkit.process.CommandKind;
import dev.incidentkit.process.IncidentProcess;
import dev.incidentkit.process.Permission;
import dev.incidentkit.report.Assessment;
import dev.incidentkit.report.ReportSource;
import dev.incidentkit.report.Reproduction;
import dev.incidentkit.report.Symptom;
import dev.incidentkit.role.Audience;
import dev.incidentkit.role.Cardinality;
import dev.incidentkit.role.OnCallRoster.Member;
import dev.incidentkit.role.OnCallRoster;
import dev.incidentkit.role.Responder;
import dev.incidentkit.role.ResponderId;
import dev.incidentkit.role.Role;
import dev.incidentkit.severity.Severity;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;

/**
 * Turns a {@link Step} into a command for the incident as it stands: picks plausible targets (a role's
 * holder, an open offer, the postmortem's next step) and, for the malformed variant or the wrong actor,
 * implausible ones.
 */
final class Moves {

    /** Someone who never takes part in the response. */
    static final Responder OUTSIDER = Responder.of("mallory", "Mallory");

    private static final List<String> SUMMARIES = List.of("Hub is down", "Users cannot log in",
            "Quota errors since 12:40", "<b>Proxy</b> *leaks* @here", "Database failover", "{{title}} & <!channel>",
            "Image builds fail", "Status page shows 503");

    private static final List<Symptom> SYMPTOMS = List.of(Symptom.CANNOT_LOG_IN, Symptom.CANNOT_START_SERVERS,
            Symptom.CANNOT_EXECUTE_CODE, Symptom.CANNOT_USE_DASK_CLUSTERS);

    private final IncidentProcess process;
    private final List<Responder> people;
    private final IncidentId incident;
    private final IncidentId other;
    private final Instant start;
    private final Seq<ChatMessage> chat;

    Moves(IncidentProcess process, List<Responder> people, IncidentId incident, IncidentId other, Instant start) {
        this.process = process;
        this.people = people;
        this.incident = incident;
        this.other = other;
        this.start = start;
        ResponderId a = people.get(0).id();
        ResponderId b = people.get(1).id();
        this.chat = List.of(
                ChatMessage.inChannel("#inc", "m1", a, at(3), "looking"),
                ChatMessage.inChannel("#inc", "m2", OUTSIDER.id(), at(9), "students see 503"),
                ChatMessage.inThread("#inc", "m3", "m2", a, at(10), "thanks"),
                ChatMessage.inChannel("#random", "r1", b, at(11), "lunch?"),
                ChatMessage.inChannel("#inc", "m4", b, at(40), "fixed? <!channel> *now*"),
                ChatMessage.inChannel("#inc", "m5", a, at(300), "later"),
                ChatMessage.inChannel("#inc", "m6", a, at(600), "much later"));
    }

    /**
     * The command a step stands for, or none for a skip. The command may be recorded later than
     * {@code now} (an answer that comes too late); the caller's clock then moves on from there.
     */
    Option<IncidentCommand> command(Step step, int index, Instant now, Vector<IncidentCommand> earlier,
            IncidentState state) {
        if (step.kind() <= 0 || step.kind() > CommandSequences.REPEAT
                || (step.kind() == CommandSequences.REPEAT && earlier.isEmpty())) {
            return Option.none();
        }
        if (step.kind() == CommandSequences.REPEAT) {
            IncidentCommand repeated = earlier.get(Math.floorMod(step.variant() + step.target(), earlier.size()));
            return Option.some(step.variant() % 2 == 0
                    ? repeated
                    : new ResponseCommand.Cancel(repeated.header(), "a different command under a used id"));
        }
        CommandId id = CommandId.of("c" + (index + 1));
        CommandKind kind = opening(CommandKind.values()[step.kind() - 1], step.variant(), state);
        if (state.isIn(IncidentStatus.IN_REVIEW) && step.variant() <= 2
                && (isRoleKind(kind) || kind.ordinal() >= CommandKind.START_POSTMORTEM.ordinal())) {
            return Option.some(nextReviewStep(id, now, state, step.variant()));
        }
        // targets depend on the step alone, so the command is built once to learn who would naturally
        // issue it and built again with the chosen actor
        IncidentCommand draft = build(kind, step, CommandHeader.of(id, incident, people.get(0).id(), now), now, state);
        ResponderId actor = actor(step.actor(), draft, state);
        IncidentCommand built = build(kind, step, CommandHeader.of(id, incident, actor, now), now, state);
        // some facts are written down afterwards: they happened minutes before they are recorded, at a
        // time known exactly, to the minute, roughly, within a window, or not at all
        if (step.minutes() % 4 == 3 && kind != CommandKind.REPORT) {
            built = built.withHeader(built.header().happenedAt(writtenAfterwards(now, step.target())));
        }
        return Option.some(built);
    }

    /** A time some minutes before {@code now}, with a precision chosen by {@code t}. */
    private static FactTime writtenAfterwards(Instant now, int t) {
        Instant then = now.minus(Duration.ofMinutes(1 + t % 20));
        switch (t % 6) {
            case 0:
                return FactTime.toTheMinute(then);
            case 1:
                return FactTime.about(then);
            case 2:
                return FactTime.between(then.minus(Duration.ofMinutes(30)), then);
            case 3:
                return FactTime.unknown();
            default:
                return FactTime.exact(then);
        }
    }

    /**
     * Gets scripts going: before the incident is reported most steps report it, in triage most steps
     * that need a response team declare it, and some postmortem steps resolve the incident or start its
     * postmortem when it is not yet there. Variants 4 and 5 keep their kind, so commands that come too
     * early are still tried; a shrunk step (variant 0) takes the shortest way to the state it needs.
     */
    private static CommandKind opening(CommandKind kind, int variant, IncidentState state) {
        if (variant >= 4) {
            return kind;
        }
        if (state.status().isEmpty()) {
            return CommandKind.REPORT;
        }
        boolean needsTeam = kind.ordinal() >= CommandKind.MITIGATE.ordinal() && kind != CommandKind.CANCEL
                && kind != CommandKind.MERGE && kind != CommandKind.ASSESS && kind != CommandKind.REQUEST_INFORMATION
                && kind != CommandKind.ACKNOWLEDGE && kind != CommandKind.INFORM_REPORTER;
        if (state.isIn(IncidentStatus.TRIAGE) && needsTeam && variant <= 2) {
            return CommandKind.DECLARE;
        }
        boolean postmortemKind = kind.ordinal() >= CommandKind.START_POSTMORTEM.ordinal();
        if (postmortemKind && variant <= 1 && state.isIn(IncidentStatus.DECLARED, IncidentStatus.MITIGATED)) {
            return CommandKind.RESOLVE;
        }
        return postmortemKind && variant <= 1 && state.isIn(IncidentStatus.RESOLVED) ? CommandKind.START_POSTMORTEM
                : kind;
    }

    private static boolean isRoleKind(CommandKind kind) {
        return kind.ordinal() >= CommandKind.ASSIGN_ROLE.ordinal() && kind.ordinal() <= CommandKind.TAKE_OVER_ROLE.ordinal();
    }

    /**
     * The next step of the postmortem's review: the owner writes the sections the process requires and
     * asks for review, another participant reviews, the owner addresses any open comment, the commander
     * marks it reviewed, the owner publishes, the commander shares and closes. Variant 2 is eager: it
     * asks for review before the sections are written, and marks the report reviewed before its sections
     * are written or its comments settled, to be refused;
     * variant 1 reviews with a comment that asks for something.
     * Without it random scripts would seldom get a report published.
     */
    private IncidentCommand nextReviewStep(CommandId id, Instant now, IncidentState state, int variant) {
        Postmortem pm = state.postmortem().get();
        ResponderId commander = commander(state).getOrElse(pm.owner());
        ResponderId reviewer = state.participants().keySet().toList().sorted().find(p -> !p.equals(pm.owner()))
                .getOrElse(people.get(2 % people.size()).id());
        java.util.function.Function<ResponderId, CommandHeader> by = actor -> CommandHeader.of(id, incident, actor, now);
        Seq<Section> missing = process.postmortem().missingSections(pm.sections());
        boolean eager = variant == 2 && pm.status() == PostmortemStatus.IN_REVIEW
                && (!pm.reviews().isEmpty() || !pm.comments().isEmpty());
        if (eager) {
            return new PostmortemCommand.MarkReviewed(by.apply(commander));
        }
        if (!missing.isEmpty() && variant != 2
                && (pm.status() == PostmortemStatus.DRAFT || pm.status() == PostmortemStatus.IN_REVIEW)) {
            return new PostmortemCommand.WriteSection(by.apply(pm.owner()), missing.head(),
                    "What the team learned, in its words.");
        }
        if (!pm.openComments().isEmpty()) {
            return new PostmortemCommand.SettleReviewComment(by.apply(pm.owner()), pm.openComments().head().id(),
                    ReviewComment.State.ADDRESSED, "Added to the timeline.");
        }
        switch (pm.status()) {
            case DRAFT:
                return new PostmortemCommand.RequestReview(by.apply(pm.owner()));
            case IN_REVIEW:
                if (pm.reviews().isEmpty() && pm.comments().isEmpty()) {
                    return variant == 1
                            ? new PostmortemCommand.RaiseReviewComment(by.apply(reviewer), "Which graph shows the leak?")
                            : new PostmortemCommand.ReviewPostmortem(by.apply(reviewer), "Added the missing graph.");
                }
                return new PostmortemCommand.MarkReviewed(by.apply(commander));
            case REVIEWED:
                return new PostmortemCommand.PublishPostmortem(by.apply(pm.owner()),
                        "https://reports.example.com/" + incident.value() + ".md");
            default:
                return pm.sharedAt().isEmpty()
                        ? new PostmortemCommand.SharePostmortem(by.apply(liaisonOrCommander(state).getOrElse(commander)))
                        : new ResponseCommand.Close(by.apply(commander));
        }
    }

    private ResponderId actor(int pick, IncidentCommand draft, IncidentState state) {
        if (pick == 0) {
            return natural(draft, state);
        }
        if (pick == 1) {
            return commander(state).getOrElse(people.get(0).id());
        }
        if (pick == 2) {
            return state.openHandoffs().values().headOption().map(h -> h.to().id())
                    .getOrElse(people.get(1).id());
        }
        int person = pick - 3;
        return person >= 0 && person < people.size() ? people.get(person).id() : OUTSIDER.id();
    }

    /** Who the process and the handoff protocol let issue the command, as far as the state tells. */
    private ResponderId natural(IncidentCommand draft, IncidentState state) {
        Option<ResponderId> protocol = Option.none();
        if (draft instanceof TeamCommand.AcceptHandoff) {
            protocol = offer(state, ((TeamCommand.AcceptHandoff) draft).handoff()).map(h -> h.to().id());
        } else if (draft instanceof TeamCommand.DeclineHandoff) {
            protocol = offer(state, ((TeamCommand.DeclineHandoff) draft).handoff()).map(h -> h.to().id());
        } else if (draft instanceof TeamCommand.WithdrawHandoff) {
            protocol = offer(state, ((TeamCommand.WithdrawHandoff) draft).handoff()).map(Handoff::offeredBy);
        } else if (draft instanceof TeamCommand.ReleaseRole) {
            protocol = Option.some(((TeamCommand.ReleaseRole) draft).holder());
        } else if (draft instanceof TeamCommand.OfferHandoff) {
            protocol = Option.some(((TeamCommand.OfferHandoff) draft).from());
        }
        if (protocol.isDefined()) {
            return protocol.get();
        }
        Permission permission = process.authority().permissionFor(draft.commandKind());
        if (permission instanceof Permission.RoleHolders) {
            for (Role role : ((Permission.RoleHolders) permission).roles()) {
                Option<ResponderId> holder = effectiveHolder(state, role);
                if (holder.isDefined()) {
                    return holder.get();
                }
            }
        }
        return commander(state).orElse(() -> state.participants().keySet().toList().sorted().headOption())
                .getOrElse(people.get(0).id());
    }

    private Option<ResponderId> effectiveHolder(IncidentState state, Role role) {
        return state.holders(role).headOption().orElse(() -> role.coveredBy().flatMap(process::role)
                .flatMap(cover -> state.holders(cover).headOption()));
    }

    private static Option<Handoff> offer(IncidentState state, HandoffId id) {
        return state.openHandoffs().get(id);
    }

    private Option<ResponderId> commander(IncidentState state) {
        return state.holders(Role.INCIDENT_COMMANDER).headOption();
    }

    private Option<ResponderId> liaisonOrCommander(IncidentState state) {
        return state.holders(Role.COMMUNICATIONS_LIAISON).headOption().orElse(() -> commander(state));
    }

    private IncidentCommand build(CommandKind kind, Step step, CommandHeader h, Instant now, IncidentState state) {
        int v = Math.floorMod(step.variant(), 6);
        int t = Math.floorMod(step.target(), 8);
        boolean malformed = v == 5;
        switch (kind) {
            case REPORT:
                return new TriageCommand.Report(h, source(t), malformed ? " " : SUMMARIES.get(t),
                        v % 2 == 0 ? Option.some(minutesBefore(now, v * 3)) : Option.none(),
                        v % 3 == 0 ? Option.some(minutesBefore(now, v * 10 + t)) : Option.none());
            case DECLARE:
                return new ResponseCommand.Declare(h, malformed ? "" : SUMMARIES.get(t), severity(malformed, t),
                        Impact.of("users cannot log in", v * 10), "Managed JupyterHubs",
                        v % 2 == 0 ? Option.some(minutesBefore(detected(state, now), v * 20)) : Option.none(),
                        roster(t));
            case DECLINE:
                return new TriageCommand.Decline(h, malformed ? "" : "one user's question",
                        DeclineRoute.to(DeclineRoute.Destination.values()[t % 2]));
            case ESTIMATE_IMPACT_START:
                // guesses before the detection, and (variant 5) one after it, which the decider refuses
                return new TriageCommand.EstimateImpactStart(h, minutesBefore(detected(state, now), 200 - v * 45));
            case CHANGE_SEVERITY:
                return new ResponseCommand.ChangeSeverity(h, severity(malformed, t),
                        v % 3 == 0 ? Option.none() : Option.some("scope changed"));
            case POST_UPDATE:
                return postUpdate(h, v, t, now, state);
            case ADD_LINK:
                return new CommunicationCommand.AddLink(h, link(t));
            case MITIGATE:
                return new ResponseCommand.Mitigate(h, malformed ? "" : "rolled back",
                        v > 2 ? Option.some(minutesBefore(now, v * 15)) : Option.none());
            case RESOLVE:
                return new ResponseCommand.Resolve(h, malformed ? "" : "logged in as a test user",
                        v > 2 ? Option.some(minutesBefore(now, v * 15)) : Option.none());
            case REOPEN:
                return new ResponseCommand.Reopen(h, malformed ? "\u0000" : "reported again");
            case CANCEL:
                return new ResponseCommand.Cancel(h, malformed ? " " : "does not qualify");
            case MERGE:
                return new ResponseCommand.Merge(h, malformed ? incident : other);
            case CLOSE:
                return new ResponseCommand.Close(h);
            case ASSIGN_ROLE:
                return new TeamCommand.AssignRole(h, role(malformed, t), people.get((t + v) % people.size()),
                        "needed for the database");
            case RELEASE_ROLE: {
                Role role = role(malformed, t);
                return new TeamCommand.ReleaseRole(h, role, holderOf(state, role, v), "no longer needed");
            }
            case OFFER_HANDOFF: {
                Role role = role(malformed, t);
                return new TeamCommand.OfferHandoff(h, role, holderOf(state, role, v),
                        people.get((t + v + 1) % people.size()), "the hub logs show quota errors since 12:40");
            }
            case TAKE_OVER_ROLE: {
                // even variants give the role to the technology lead, who takes it in the same command
                Role role = role(malformed, t);
                Responder to = v % 2 == 0
                        ? state.holders(Role.TECHNOLOGY_LEAD).headOption().flatMap(state.participants()::get)
                                .getOrElse(people.get((t + v + 2) % people.size()))
                        : people.get((t + v + 2) % people.size());
                return new TeamCommand.TakeOverRole(h, role, holderOf(state, role, v), to,
                        malformed ? " " : "unreachable for twenty minutes");
            }
            case ACCEPT_HANDOFF:
                return new TeamCommand.AcceptHandoff(v == 4 ? tooLate(h, state) : h, openHandoff(state, malformed));
            case DECLINE_HANDOFF:
                return new TeamCommand.DeclineHandoff(h, openHandoff(state, malformed), "off shift in ten minutes");
            case WITHDRAW_HANDOFF:
                return new TeamCommand.WithdrawHandoff(h, openHandoff(state, malformed),
                        "found someone closer to it");
            case EXPIRE_HANDOFF:
                return new TeamCommand.ExpireHandoff(h, openHandoff(state, malformed));
            case RECORD_ACTION:
                return new ResponseCommand.RecordAction(h, ActionKind.values()[t % ActionKind.values().length],
                        malformed ? "" : "kubectl logs -n hub -l component=hub",
                        v > 3 ? Option.some(minutesBefore(now, 5)) : Option.none());
            case ASSESS:
                return new TriageCommand.Assess(h, assessment(v, t));
            case REQUEST_INFORMATION:
                return new TriageCommand.RequestInformation(h, malformed ? " " : "Which hub, and since when?");
            case ACKNOWLEDGE:
                return new ResponseCommand.AcknowledgePaging(h);
            case INFORM_REPORTER:
                return new TriageCommand.InformReporter(h, malformed ? "" : "This went to the support queue as"
                        + " FD-4711; next time please use the support form.");
            case IMPORT_CHAT:
                return new CommunicationCommand.ImportChat(h, new DataSource("#inc", start,
                        now.plus(Duration.ofMinutes(v * 10L))), chat.take(2 + v));
            case RECORD_MESSAGE:
                // the community writes in and is answered; monitoring raises a further alert; a relay
                return new CommunicationCommand.RecordMessage(h,
                        v % 2 == 0 ? Direction.INBOUND : Direction.OUTBOUND,
                        Counterpart.of(Counterpart.Kind.values()[t % Counterpart.Kind.values().length],
                                t % 3 == 0 ? "the community forum" : "Alertmanager"),
                        malformed ? " " : v % 2 == 0 ? "Still cannot log in from the EU region." : "We are on it.");
            case RECORD_FOLLOW_UP:
                // users report lingering effects after the resolution
                return new CommunicationCommand.RecordFollowUp(h, Counterpart.of(Counterpart.Kind.COMMUNITY,
                        "the community forum"), malformed ? " " : "Still seeing errors an hour later.");
            case ANSWER_FOLLOW_UP:
                return new CommunicationCommand.AnswerFollowUp(h, openFollowUp(state, malformed),
                        malformed ? "" : "A cached image; restart your server.");
            case SETTLE_FOLLOW_UP: {
                Settlement how = Settlement.values()[(v + t) % Settlement.values().length];
                return new CommunicationCommand.SettleFollowUp(h, openFollowUp(state, malformed), how,
                        "not the outage: a cached image",
                        how == Settlement.NEW_INCIDENT ? Option.some(other) : Option.none());
            }
            case START_POSTMORTEM:
                return new PostmortemCommand.StartPostmortem(h, malformed ? Option.some(OUTSIDER.id())
                        : v == 4 ? Option.some(people.get(t % people.size()).id()) : Option.none());
            case SET_IMPACT_WINDOW:
                return new PostmortemCommand.SetImpactWindow(h, minutesBefore(now, 300 - v * 50 + t),
                        v % 2 == 0 ? Option.some(minutesBefore(now, v * 20)) : Option.none());
            case WRITE_SECTION:
                // mostly a section still missing, as a team fills in its report; sometimes one written again
                Seq<Section> missing = state.postmortem().map(pm -> process.postmortem().missingSections(pm.sections()))
                        .getOrElse(List.empty());
                return new PostmortemCommand.WriteSection(h, missing.isEmpty() || v == 5
                        ? Section.values()[t % Section.values().length] : missing.get(t % missing.size()),
                        malformed ? " " : v == 4 ? "It was human error: " + people.get(0).id() + " forgot the flag."
                                : "The proxy leaked memory under load.");
            case ADD_ACTION_ITEM:
                // tracked by a URL, an issue reference or nothing; an owner (someone outside the response too)
                // and a due date around the incident's time, or none
                return new PostmortemCommand.AddActionItem(h, "ai-" + t % 3, malformed ? "" : "Alert on proxy memory",
                        v % 3 == 0 ? Option.some("https://issues.example.com/infra/" + (100 + t))
                                : v % 3 == 1 ? Option.some("infrastructure#" + (100 + t)) : Option.none(),
                        t % 2 == 0 ? Option.some(t % 4 == 0 ? OUTSIDER.id() : people.get(t % people.size()).id())
                                : Option.none(),
                        v % 2 == 0 ? Option.some(now.atZone(java.time.ZoneOffset.UTC).toLocalDate().plusDays(t % 10 - 3))
                                : Option.none());
            case UPDATE_ACTION_ITEM:
                return new PostmortemCommand.UpdateActionItem(h, malformed ? "no-such-item" : "ai-" + t % 3,
                        ActionItem.Status.values()[v % ActionItem.Status.values().length]);
            case REQUEST_REVIEW:
                return new PostmortemCommand.RequestReview(h);
            case REVIEW_POSTMORTEM:
                return new PostmortemCommand.ReviewPostmortem(h, malformed ? "" : "Added the quota graph; looks complete.");
            case RAISE_REVIEW_COMMENT:
                return new PostmortemCommand.RaiseReviewComment(h, malformed ? " "
                        : "When did the upgrade happen? Put it in the timeline.");
            case SETTLE_REVIEW_COMMENT: {
                ReviewComment.State outcome = v % 2 == 0 ? ReviewComment.State.ADDRESSED : ReviewComment.State.DISMISSED;
                return new PostmortemCommand.SettleReviewComment(h, malformed ? "no-such-comment"
                        : state.postmortem().flatMap(pm -> pm.openComments().headOption()).map(ReviewComment::id)
                                .getOrElse("c1"), outcome, outcome == ReviewComment.State.ADDRESSED
                                ? "Added the upgrade time." : "The graph says it already.");
            }
            case MARK_REVIEWED:
                return new PostmortemCommand.MarkReviewed(h);
            case PUBLISH_POSTMORTEM:
                return new PostmortemCommand.PublishPostmortem(h, malformed ? "not a url"
                        : "https://reports.example.com/" + incident.value() + ".md");
            case SHARE_POSTMORTEM:
                return new PostmortemCommand.SharePostmortem(h);
            default:
                throw new IllegalStateException("no move for " + kind);
        }
    }

    private IncidentCommand postUpdate(CommandHeader h, int v, int t, Instant now, IncidentState state) {
        boolean resolved = state.isIn(IncidentStatus.RESOLVED);
        UpdateKind kind = (resolved ? v > 0 : v >= 3) ? UpdateKind.RESOLUTION : UpdateKind.PROGRESS;
        Audience audience = Audience.values()[t % Audience.values().length];
        String text = v == 5 ? "" : t == 7 ? "Rolling back <script>alert(1)</script> *now* @everyone"
                : "Still rolling back";
        Option<Instant> next = kind == UpdateKind.PROGRESS && v < 3
                ? Option.some(now.plus(Duration.ofMinutes(60 - v * 30L))) : Option.none();
        return new CommunicationCommand.PostUpdate(h, kind, audience, text, next);
    }

    /** An answer to the first open offer (the one {@link #openHandoff} names) just after it expired. */
    private static CommandHeader tooLate(CommandHeader h, IncidentState state) {
        return state.openHandoffs().values().headOption()
                .map(offer -> CommandHeader.of(h.commandId(), h.incidentId(), h.actor(),
                        later(h.recordedAt(), offer.expiresAt().plus(Duration.ofMinutes(1)))))
                .getOrElse(h);
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /** A process role, or for the malformed variant a role the process lacks or a loose copy of a required one. */
    private Role role(boolean malformed, int t) {
        Seq<Role> roles = process.roles();
        if (!malformed) {
            return roles.get(t % roles.size());
        }
        Option<Role> required = roles.find(r -> r.cardinality().isRequired());
        return t % 2 == 0 || required.isEmpty()
                ? Role.of("not-a-role-of-this-process", "Unknown Role", Cardinality.ANY)
                : Role.of(required.get().key(), required.get().name(), Cardinality.ANY);
    }

    private ResponderId holderOf(IncidentState state, Role role, int v) {
        return v == 5 ? OUTSIDER.id() : state.holders(role).headOption().getOrElse(people.get(v % people.size()).id());
    }

    private static FollowUpId openFollowUp(IncidentState state, boolean malformed) {
        return malformed
                ? FollowUpId.of(CommandId.of("no-such-follow-up"))
                : state.followUps().find(FollowUp::isOpen).map(FollowUp::id)
                        .getOrElse(FollowUpId.of(CommandId.of("c1")));
    }

    private static HandoffId openHandoff(IncidentState state, boolean malformed) {
        return malformed
                ? HandoffId.of(CommandId.of("no-such-offer"))
                : state.openHandoffs().keySet().headOption().getOrElse(HandoffId.of(CommandId.of("c1")));
    }

    private static Assessment assessment(int v, int t) {
        Assessment.Builder b = Assessment.builder()
                .usersAffected(v * 3 + t)
                .reproduction(Reproduction.values()[(v + t) % Reproduction.values().length]);
        if (t % 2 == 0) {
            b.symptoms(SYMPTOMS.get(t % SYMPTOMS.size())).customerImpact();
        }
        if (t == 3) {
            b.secondTeamNeeded();
        }
        return v == 5 ? b.knownProblem(true).build() : b.build();
    }

    private OnCallRoster roster(int t) {
        int n = people.size();
        switch (t % 3) {
            case 0:
                return OnCallRoster.empty();
            case 1:
                return OnCallRoster.of(Member.available(people.get(0)), Member.available(people.get(1)), "team",
                        Member.available(people.get(2 % n)));
            default:
                return OnCallRoster.of(Member.unavailable(people.get(0)), Member.available(people.get(1)), "team",
                        Member.unavailable(people.get(2 % n)), Member.available(people.get(3 % n)));
        }
    }

    private ReportSource source(int t) {
        switch (t % 4) {
            case 0:
                return new ReportSource.PagingAlert("HubDown", HashSet.of("take immediate action"), Option.some("Q1W2E3"));
            case 1:
                return ReportSource.supportTicket("FD-4711", people.get(0).id());
            case 2:
                return ReportSource.chat("#incidents", people.get(1).id());
            default:
                return ReportSource.manual(people.get(0).id());
        }
    }

    private static Link link(int t) {
        LinkKind kind = LinkKind.values()[t % LinkKind.values().length];
        switch (kind) {
            case INCIDENT_CHANNEL:
                return Link.of(kind, "#inc-7");
            case TICKET:
                return Link.of(kind, "FD-4711");
            case PAGING_INCIDENT:
                return Link.of(kind, "Q1W2E3");
            case STATUS_PAGE:
                return Link.of(kind, "https://status.example.com/i/1");
            case EMAIL:
                return Link.of(kind, "representative@example.org");
            default:
                return Link.of(kind, "https://meet.example.com/inc-7");
        }
    }

    private Severity severity(boolean malformed, int t) {
        Seq<Severity> levels = process.severityScale().levels();
        return malformed ? new Severity("OUT-OF-SCALE", levels.size() + 1) : levels.get(t % levels.size());
    }

    private Instant at(int minutes) {
        return start.plus(Duration.ofMinutes(minutes));
    }

    private static Instant minutesBefore(Instant now, int minutes) {
        return now.minus(Duration.ofMinutes(minutes));
    }

    /** When the problem was detected, or {@code now} before it is reported: impact guesses lie before it. */
    private static Instant detected(IncidentState state, Instant now) {
        return state.milestones().get(dev.incidentkit.incident.Milestone.DETECTED).getOrElse(now);
    }
}
