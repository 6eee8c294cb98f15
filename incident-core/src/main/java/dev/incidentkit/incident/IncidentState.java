package dev.incidentkit.incident;

import dev.incidentkit.base.ValueStyle;
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
import org.immutables.value.Value;

/**
 * What is known about one incident after its events so far: an immutable value, produced only by
 * folding events with {@link IncidentDecider#evolve(IncidentState, IncidentEvent)}.
 *
 * <p>Before its first event an incident exists only as an id: {@link #empty(IncidentId)}, with no
 * status. Every attribute that a later event fills in is an {@link Option}; nothing is {@code null}.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ValueStyle
public abstract class IncidentState {

    IncidentState() {}

    /**
     * The state of an incident that has no events yet.
     *
     * @param id the incident's id; never {@code null}
     * @return the empty state, version 0
     */
    public static IncidentState empty(IncidentId id) {
        Objects.requireNonNull(id, "id");
        return ImmutableIncidentState.builder()
                .id(id)
                .version(0)
                .status(Option.none())
                .source(Option.none())
                .summary(Option.none())
                .reportedBy(Option.none())
                .title(Option.none())
                .severity(Option.none())
                .impact(Option.none())
                .impactedService(Option.none())
                .milestones(Milestones.none())
                .statusUpdates(Vector.empty())
                .updatesByAudience(HashMap.empty())
                .links(Vector.empty())
                .linksByKind(HashMap.empty())
                .linkSet(HashSet.empty())
                .linkedStakeholdersTicket(Option.none())
                .declineRoute(Option.none())
                .outcomeReason(Option.none())
                .mergedInto(Option.none())
                .absorbed(Vector.empty())
                .reopenCount(0)
                .lastRecordedAt(Option.none())
                .appliedCommands(HashSet.empty())
                .participants(LinkedHashMap.empty())
                .roleHolders(LinkedHashMap.empty())
                .openHandoffs(LinkedHashMap.empty())
                .advisories(Vector.empty())
                .soloWork(Option.none())
                .verdict(Option.none())
                .informationRequestedAt(Option.none())
                .pagingAcknowledgedBy(Option.none())
                .pagingAcknowledgedAt(Option.none())
                .reporterInformedAt(Option.none())
                .outcomeBy(Option.none())
                .outcomeAt(Option.none())
                .severityHistory(Vector.empty())
                .dataSources(Vector.empty())
                .chatImported(HashSet.empty())
                .chatNotImported(LinkedHashMap.empty())
                .postmortem(Option.none())
                .build();
    }

    /**
     * The incident's id.
     *
     * @return the id
     */
    public abstract IncidentId id();

    /**
     * The number of events folded in, which is the sequence number of the last one (0 before any).
     *
     * @return the version
     */
    public abstract long version();

    /**
     * The current status, or none before the incident is reported.
     *
     * @return the status
     */
    public abstract Option<IncidentStatus> status();

    /**
     * Where the report came from, once reported.
     *
     * @return the source
     */
    public abstract Option<ReportSource> source();

    /**
     * What was reported, once reported.
     *
     * @return the report's summary
     */
    public abstract Option<String> summary();

    /**
     * Who recorded the report, once reported.
     *
     * @return the reporting actor
     */
    public abstract Option<ResponderId> reportedBy();

    /**
     * The title given when the incident was declared.
     *
     * @return the title, or none before declaration
     */
    public abstract Option<String> title();

    /**
     * The current severity, set when declared.
     *
     * @return the severity, or none before declaration
     */
    public abstract Option<Severity> severity();

    /**
     * Who is affected and how, set when declared.
     *
     * @return the impact, or none before declaration
     */
    public abstract Option<Impact> impact();

    /**
     * The affected service, set when declared.
     *
     * @return the service, or none before declaration
     */
    public abstract Option<String> impactedService();

    /**
     * The incident's milestones so far.
     *
     * @return the milestones
     */
    public abstract Milestones milestones();

    /**
     * Every status update posted, oldest first.
     *
     * @return the updates
     */
    public abstract Seq<StatusUpdate> statusUpdates();

    /** The updates by audience, oldest first: an index of {@link #statusUpdates()}, so a look-up does not scan them all. */
    abstract Map<Audience, Seq<StatusUpdate>> updatesByAudience();

    /**
     * Every link added, oldest first.
     *
     * @return the links
     */
    public abstract Seq<Link> links();

    /** The links by kind, oldest first: an index of {@link #links()}, so a look-up does not scan them all. */
    abstract Map<LinkKind, Seq<Link>> linksByKind();

    /** The links as a set: an index of {@link #links()}, so a repeated link is found without a scan. */
    abstract Set<Link> linkSet();

    /**
     * The ticket linked for the stakeholders, if one was: the latest linked with the purpose
     * {@link LinkPurpose#STAKEHOLDERS}. See {@link #stakeholdersTicket()} for the one updates go to.
     *
     * @return the ticket's reference
     */
    public abstract Option<String> linkedStakeholdersTicket();

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
    public abstract Option<DeclineRoute> declineRoute();

    /**
     * Why the incident was declined or canceled.
     *
     * @return the reason, or none unless DECLINED or CANCELED
     */
    public abstract Option<String> outcomeReason();

    /**
     * The incident this one was merged into.
     *
     * @return the surviving incident, or none unless MERGED
     */
    public abstract Option<IncidentId> mergedInto();

    /**
     * The incidents merged into this one, in the order they were merged.
     *
     * @return what each merged incident left to this one; empty if none
     * @since 0.1.0
     */
    public abstract Seq<Absorption> absorbed();

    /**
     * How many times the incident was reopened.
     *
     * @return the count
     */
    public abstract int reopenCount();

    /**
     * When the last event was recorded; commands recorded earlier are refused.
     *
     * @return the time, or none before any event
     */
    public abstract Option<Instant> lastRecordedAt();

    /**
     * The ids of every command that produced events. A command id in this set is not applied again.
     *
     * @return the applied command ids
     */
    public abstract Set<CommandId> appliedCommands();

    /**
     * Everyone who takes part in the response: who declared it, and who holds or held a role.
     *
     * @return participant id to responder, in the order they joined
     */
    public abstract Map<ResponderId, Responder> participants();

    /**
     * The current holders of each role that has or had one, in the order they took it.
     *
     * @return role to holders; a role nobody holds maps to an empty sequence or is absent
     */
    public abstract Map<Role, Seq<ResponderId>> roleHolders();

    /**
     * The role offers not yet accepted, declined, withdrawn or expired, oldest first.
     *
     * @return offer id to offer
     */
    public abstract Map<HandoffId, Handoff> openHandoffs();

    /**
     * Every advisory raised, oldest first.
     *
     * @return the advisories
     */
    public abstract Seq<Advisory> advisories();

    /**
     * The verdict of the latest assessment in triage.
     *
     * @return the verdict, or none before any assessment
     */
    public abstract Option<Verdict> verdict();

    /**
     * When more information was last asked of the reporter.
     *
     * @return the time, or none
     */
    public abstract Option<Instant> informationRequestedAt();

    /**
     * Who acknowledged the incident in the paging tool.
     *
     * @return the responder, or none before anyone did
     */
    public abstract Option<ResponderId> pagingAcknowledgedBy();

    /**
     * When the incident was acknowledged in the paging tool.
     *
     * @return the time, or none before anyone did
     */
    public abstract Option<Instant> pagingAcknowledgedAt();

    /**
     * When the reporter of a declined, canceled or merged report was told where it went.
     *
     * @return the time, or none
     */
    public abstract Option<Instant> reporterInformedAt();

    /**
     * Every severity the incident took, oldest first: the declared one, then each change.
     *
     * @return the history; empty before declaration
     */
    public abstract Seq<SeverityChange> severityHistory();

    /**
     * The most severe level the incident had at any moment from a time on (including the level in force
     * at that time).
     *
     * @param since the time; never {@code null}
     * @return the most severe level since then, or none before declaration
     */
    public Option<Severity> mostSevereSince(Instant since) {
        return severitiesSince(since).headOption();
    }

    /**
     * Every level the incident had at some moment from a time on (including the level in force at that
     * time), most severe first, each once.
     *
     * @param since the time; never {@code null}
     * @return the levels; empty before declaration
     * @since 0.1.0
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
    public abstract Seq<DataSource> dataSources();

    /**
     * The chat messages imported into the timeline, by key ({@link ChatMessage#key()}): importing them
     * again changes nothing.
     *
     * @return the message keys
     */
    public abstract Set<String> chatImported();

    /**
     * The chat messages reported as not imported, by key, with the reason: reported again only if the
     * reason changes, and imported by a later import that covers them.
     *
     * @return message key to reason
     */
    public abstract Map<String, String> chatNotImported();

    /**
     * The incident's postmortem, once started.
     *
     * @return the postmortem, or none
     */
    public abstract Option<Postmortem> postmortem();

    /**
     * Who declined, canceled or merged the incident.
     *
     * @return the responder, or none while it goes on or once resolved
     */
    public abstract Option<ResponderId> outcomeBy();

    /**
     * When the incident was declined, canceled or merged.
     *
     * @return the time, or none while it goes on or once resolved
     */
    public abstract Option<Instant> outcomeAt();

    /** Whether and since when the investigator has worked alone, for the investigator-alone advisory. */
    abstract Option<SoloWork> soloWork();

    /**
     * The current holders of a role.
     *
     * @param role the role; never {@code null}
     * @return the holders, in the order they took it; empty if vacant
     */
    public Seq<ResponderId> holders(Role role) {
        Objects.requireNonNull(role, "role");
        return roleHolders().get(role).getOrElse(Vector.empty());
    }

    /**
     * Tells whether a responder holds a role.
     *
     * @param responder the responder; never {@code null}
     * @param role the role; never {@code null}
     * @return {@code true} if they are one of its holders
     */
    public boolean holds(ResponderId responder, Role role) {
        Objects.requireNonNull(responder, "responder");
        return holders(role).contains(responder);
    }

    /**
     * The roles a responder holds.
     *
     * @param responder the responder; never {@code null}
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
     * @param candidates the statuses; never {@code null}
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
     * @param kind the kind; never {@code null}
     * @return the links of that kind
     */
    public Seq<Link> links(LinkKind kind) {
        Objects.requireNonNull(kind, "kind");
        return linksByKind().get(kind).getOrElse(Vector.empty());
    }

    /**
     * Tells whether the incident is linked to a place already.
     *
     * @param link the link; never {@code null}
     * @return {@code true} if that very link was added
     * @since 0.1.0
     */
    public boolean isLinked(Link link) {
        return linkSet().contains(Objects.requireNonNull(link, "link"));
    }

    /**
     * The status updates posted to one audience, oldest first, found without a scan of the others.
     *
     * @param audience the audience; never {@code null}
     * @return its updates; never {@code null}, empty when it was told nothing
     * @since 0.1.0
     */
    public Seq<StatusUpdate> updatesTo(Audience audience) {
        Objects.requireNonNull(audience, "audience");
        return updatesByAudience().get(audience).getOrElse(Vector.empty());
    }

    @Value.Check
    void check() {
        if (version() < 0) {
            throw new IllegalStateException("version must not be negative");
        }
        if (status().isEmpty() != (version() == 0)) {
            throw new IllegalStateException("an incident has a status exactly when it has events");
        }
    }
}
