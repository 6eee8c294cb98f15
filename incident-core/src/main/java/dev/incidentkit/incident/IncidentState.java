package dev.incidentkit.incident;

import dev.incidentkit.incident.communication.FollowUp;
import dev.incidentkit.incident.communication.FollowUpId;
import dev.incidentkit.incident.team.Handoff;
import dev.incidentkit.incident.team.HandoffId;
import dev.incidentkit.incident.triage.DeclineRoute;
import dev.incidentkit.postmortem.Postmortem;
import dev.incidentkit.process.Verdict;
import dev.incidentkit.report.ReportSource;
import dev.incidentkit.role.Audience;
import dev.incidentkit.role.Responder;
import dev.incidentkit.role.ResponderId;
import dev.incidentkit.role.Role;
import dev.incidentkit.severity.Severity;
import io.vavr.collection.HashMap;
import io.vavr.collection.HashSet;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What is known about one incident after its events so far: an immutable value, produced only by
 * folding events with {@link IncidentDecider#evolve(IncidentState, IncidentEvent)}.
 *
 * <p>Before its first event an incident exists only as an id: {@link #empty(IncidentId)}, with no
 * status. Every attribute that a later event fills in is an {@link Option}; nothing is {@code null}.
 *
 * <p>Inside, the state is a few parts named from the guides, each a record: the report and triage, the
 * declaration (title, severity and its history, impact, service), the response team, the communications
 * (updates, links, the paging acknowledgement, imported chat), the postmortem, and one outcome for an
 * incident declined, canceled or merged (who, when, why, where to). Parts that come together are set
 * together, so a title without a severity, or an outcome without its author, cannot be built; an event
 * copies the one part it changes and shares the others.
 *
 * @since 0.1.0
 */
public final class IncidentState {

    private final IncidentId id;
    private final long version;
    private final Option<IncidentStatus> status;
    /** When the last event was recorded; {@code null} before the first (an {@code Option} per event would cost). */
    private final @Nullable Instant lastRecordedAt;
    private final AppliedCommands appliedCommands;
    private final Milestones milestones;
    private final Option<Triage> triage;
    private final Option<Declaration> declaration;
    private final Team team;
    private final Communications communications;
    private final Option<Postmortem> postmortem;
    private final Option<Outcome> outcome;
    private final Seq<Absorption> absorbed;
    private final int reopenCount;
    /** When the team first did something about the incident; {@code null} until it has. */
    private final @Nullable FactTime firstResponse;
    /** The latest moment any of the incident's facts happened at; {@code null} before the first. */
    private final @Nullable Instant latestFactAt;
    private final Map<FollowUpId, FollowUp> followUps;

    IncidentState(IncidentId id, long version, Option<IncidentStatus> status, @Nullable Instant lastRecordedAt,
            AppliedCommands appliedCommands, Milestones milestones, Option<Triage> triage,
            Option<Declaration> declaration, Team team, Communications communications, Option<Postmortem> postmortem,
            Option<Outcome> outcome, Seq<Absorption> absorbed, int reopenCount, @Nullable FactTime firstResponse,
            @Nullable Instant latestFactAt, Map<FollowUpId, FollowUp> followUps) {
        this.id = Objects.requireNonNull(id, "id");
        this.version = version;
        this.status = Objects.requireNonNull(status, "status");
        this.lastRecordedAt = lastRecordedAt;
        this.appliedCommands = Objects.requireNonNull(appliedCommands, "appliedCommands");
        this.milestones = Objects.requireNonNull(milestones, "milestones");
        this.triage = Objects.requireNonNull(triage, "triage");
        this.declaration = Objects.requireNonNull(declaration, "declaration");
        this.team = Objects.requireNonNull(team, "team");
        this.communications = Objects.requireNonNull(communications, "communications");
        this.postmortem = Objects.requireNonNull(postmortem, "postmortem");
        this.outcome = Objects.requireNonNull(outcome, "outcome");
        this.absorbed = Objects.requireNonNull(absorbed, "absorbed");
        this.reopenCount = reopenCount;
        this.firstResponse = firstResponse;
        this.latestFactAt = latestFactAt;
        this.followUps = Objects.requireNonNull(followUps, "followUps");
        if (version < 0) {
            throw new IllegalStateException("version must not be negative");
        }
    }

    private static final Team NO_TEAM = new Team(LinkedHashMap.empty(), LinkedHashMap.empty(), LinkedHashMap.empty(),
            Vector.empty(), Option.none());
    private static final Communications NO_COMMUNICATIONS = new Communications(Vector.empty(), HashMap.empty(),
            Vector.empty(), HashMap.empty(), HashSet.empty(), Option.none(), Option.none(), Vector.empty(),
            HashSet.empty(), LinkedHashMap.empty());

    /**
     * The state of an incident that has no events yet.
     *
     * @param id the incident's id
     * @return the empty state, version 0
     */
    public static IncidentState empty(IncidentId id) {
        Objects.requireNonNull(id, "id");
        return new IncidentState(id, 0, Option.none(), null, AppliedCommands.none(), Milestones.none(),
                Option.none(), Option.none(), NO_TEAM, NO_COMMUNICATIONS, Option.none(), Option.none(), Vector.empty(),
                0, null, null, LinkedHashMap.empty());
    }

    /** The report and what triage found: set when the incident is reported. */
    record Triage(ReportSource source, String summary, ResponderId reportedBy, Option<Verdict> verdict,
            Option<Instant> informationRequestedAt, Option<Instant> reporterInformedAt) {}

    /** What the declaration said, with the severity as it stands and its history: set when declared. */
    record Declaration(String title, Severity severity, Seq<SeverityChange> severityHistory, Impact impact,
            String impactedService) {}

    /** The people of the response: who takes part, who holds which role, open offers, advice given. */
    record Team(Map<ResponderId, Responder> participants, Map<Role, Seq<ResponderId>> roleHolders,
            Map<HandoffId, Handoff> openHandoffs, Seq<Advisory> advisories, Option<SoloWork> soloWork) {}

    /** Who acknowledged the paging incident, and when. */
    record Acknowledgement(ResponderId by, Instant at) {}

    /**
     * What was said and where: the updates (with an index by audience), the links (with indexes by kind and
     * as a set), the stakeholders' ticket, the paging acknowledgement and the imported chat.
     */
    record Communications(Seq<StatusUpdate> updates, Map<Audience, Seq<StatusUpdate>> updatesByAudience,
            Seq<Link> links, Map<LinkKind, Seq<Link>> linksByKind, Set<Link> linkSet,
            Option<String> linkedStakeholdersTicket, Option<Acknowledgement> acknowledgement,
            Seq<DataSource> dataSources, Set<String> chatImported, Map<String, String> chatNotImported) {}

    /**
     * How an incident ended without being resolved, as one value: declined (with why and the route it went),
     * canceled (with why) or merged (with the incident it went into), by whom and when.
     *
     * @param status {@link IncidentStatus#DECLINED}, {@link IncidentStatus#CANCELED} or
     *     {@link IncidentStatus#MERGED}
     * @param by who ended it
     * @param at when it was recorded
     * @param reason why, for a decline or a cancel
     * @param route where a declined report went
     * @param into the incident a merged one went into
     */
    public record Outcome(IncidentStatus status, ResponderId by, Instant at, Option<String> reason,
            Option<DeclineRoute> route, Option<IncidentId> into) {

        /**
         * Checks the parts.
         *
         * @throws NullPointerException if a part is {@code null}
         * @throws IllegalArgumentException if the status is not an ending other than CLOSED
         */
        public Outcome {
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(at, "at");
            dev.incidentkit.base.Nulls.requireContent(reason, "reason");
            dev.incidentkit.base.Nulls.requireContent(route, "route");
            dev.incidentkit.base.Nulls.requireContent(into, "into");
            if (status != IncidentStatus.DECLINED && status != IncidentStatus.CANCELED
                    && status != IncidentStatus.MERGED) {
                throw new IllegalArgumentException("an outcome is declined, canceled or merged, not " + status);
            }
        }
    }

    /**
     * How the incident ended, if it was declined, canceled or merged: who, when, why and where to, in one
     * value. Resolved and closed incidents have none.
     *
     * @return the outcome
     */
    public Option<Outcome> outcome() {
        return outcome;
    }

    Option<Triage> triage() {
        return triage;
    }

    Option<Declaration> declaration() {
        return declaration;
    }

    Team team() {
        return team;
    }

    Communications communications() {
        return communications;
    }

    /**
     * The incident's id.
     *
     * @return the id
     */
    public IncidentId id() {
        return id;
    }

    /**
     * The number of events folded in, which is the sequence number of the last one (0 before any).
     *
     * @return the version
     */
    public long version() {
        return version;
    }

    /**
     * The current status, or none before the incident is reported.
     *
     * @return the status
     */
    public Option<IncidentStatus> status() {
        return status;
    }

    /**
     * Where the report came from, once reported.
     *
     * @return the source
     */
    public Option<ReportSource> source() {
        return triage.map(Triage::source);
    }

    /**
     * What was reported, once reported.
     *
     * @return the report's summary
     */
    public Option<String> summary() {
        return triage.map(Triage::summary);
    }

    /**
     * Who recorded the report, once reported.
     *
     * @return the reporting actor
     */
    public Option<ResponderId> reportedBy() {
        return triage.map(Triage::reportedBy);
    }

    /**
     * The title given when the incident was declared.
     *
     * @return the title, or none before declaration
     */
    public Option<String> title() {
        return declaration.map(Declaration::title);
    }

    /**
     * The current severity, set when declared.
     *
     * @return the severity, or none before declaration
     */
    public Option<Severity> severity() {
        return declaration.map(Declaration::severity);
    }

    /**
     * Who is affected and how, set when declared.
     *
     * @return the impact, or none before declaration
     */
    public Option<Impact> impact() {
        return declaration.map(Declaration::impact);
    }

    /**
     * The affected service, set when declared.
     *
     * @return the service, or none before declaration
     */
    public Option<String> impactedService() {
        return declaration.map(Declaration::impactedService);
    }

    /**
     * The incident's milestones so far.
     *
     * @return the milestones
     */
    public Milestones milestones() {
        return milestones;
    }

    /**
     * Every status update posted, oldest first.
     *
     * @return the updates
     */
    public Seq<StatusUpdate> statusUpdates() {
        return communications.updates();
    }

    /** The updates by audience, oldest first: an index of {@link #statusUpdates()}, so a look-up does not scan them all. */
    Map<Audience, Seq<StatusUpdate>> updatesByAudience() {
        return communications.updatesByAudience();
    }

    /**
     * Every link added, oldest first.
     *
     * @return the links
     */
    public Seq<Link> links() {
        return communications.links();
    }

    /** The links by kind, oldest first: an index of {@link #links()}, so a look-up does not scan them all. */
    Map<LinkKind, Seq<Link>> linksByKind() {
        return communications.linksByKind();
    }

    /** The links as a set: an index of {@link #links()}, so a repeated link is found without a scan. */
    Set<Link> linkSet() {
        return communications.linkSet();
    }

    /**
     * The ticket linked for the stakeholders, if one was: the latest linked with the purpose
     * {@link LinkPurpose#STAKEHOLDERS}. See {@link #stakeholdersTicket()} for the one updates go to.
     *
     * @return the ticket's reference
     */
    public Option<String> linkedStakeholdersTicket() {
        return communications.linkedStakeholdersTicket();
    }

    /**
     * The ticket the stakeholders are kept informed through: the one linked for them, or else the support
     * ticket the incident was reported from. A follow-up ticket never becomes it.
     *
     * @return the ticket's reference, if there is one
     */
    public Option<String> stakeholdersTicket() {
        return linkedStakeholdersTicket().orElse(() -> source()
                .filter(ReportSource.SupportTicket.class::isInstance)
                .map(ticket -> ((ReportSource.SupportTicket) ticket).reference()));
    }

    /**
     * The incident's paging incident in the paging tool, if it has one: the alert's own when the incident was
     * reported by a paging alert that names it, or else the first paging incident linked. Notes,
     * reassignments, the acknowledgement and the resolution go to it.
     *
     * @return its id in the paging tool
     */
    public Option<String> pagingIncident() {
        return source().filter(ReportSource.PagingAlert.class::isInstance)
                .flatMap(alert -> ((ReportSource.PagingAlert) alert).externalId())
                .orElse(() -> links(LinkKind.PAGING_INCIDENT).headOption().map(Link::reference));
    }

    /**
     * Where a declined report went.
     *
     * @return the route, or none unless DECLINED
     */
    public Option<DeclineRoute> declineRoute() {
        return outcome.flatMap(Outcome::route);
    }

    /**
     * Why the incident was declined or canceled.
     *
     * @return the reason, or none unless DECLINED or CANCELED
     */
    public Option<String> outcomeReason() {
        return outcome.flatMap(Outcome::reason);
    }

    /**
     * The incident this one was merged into.
     *
     * @return the surviving incident, or none unless MERGED
     */
    public Option<IncidentId> mergedInto() {
        return outcome.flatMap(Outcome::into);
    }

    /**
     * The incidents merged into this one, in the order they were merged.
     *
     * @return what each merged incident left to this one; empty if none
     */
    public Seq<Absorption> absorbed() {
        return absorbed;
    }

    /**
     * How many times the incident was reopened.
     *
     * @return the count
     */
    public int reopenCount() {
        return reopenCount;
    }

    /**
     * When the last event was recorded; commands recorded earlier are refused.
     *
     * @return the time, or none before any event
     */
    public Option<Instant> lastRecordedAt() {
        return Option.of(lastRecordedAt);
    }

    /**
     * When the team first did something about the incident: the earliest time (when it happened, not
     * when it was recorded) of a declaration or decline, an assessment, a question to or news for the
     * reporter, an acknowledgement of the page, a status update, a message sent, a link, an action, a role
     * taken or offered, a change of severity, a mitigation, a resolution, a reopening, a cancel or a merge.
     * The report itself, messages received, imported chat, advisories, what follows from other events and
     * the postmortem do not count.
     *
     * @return the time, or none while nobody has responded
     */
    public Option<Instant> firstResponseAt() {
        return firstResponse == null ? Option.none() : Option.some(firstResponse.at());
    }

    /**
     * When the team first responded, with how precisely that is known (see {@link #firstResponseAt()}).
     *
     * @return the time, or none while nobody has responded
     * @since 0.4.0
     */
    public Option<FactTime> firstResponse() {
        return Option.of(firstResponse);
    }

    /**
     * The reports that reached the team after the resolution, in the order they came, open and settled.
     *
     * @return the follow-ups
     * @since 0.4.0
     */
    public Seq<FollowUp> followUps() {
        return followUps.values().toList();
    }

    /**
     * One follow-up report.
     *
     * @param id its id
     * @return the follow-up, or none if the incident has none with that id
     * @since 0.4.0
     */
    public Option<FollowUp> followUp(FollowUpId id) {
        return followUps.get(Objects.requireNonNull(id, "id"));
    }

    /** The follow-ups by id, for the evolution. */
    Map<FollowUpId, FollowUp> followUpsById() {
        return followUps;
    }

    /**
     * The latest moment any of the incident's facts happened at: where a fact whose time was not recorded
     * is placed after.
     *
     * @return the time, or none before any event
     * @since 0.4.0
     */
    public Option<Instant> latestFactAt() {
        return Option.of(latestFactAt);
    }

    /**
     * The ids of the commands applied so far, as a set: a copy made on each call, so ask
     * {@link #hasApplied(CommandId)} to check one.
     *
     * @return the ids
     */
    public Set<CommandId> appliedCommands() {
        return appliedCommands.toSet();
    }

    /**
     * Whether a command was applied to this incident: the question that makes a retried command do
     * nothing. Answered without a scan, at any length of the stream.
     *
     * @param command the command's id
     * @return {@code true} if an event of this incident came from it
     */
    public boolean hasApplied(CommandId command) {
        return appliedCommands.contains(Objects.requireNonNull(command, "command"));
    }

    AppliedCommands applied() {
        return appliedCommands;
    }

    /**
     * Everyone who takes part in the response: who declared it, and who holds or held a role.
     *
     * @return participant id to responder, in the order they joined
     */
    public Map<ResponderId, Responder> participants() {
        return team.participants();
    }

    /**
     * The current holders of each role that has or had one, in the order they took it.
     *
     * @return role to holders; a role nobody holds maps to an empty sequence or is absent
     */
    public Map<Role, Seq<ResponderId>> roleHolders() {
        return team.roleHolders();
    }

    /**
     * The role offers not yet accepted, declined, withdrawn or expired, oldest first.
     *
     * @return offer id to offer
     */
    public Map<HandoffId, Handoff> openHandoffs() {
        return team.openHandoffs();
    }

    /**
     * Every advisory raised, oldest first.
     *
     * @return the advisories
     */
    public Seq<Advisory> advisories() {
        return team.advisories();
    }

    /**
     * The verdict of the latest assessment in triage.
     *
     * @return the verdict, or none before any assessment
     */
    public Option<Verdict> verdict() {
        return triage.flatMap(Triage::verdict);
    }

    /**
     * When more information was last asked of the reporter.
     *
     * @return the time, or none
     */
    public Option<Instant> informationRequestedAt() {
        return triage.flatMap(Triage::informationRequestedAt);
    }

    /**
     * Who acknowledged the incident in the paging tool.
     *
     * @return the responder, or none before anyone did
     */
    public Option<ResponderId> pagingAcknowledgedBy() {
        return communications.acknowledgement().map(Acknowledgement::by);
    }

    /**
     * When the incident was acknowledged in the paging tool.
     *
     * @return the time, or none before anyone did
     */
    public Option<Instant> pagingAcknowledgedAt() {
        return communications.acknowledgement().map(Acknowledgement::at);
    }

    /**
     * When the reporter of a declined, canceled or merged report was told where it went.
     *
     * @return the time, or none
     */
    public Option<Instant> reporterInformedAt() {
        return triage.flatMap(Triage::reporterInformedAt);
    }

    /**
     * Every severity the incident took, oldest first: the declared one, then each change.
     *
     * @return the history; empty before declaration
     */
    public Seq<SeverityChange> severityHistory() {
        return declaration.map(Declaration::severityHistory).getOrElse(Vector.empty());
    }

    /**
     * The most severe level the incident had at any moment from a time on (including the level in force
     * at that time).
     *
     * @param since the time
     * @return the most severe level since then, or none before declaration
     */
    public Option<Severity> mostSevereSince(Instant since) {
        return severitiesSince(since).headOption();
    }

    /**
     * Every level the incident had at some moment from a time on (including the level in force at that
     * time), most severe first, each once.
     *
     * @param since the time
     * @return the levels; empty before declaration
     */
    public Seq<Severity> severitiesSince(Instant since) {
        Objects.requireNonNull(since, "since");
        Seq<SeverityChange> history = severityHistory();
        return history.zipWithIndex()
                .filter(t -> t._2 + 1 >= history.size() || history.get(t._2 + 1).at().isAfter(since))
                .map(t -> t._1.severity())
                .distinct()
                .sortBy(Severity::rank);
    }

    /**
     * The chat channels and windows imported into the timeline, oldest first.
     *
     * @return the data sources
     */
    public Seq<DataSource> dataSources() {
        return communications.dataSources();
    }

    /**
     * The chat messages imported into the timeline, by key ({@link ChatMessage#key()}): importing them
     * again changes nothing.
     *
     * @return the message keys
     */
    public Set<String> chatImported() {
        return communications.chatImported();
    }

    /**
     * The chat messages reported as not imported, by key, with the reason: reported again only if the
     * reason changes, and imported by a later import that covers them.
     *
     * @return message key to reason
     */
    public Map<String, String> chatNotImported() {
        return communications.chatNotImported();
    }

    /**
     * The incident's postmortem, once started.
     *
     * @return the postmortem, or none
     */
    public Option<Postmortem> postmortem() {
        return postmortem;
    }

    /**
     * Who declined, canceled or merged the incident.
     *
     * @return the responder, or none while it goes on or once resolved
     */
    public Option<ResponderId> outcomeBy() {
        return outcome.map(Outcome::by);
    }

    /**
     * When the incident was declined, canceled or merged.
     *
     * @return the time, or none while it goes on or once resolved
     */
    public Option<Instant> outcomeAt() {
        return outcome.map(Outcome::at);
    }

    /** Whether and since when the investigator has worked alone, for the investigator-alone advisory. */
    Option<SoloWork> soloWork() {
        return team.soloWork();
    }

    /**
     * The current holders of a role.
     *
     * @param role the role
     * @return the holders, in the order they took it; empty if vacant
     */
    public Seq<ResponderId> holders(Role role) {
        Objects.requireNonNull(role, "role");
        return roleHolders().get(role).getOrElse(Vector.empty());
    }

    /**
     * Tells whether a responder holds a role.
     *
     * @param responder the responder
     * @param role the role
     * @return {@code true} if they are one of its holders
     */
    public boolean holds(ResponderId responder, Role role) {
        Objects.requireNonNull(responder, "responder");
        return holders(role).contains(responder);
    }

    /**
     * The roles a responder holds.
     *
     * @param responder the responder
     * @return the roles, in the order of {@link #roleHolders()}
     */
    public Seq<Role> rolesOf(ResponderId responder) {
        Objects.requireNonNull(responder, "responder");
        return roleHolders().filter(entry -> entry._2.contains(responder)).keySet().toVector();
    }

    /**
     * Tells whether the incident has been reported, that is whether any event exists.
     *
     * @return {@code true} once reported
     */
    public boolean isReported() {
        return status().isDefined();
    }

    /**
     * Tells whether the incident is in one of the given statuses.
     *
     * @param candidates the statuses
     * @return {@code true} if reported and its status is one of them
     */
    public boolean isIn(IncidentStatus... candidates) {
        Objects.requireNonNull(candidates, "candidates");
        if (status().isEmpty()) {
            return false;
        }
        for (IncidentStatus candidate : candidates) {
            if (status().get() == candidate) {
                return true;
            }
        }
        return false;
    }

    /**
     * The links of one kind, oldest first.
     *
     * @param kind the kind
     * @return the links of that kind
     */
    public Seq<Link> links(LinkKind kind) {
        Objects.requireNonNull(kind, "kind");
        return linksByKind().get(kind).getOrElse(Vector.empty());
    }

    /**
     * Tells whether the incident is linked to a place already.
     *
     * @param link the link
     * @return {@code true} if that very link was added
     */
    public boolean isLinked(Link link) {
        return linkSet().contains(Objects.requireNonNull(link, "link"));
    }

    /**
     * The status updates posted to one audience, oldest first, found without a scan of the others.
     *
     * @param audience the audience
     * @return its updates; empty when it was told nothing
     */
    public Seq<StatusUpdate> updatesTo(Audience audience) {
        Objects.requireNonNull(audience, "audience");
        return updatesByAudience().get(audience).getOrElse(Vector.empty());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IncidentState that && version == that.version && reopenCount == that.reopenCount
                && id.equals(that.id) && status.equals(that.status) && Objects.equals(lastRecordedAt, that.lastRecordedAt)
                && milestones.equals(that.milestones) && triage.equals(that.triage)
                && declaration.equals(that.declaration) && team.equals(that.team)
                && communications.equals(that.communications) && postmortem.equals(that.postmortem)
                && outcome.equals(that.outcome) && absorbed.equals(that.absorbed)
                && Objects.equals(firstResponse, that.firstResponse)
                && Objects.equals(latestFactAt, that.latestFactAt)
                && followUps.equals(that.followUps)
                && appliedCommands.equals(that.appliedCommands);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, version, status, lastRecordedAt, milestones, triage, declaration, team,
                communications, postmortem, outcome, absorbed, reopenCount, firstResponse, latestFactAt, followUps);
    }

    @Override
    public String toString() {
        return "IncidentState{" + id + " v" + version + " " + status.map(Enum::name).getOrElse("unreported")
                + ", " + milestones + ", " + appliedCommands
                + triage.map(t -> ", " + t).getOrElse("") + declaration.map(d -> ", " + d).getOrElse("")
                + ", " + team + ", " + communications + postmortem.map(p -> ", " + p).getOrElse("")
                + outcome.map(o -> ", " + o).getOrElse("") + ", absorbed " + absorbed + ", reopened " + reopenCount
                + ", last recorded " + (lastRecordedAt == null ? "never" : lastRecordedAt.toString()) + "}";
    }
}
