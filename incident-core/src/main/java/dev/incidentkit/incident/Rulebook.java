package dev.incidentkit.incident;

import static dev.incidentkit.incident.IncidentStatus.CANCELED;
import static dev.incidentkit.incident.IncidentStatus.CLOSED;
import static dev.incidentkit.incident.IncidentStatus.DECLARED;
import static dev.incidentkit.incident.IncidentStatus.DECLINED;
import static dev.incidentkit.incident.IncidentStatus.IN_REVIEW;
import static dev.incidentkit.incident.IncidentStatus.MERGED;
import static dev.incidentkit.incident.IncidentStatus.MITIGATED;
import static dev.incidentkit.incident.IncidentStatus.RESOLVED;
import static dev.incidentkit.incident.IncidentStatus.TRIAGE;

import dev.incidentkit.incident.communication.CommunicationCommand;
import dev.incidentkit.incident.postmortem.PostmortemCommand;
import dev.incidentkit.incident.response.ResponseCommand;
import dev.incidentkit.incident.team.TeamCommand;
import dev.incidentkit.incident.triage.TriageCommand;
import dev.incidentkit.process.Authority;
import dev.incidentkit.process.CommandKind;
import dev.incidentkit.process.IncidentProcess;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.collection.TreeSet;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * In which statuses each kind of command is taken, written once: the decider refuses a command outside
 * them with {@link RejectionCode#WRONG_STATUS} and the rule's words, the rejection tests play every command
 * in every status against it, and README's table of commands is generated from it with the default
 * authority ({@link Authority#standard()}), so the three cannot disagree. A progress update and a
 * resolution notice are both {@link CommandKind#POST_UPDATE} and have a rule each.
 *
 * @since 0.1.0
 */
public final class Rulebook {

    private static final Set<IncidentStatus> OPEN = TreeSet.of(TRIAGE, DECLARED, MITIGATED);
    private static final Set<IncidentStatus> NOT_FINISHED = TreeSet.of(TRIAGE, DECLARED, MITIGATED, RESOLVED,
            IN_REVIEW);
    private static final Set<IncidentStatus> DECLARED_ONWARD = TreeSet.of(DECLARED, MITIGATED, RESOLVED,
            IN_REVIEW);
    private static final Set<IncidentStatus> POSTMORTEM = TreeSet.of(IN_REVIEW);
    private static final Set<IncidentStatus> AFTER_RESOLUTION = TreeSet.of(RESOLVED, IN_REVIEW, CLOSED);
    private static final Set<IncidentStatus> UP_TO_THE_CLOSE = TreeSet.of(TRIAGE, DECLARED, MITIGATED, RESOLVED,
            IN_REVIEW, CLOSED);

    private static final Seq<Rule> RULES = List.of(
            rule(TriageCommand.Report.class, CommandKind.REPORT, "", TreeSet.empty(),
                    "",
                    "source (paging alert with tags, support ticket with reference and reporter, chat report, "
                            + "manual), summary, when it was detected, a guess at when impact started"),
            rule(TriageCommand.Assess.class, CommandKind.ASSESS, "",
                    TreeSet.of(TRIAGE), "are assessed",
                    "the facts of triage (users affected, symptoms, reproduction, known problem), judged by "
                            + "the process"),
            rule(TriageCommand.RequestInformation.class, CommandKind.REQUEST_INFORMATION, "",
                    TreeSet.of(TRIAGE), "need more information",
                    "a question to the reporter the source names"),
            rule(ResponseCommand.Declare.class, CommandKind.DECLARE, "",
                    TreeSet.of(TRIAGE), "can be declared",
                    "title, severity, impact (summary, users affected), impacted service, the on-call roster"),
            rule(TriageCommand.Decline.class, CommandKind.DECLINE, "",
                    TreeSet.of(TRIAGE), "can be declined",
                    "why it is not an incident and where it went instead (support ticket, product backlog, or "
                            + "another place it must name)"),
            rule(TriageCommand.EstimateImpactStart.class, CommandKind.ESTIMATE_IMPACT_START, "",
                    NOT_FINISHED, "can have their impact start estimated",
                    "a best guess of when the impact began"),
            declaredOnly(rule(ResponseCommand.ChangeSeverity.class, CommandKind.CHANGE_SEVERITY, "",
                    DECLARED_ONWARD, "have a severity to change",
                    "a new level of the scale; lowering it needs a reason")),
            rule(CommunicationCommand.PostUpdate.class, CommandKind.POST_UPDATE, "progress",
                    NOT_FINISHED, "take progress updates",
                    "text, audience (internal, stakeholders, public), when the next update comes (after the"
                            + " resolution none is owed)"),
            undeclaredToo(rule(CommunicationCommand.PostUpdate.class, CommandKind.POST_UPDATE, "resolution notice",
                    TreeSet.of(DECLARED, MITIGATED, RESOLVED, IN_REVIEW), "take a resolution notice",
                    "text, audience; one sent up to the process's window (15 minutes by default) before the"
                            + " resolution counts as the resolution communicated"), TRIAGE),
            rule(CommunicationCommand.AddLink.class, CommandKind.ADD_LINK, "",
                    NOT_FINISHED, "can be linked",
                    "incident channel, ticket, paging incident, status page or conference room, as an http(s) "
                            + "URL or an external id, with its purpose"),
            rule(ResponseCommand.AcknowledgePaging.class, CommandKind.ACKNOWLEDGE, "",
                    OPEN, "can be acknowledged",
                    "someone acknowledged the incident in the paging tool"),
            rule(ResponseCommand.RecordAction.class, CommandKind.RECORD_ACTION, "",
                    NOT_FINISHED, "take recorded actions",
                    "a debugging step, fix attempt, hypothesis or note, with any command pasted in"),
            undeclaredToo(rule(ResponseCommand.Mitigate.class, CommandKind.MITIGATE, "",
                    TreeSet.of(DECLARED), "can be mitigated",
                    "the bleeding stopped (optionally at an earlier time)"), TRIAGE),
            undeclaredToo(rule(ResponseCommand.Resolve.class, CommandKind.RESOLVE, "",
                    TreeSet.of(DECLARED, MITIGATED), "can be resolved",
                    "how the fix was verified"), TRIAGE),
            rule(ResponseCommand.Reopen.class, CommandKind.REOPEN, "",
                    TreeSet.of(MITIGATED, RESOLVED), "can be reopened",
                    "why; the earlier mitigation and resolution stay in the event history"),
            rule(ResponseCommand.Cancel.class, CommandKind.CANCEL, "", OPEN,
                    "can be canceled",
                    "why it does not qualify"),
            rule(ResponseCommand.Merge.class, CommandKind.MERGE, "", OPEN,
                    "can be merged",
                    "the incident it is merged into, which must exist and be open (the desk checks)"),
            rule(TriageCommand.InformReporter.class, CommandKind.INFORM_REPORTER, "",
                    TreeSet.of(DECLINED, CANCELED, MERGED), "have a reporter to tell where the report went",
                    "the reporter was told where the report went and how to report next time"),
            rule(ResponseCommand.Close.class, CommandKind.CLOSE, "",
                    TreeSet.of(RESOLVED, IN_REVIEW), "can be closed",
                    "once the resolution was communicated to the audiences the process keeps informed, and "
                            + "the postmortem published where the process requires one"),
            rule(CommunicationCommand.RecordMessage.class, CommandKind.RECORD_MESSAGE, "",
                    UP_TO_THE_CLOSE, "take messages",
                    "a message in or out, with whom (the community, the reporter, monitoring, the stakeholders, "
                            + "someone else), at any stage, after the resolution and the close too"),
            rule(CommunicationCommand.RecordFollowUp.class, CommandKind.RECORD_FOLLOW_UP, "",
                    AFTER_RESOLUTION, "take follow-up reports",
                    "a report after the resolution (users still see errors), from whom; open until settled"),
            rule(CommunicationCommand.AnswerFollowUp.class, CommandKind.ANSWER_FOLLOW_UP, "",
                    AFTER_RESOLUTION, "have follow-ups to answer",
                    "the team's answer to a follow-up report"),
            rule(CommunicationCommand.SettleFollowUp.class, CommandKind.SETTLE_FOLLOW_UP, "",
                    AFTER_RESOLUTION, "have follow-ups to settle",
                    "dismissed (the incident's times stand), reopened (only while resolved), or a new incident it"
                            + " names (which must exist)"),
            rule(CommunicationCommand.ImportChat.class, CommandKind.IMPORT_CHAT, "",
                    DECLARED_ONWARD, "have a timeline to import into",
                    "a chat channel's messages for a time window, into the timeline"),
            declaredOnly(rule(TeamCommand.AssignRole.class, CommandKind.ASSIGN_ROLE, "",
                    DECLARED_ONWARD, "have a response team",
                    "a vacant role filled or a responder pulled in, with why")),
            declaredOnly(rule(TeamCommand.ReleaseRole.class, CommandKind.RELEASE_ROLE, "",
                    DECLARED_ONWARD, "have a response team",
                    "a role that may be vacant let go, with why")),
            declaredOnly(rule(TeamCommand.OfferHandoff.class, CommandKind.OFFER_HANDOFF, "",
                    DECLARED_ONWARD, "have roles to hand off",
                    "a role offered to a responder, with a note; the holder keeps it until it is accepted")),
            declaredOnly(rule(TeamCommand.AcceptHandoff.class, CommandKind.ACCEPT_HANDOFF, "",
                    DECLARED_ONWARD, "have roles to hand off",
                    "the offered role taken by the responder it was offered to")),
            declaredOnly(rule(TeamCommand.DeclineHandoff.class, CommandKind.DECLINE_HANDOFF, "",
                    DECLARED_ONWARD, "have roles to hand off",
                    "the offer declined, with why")),
            declaredOnly(rule(TeamCommand.WithdrawHandoff.class, CommandKind.WITHDRAW_HANDOFF, "",
                    DECLARED_ONWARD, "have roles to hand off",
                    "the offer withdrawn, with why")),
            declaredOnly(rule(TeamCommand.ExpireHandoff.class, CommandKind.EXPIRE_HANDOFF, "",
                    DECLARED_ONWARD, "have roles to hand off",
                    "the offer expired unanswered")),
            declaredOnly(rule(TeamCommand.TakeOverRole.class, CommandKind.TAKE_OVER_ROLE, "",
                    DECLARED_ONWARD, "have roles to take over",
                    "a role offered past a holder who cannot hand it off, with the reason")),
            rule(PostmortemCommand.StartPostmortem.class, CommandKind.START_POSTMORTEM, "",
                    TreeSet.of(RESOLVED), "have a postmortem to start",
                    "the postmortem begun, with its owner; the incident is IN_REVIEW"),
            rule(PostmortemCommand.SetImpactWindow.class, CommandKind.SET_IMPACT_WINDOW, "",
                    POSTMORTEM, "have a postmortem",
                    "when the impact began and ended"),
            rule(PostmortemCommand.WriteSection.class, CommandKind.WRITE_SECTION, "",
                    POSTMORTEM, "have a postmortem",
                    "a section's text"),
            rule(PostmortemCommand.AddActionItem.class, CommandKind.ADD_ACTION_ITEM, "",
                    POSTMORTEM, "have a postmortem",
                    "a follow-up action, with an id and perhaps its issue"),
            rule(PostmortemCommand.UpdateActionItem.class, CommandKind.UPDATE_ACTION_ITEM, "",
                    TreeSet.of(IN_REVIEW, CLOSED), "track action items",
                    "a follow-up action done or not to be done, also after the incident closed"),
            rule(PostmortemCommand.RequestReview.class, CommandKind.REQUEST_REVIEW, "",
                    POSTMORTEM, "have a postmortem",
                    "the draft sent for review"),
            rule(PostmortemCommand.ReviewPostmortem.class, CommandKind.REVIEW_POSTMORTEM, "",
                    POSTMORTEM, "have a postmortem",
                    "a reviewer's comment (never the owner's)"),
            rule(PostmortemCommand.RaiseReviewComment.class, CommandKind.RAISE_REVIEW_COMMENT, "",
                    POSTMORTEM, "have a postmortem",
                    "a reviewer's comment that asks for something, open until settled (never the owner's)"),
            rule(PostmortemCommand.SettleReviewComment.class, CommandKind.SETTLE_REVIEW_COMMENT, "",
                    POSTMORTEM, "have a postmortem",
                    "a review comment addressed or dismissed, with how or why"),
            rule(PostmortemCommand.MarkReviewed.class, CommandKind.MARK_REVIEWED, "",
                    POSTMORTEM, "have a postmortem",
                    "the review done"),
            rule(PostmortemCommand.PublishPostmortem.class, CommandKind.PUBLISH_POSTMORTEM, "",
                    POSTMORTEM, "have a postmortem",
                    "where the reviewed report was published"),
            rule(PostmortemCommand.SharePostmortem.class, CommandKind.SHARE_POSTMORTEM, "",
                    POSTMORTEM, "have a postmortem",
                    "the published report shared with the stakeholders"));

    private static final Map<String, Rule> BY_NAME = LinkedHashMap.ofEntries(RULES.map(r -> io.vavr.Tuple.of(
            r.kind().name() + "/" + r.variant(), r)));

    private Rulebook() {}

    /**
     * When one kind of command is taken.
     *
     * @param command the command's type, such as {@code ResponseCommand.Declare.class}
     * @param kind the kind of command
     * @param variant which of the kind's rules, such as {@code "progress"} or {@code "resolution notice"}
     *     for {@link CommandKind#POST_UPDATE}; empty for the others
     * @param allowedIn the statuses it is taken in; empty for {@link CommandKind#REPORT},
     *     which opens an incident rather than acting on one
     * @param alsoUndeclared the statuses it is also taken in by an incident never declared, where the
     *     process resolves such incidents ({@link IncidentProcess#resolvesUndeclared()})
     * @param needsDeclaration whether it is taken only by a declared incident, whatever its status (a
     *     severity to change)
     * @param whatTheyDo the end of the sentence "only ... incidents ...", as a refusal says it; never
     *     {@code null}
     * @param records what the command records, for README
     */
    public record Rule(Class<? extends IncidentCommand> command, CommandKind kind, String variant,
            Set<IncidentStatus> allowedIn, Set<IncidentStatus> alsoUndeclared, boolean needsDeclaration,
            String whatTheyDo, String records) {

        /**
         * Checks the parts.
         *
         * @throws NullPointerException if a part is {@code null}
         */
        public Rule {
            Objects.requireNonNull(command, "command");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(variant, "variant");
            Objects.requireNonNull(allowedIn, "allowedIn");
            Objects.requireNonNull(alsoUndeclared, "alsoUndeclared");
            Objects.requireNonNull(whatTheyDo, "whatTheyDo");
            Objects.requireNonNull(records, "records");
        }

        /**
         * Whether the command is taken in a status, by a declared incident or by any incident of a process
         * that does not resolve undeclared ones.
         *
         * @param status the status
         * @return {@code true} if it is
         */
        public boolean allows(IncidentStatus status) {
            return allowedIn.contains(Objects.requireNonNull(status, "status"));
        }

        /**
         * Whether the command is taken by an incident in a status, declared or not, under a process.
         *
         * @param status the incident's status
         * @param declared whether the incident was declared
         * @param process the process
         * @return {@code true} if it is
         */
        public boolean allows(IncidentStatus status, boolean declared, IncidentProcess process) {
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(process, "process");
            if (needsDeclaration && !declared) {
                return false;
            }
            return allowedIn.contains(status)
                    || !declared && process.resolvesUndeclared() && alsoUndeclared.contains(status);
        }
    }

    private static Rule rule(Class<? extends IncidentCommand> command, CommandKind kind, String variant,
            Set<IncidentStatus> allowedIn, String whatTheyDo, String records) {
        return new Rule(command, kind, variant, allowedIn, TreeSet.empty(), false, whatTheyDo, records);
    }

    private static Rule undeclaredToo(Rule rule, IncidentStatus... statuses) {
        return new Rule(rule.command(), rule.kind(), rule.variant(), rule.allowedIn(), TreeSet.of(statuses),
                rule.needsDeclaration(), rule.whatTheyDo(), rule.records());
    }

    private static Rule declaredOnly(Rule rule) {
        return new Rule(rule.command(), rule.kind(), rule.variant(), rule.allowedIn(), rule.alsoUndeclared(), true,
                rule.whatTheyDo(), rule.records());
    }

    /**
     * Every rule, in the order of an incident's life.
     *
     * @return the rules, one per kind of command and two for {@link CommandKind#POST_UPDATE}; never
     *     {@code null}
     */
    public static Seq<Rule> rules() {
        return RULES;
    }

    /**
     * The rule a command is held to.
     *
     * @param command the command
     * @return its rule
     */
    public static Rule ruleFor(IncidentCommand command) {
        Objects.requireNonNull(command, "command");
        String variant = command instanceof CommunicationCommand.PostUpdate update
                ? (update.kind() == UpdateKind.RESOLUTION ? "resolution notice" : "progress") : "";
        return BY_NAME.get(command.commandKind().name() + "/" + variant).getOrElseThrow(() ->
                new IllegalStateException("the rulebook has no rule for " + command.commandKind()
                        + (variant.isEmpty() ? "" : " (" + variant + ")")));
    }

    /**
     * The rules of one kind of command.
     *
     * @param kind the kind
     * @return its rules, one or (for {@link CommandKind#POST_UPDATE}) two; never empty
     */
    public static Seq<Rule> rulesOf(CommandKind kind) {
        Objects.requireNonNull(kind, "kind");
        return RULES.filter(r -> r.kind() == kind);
    }

    /** The refusal of a command the incident's status does not take, if it does not, under a process. */
    static Option<Rejection> statusProblem(IncidentCommand c, IncidentState s, IncidentProcess process) {
        Rule rule = ruleFor(c);
        boolean declared = s.milestones().get(Milestone.DECLARED).isDefined();
        if (s.status().isDefined() && rule.allows(s.status().get(), declared, process)) {
            return Option.none();
        }
        if (rule.needsDeclaration() && !declared && s.status().exists(rule::allows)) {
            return Option.some(Checks.reject(c, RejectionCode.NOT_DECLARED, "incident " + s.id()
                    + " was never declared; only declared incidents " + rule.whatTheyDo()));
        }
        return Checks.status(c, s, rule.allowedIn(), rule.whatTheyDo());
    }
}
