package dev.incidentkit.incident;

import dev.incidentkit.base.Nulls;
import dev.incidentkit.postmortem.ActionItem;
import dev.incidentkit.postmortem.Section;
import dev.incidentkit.process.CommandKind;
import dev.incidentkit.report.Assessment;
import dev.incidentkit.report.ReportSource;
import dev.incidentkit.role.Audience;
import dev.incidentkit.role.OnCallRoster;
import dev.incidentkit.role.Responder;
import dev.incidentkit.role.ResponderId;
import dev.incidentkit.role.Role;
import dev.incidentkit.severity.Severity;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/**
 * Something a person or system asks of an incident. The {@link IncidentDecider} accepts a command
 * with events or refuses it with a {@link Rejection}; a command itself changes nothing.
 *
 * <p>Commands are immutable values. Their texts come from outside and are checked by the decider, so
 * constructors only refuse {@code null}, including {@code null} inside an option or a collection. A time a command claims for a fact ({@code occurredAt}) may
 * be earlier than when it was recorded, never later.
 *
 * @since 0.1.0
 */
public sealed interface IncidentCommand {

    /**
     * The command's id, incident, actor and recording time.
     *
     * @return the header; never {@code null}
     */
    CommandHeader header();

    /**
     * The command's id.
     *
     * @return the id; never {@code null}
     */
    default CommandId commandId() {
        return header().commandId();
    }

    /**
     * The incident the command is about.
     *
     * @return the id; never {@code null}
     */
    default IncidentId incidentId() {
        return header().incidentId();
    }

    /**
     * Who issues the command.
     *
     * @return the actor; never {@code null}
     */
    default ResponderId actor() {
        return header().actor();
    }

    /**
     * When the command was recorded.
     *
     * @return the time; never {@code null}
     */
    default Instant recordedAt() {
        return header().recordedAt();
    }

    /**
     * The same command under another header: another id, actor or recording time. The desk uses it to
     * stamp each attempt with its own clock's time (see {@code IncidentDesk}); what the command says
     * happened, and when ({@code occurredAt} where it has one), is unchanged.
     *
     * @param header the new header; never {@code null}
     * @return the command with that header
     * @throws NullPointerException if {@code header} is {@code null}
     * @since 0.1.0
     */
    IncidentCommand withHeader(CommandHeader header);

    /**
     * What kind of command this is, as the process's authority table names it.
     *
     * @return the kind; never {@code null}
     */
    CommandKind commandKind();

    /**
     * The command's name as a verb for sentences, such as {@code "declare"} or {@code "change severity"}.
     *
     * @return the verb, lower case
     */
    default String verb() {
        return commandKind().verb();
    }

    /**
     * Opens an incident in TRIAGE from a report.
     *
     * @param header the command header; never {@code null}
     * @param source where the report came from; never {@code null}
     * @param summary what was reported, one line; never {@code null}
     * @param detectedAt when the problem was brought to attention, if before the report was recorded
     *     (the alert fired at 12:42, recorded at 12:43); never {@code null}
     * @param impactStartedAt a best guess of when the impact began, if known; never {@code null}
     * @since 0.1.0
     */
    record Report(
            CommandHeader header,
            ReportSource source,
            String summary,
            Option<Instant> detectedAt,
            Option<Instant> impactStartedAt) implements IncidentCommand {
        /**
         * Creates the value.
         *
         * @param header the command header; never {@code null}
         * @param source where the report came from; never {@code null}
         * @param summary what was reported, one line; never {@code null}
         * @param detectedAt when the problem was brought to attention, if before the report was recorded
         *     (the alert fired at 12:42, recorded at 12:43); never {@code null}
         * @param impactStartedAt a best guess of when the impact began, if known; never {@code null}
         * @throws NullPointerException if an argument is {@code null}
         */
        public Report {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(summary, "summary");
            Nulls.requireContent(detectedAt, "detectedAt");
            Nulls.requireContent(impactStartedAt, "impactStartedAt");
        }

        @Override
        public CommandKind commandKind() {
            return CommandKind.REPORT;
        }

        @Override
        public Report withHeader(CommandHeader header) {
            return new Report(header, source, summary, detectedAt, impactStartedAt);
        }

        /**
         * A report detected when it is recorded, with no guess at the start of impact.
         *
         * @param header the command header; never {@code null}
         * @param source where it came from; never {@code null}
         * @param summary what was reported; never {@code null}
         * @return the command
         */
        public static Report of(CommandHeader header, ReportSource source, String summary) {
            return new Report(header, source, summary, Option.none(), Option.none());
        }
    }

    /**
     * Declares a reported incident: TRIAGE to DECLARED.
     *
     * @param header the command header; never {@code null}
     * @param title a short descriptive title, one line; never {@code null}
     * @param severity the initial severity, a level of the process's scale; never {@code null}
     * @param impact who is affected and how; never {@code null}
     * @param impactedService the service that is affected, one line; never {@code null}
     * @param impactStartedAt a best guess of when the impact began, if known; never {@code null}
     * @param roster who is on call and available, from which the process's staffing rule fills the
     *     roles; empty when unknown, and then the declarer takes the required roles; never {@code null}
     * @since 0.1.0
     */
    record Declare(
            CommandHeader header,
            String title,
            Severity severity,
            Impact impact,
            String impactedService,
            Option<Instant> impactStartedAt,
            OnCallRoster roster) implements IncidentCommand {
        /**
         * Creates the value.
         *
         * @param header the command header; never {@code null}
         * @param title a short descriptive title, one line; never {@code null}
         * @param severity the initial severity, a level of the process's scale; never {@code null}
         * @param impact who is affected and how; never {@code null}
         * @param impactedService the service that is affected, one line; never {@code null}
         * @param impactStartedAt a best guess of when the impact began, if known; never {@code null}
         * @param roster who is on call and available; never {@code null}
         * @throws NullPointerException if an argument is {@code null}
         */
        public Declare {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(severity, "severity");
            Objects.requireNonNull(impact, "impact");
            Objects.requireNonNull(impactedService, "impactedService");
            Nulls.requireContent(impactStartedAt, "impactStartedAt");
            Objects.requireNonNull(roster, "roster");
        }

        @Override
        public CommandKind commandKind() {
            return CommandKind.DECLARE;
        }

        @Override
        public Declare withHeader(CommandHeader header) {
            return new Declare(header, title, severity, impact, impactedService, impactStartedAt, roster);
        }

        /**
         * A declaration with no guess at the start of impact and no roster: the declarer takes the
         * required roles.
         *
         * @param header the command header; never {@code null}
         * @param title the title; never {@code null}
         * @param severity the initial severity; never {@code null}
         * @param impact the impact; never {@code null}
         * @param impactedService the affected service; never {@code null}
         * @return the command
         */
        public static Declare of(
                CommandHeader header, String title, Severity severity, Impact impact, String impactedService) {
            return new Declare(header, title, severity, impact, impactedService, Option.none(), OnCallRoster.empty());
        }
    }

    /**
     * Assesses a report in TRIAGE as not an incident and routes it elsewhere: TRIAGE to DECLINED.
     * The reporter is to be told where it went and how to report next time.
     *
     * @param header the command header; never {@code null}
     * @param reason why it is not an incident; never {@code null}
     * @param route where it goes instead; never {@code null}
     * @since 0.1.0
     */
    record Decline(CommandHeader header, String reason, DeclineRoute route) implements IncidentCommand {
        /**
         * Creates the value.
         *
         * @param header the command header; never {@code null}
         * @param reason why it is not an incident; never {@code null}
         * @param route where it goes instead; never {@code null}
         * @throws NullPointerException if an argument is {@code null}
         */
        public Decline {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(route, "route");
        }

        @Override
        public CommandKind commandKind() {
            return CommandKind.DECLINE;
        }

        @Override
        public Decline withHeader(CommandHeader header) {
            return new Decline(header, reason, route);
        }
    }

    /**
     * Records or revises the best guess of when the impact began. Allowed until the incident is
     * closed, declined, canceled or merged.
     *
     * @param header the command header; never {@code null}
     * @param startedAt when the impact began, not after the command is recorded; never {@code null}
     * @since 0.1.0
     */
    record EstimateImpactStart(CommandHeader header, Instant startedAt) implements IncidentCommand {
        /**
         * Creates the value.
         *
         * @param header the command header; never {@code null}
         * @param startedAt when the impact began, not after the command is recorded; never {@code null}
         * @throws NullPointerException if an argument is {@code null}
         */
        public EstimateImpactStart {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(startedAt, "startedAt");
        }

        @Override
        public CommandKind commandKind() {
            return CommandKind.ESTIMATE_IMPACT_START;
        }

        @Override
        public EstimateImpactStart withHeader(CommandHeader header) {
            return new EstimateImpactStart(header, startedAt);
        }
    }

    /**
     * Changes the severity of a declared incident. Lowering it needs a reason.
     *
     * @param header the command header; never {@code null}
     * @param severity the new severity, a level of the process's scale; never {@code null}
     * @param reason why it changes; required when the new level is less severe; never {@code null}
     * @since 0.1.0
     */
    record ChangeSeverity(CommandHeader header, Severity severity, Option<String> reason) implements IncidentCommand {
        /**
         * Creates the value.
         *
         * @param header the command header; never {@code null}
         * @param severity the new severity, a level of the process's scale; never {@code null}
         * @param reason why it changes; required when the new level is less severe; never {@code null}
         * @throws NullPointerException if an argument is {@code null}
         */
        public ChangeSeverity {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(severity, "severity");
            Nulls.requireContent(reason, "reason");
        }

        @Override
        public CommandKind commandKind() {
            return CommandKind.CHANGE_SEVERITY;
        }

        @Override
        public ChangeSeverity withHeader(CommandHeader header) {
            return new ChangeSeverity(header, severity, reason);
        }
    }

    /**
     * Posts a status update. Progress updates are posted while the incident is open; once it is
     * RESOLVED only the resolution notice.
     *
     * @param header the command header; never {@code null}
     * @param kind progress or resolution notice; never {@code null}
     * @param audience who it is for; never {@code null}
     * @param text what it says; never {@code null}
     * @param nextUpdateBy when the next update will come, after the command is recorded; required for a
     *     progress update, none for a resolution notice; never {@code null}
     * @since 0.1.0
     */
    record PostUpdate(
            CommandHeader header,
            UpdateKind kind,
            Audience audience,
            String text,
            Option<Instant> nextUpdateBy) implements IncidentCommand {
        /**
         * Creates the value.
         *
         * @param header the command header; never {@code null}
         * @param kind progress or resolution notice; never {@code null}
         * @param audience who it is for; never {@code null}
         * @param text what it says; never {@code null}
         * @param nextUpdateBy when the next update will come, after the command is recorded; none for a resolution notice; never {@code null}
         * @throws NullPointerException if an argument is {@code null}
         */
        public PostUpdate {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(audience, "audience");
            Objects.requireNonNull(text, "text");
            Nulls.requireContent(nextUpdateBy, "nextUpdateBy");
        }

        @Override
        public CommandKind commandKind() {
            return CommandKind.POST_UPDATE;
        }

        @Override
        public PostUpdate withHeader(CommandHeader header) {
            return new PostUpdate(header, kind, audience, text, nextUpdateBy);
        }

        /**
         * A progress update that promises the next one by a time.
         *
         * @param header the command header; never {@code null}
         * @param audience who it is for; never {@code null}
         * @param text what it says; never {@code null}
         * @param nextUpdateBy when the next update will come; never {@code null}
         * @return the command
         */
        public static PostUpdate progress(CommandHeader header, Audience audience, String text, Instant nextUpdateBy) {
            return new PostUpdate(header, UpdateKind.PROGRESS, audience, text, Option.some(nextUpdateBy));
        }

        /**
         * A resolution notice.
         *
         * @param header the command header; never {@code null}
         * @param audience who it is for; never {@code null}
         * @param text what it says; never {@code null}
         * @return the command
         */
        public static PostUpdate resolution(CommandHeader header, Audience audience, String text) {
            return new PostUpdate(header, UpdateKind.RESOLUTION, audience, text, Option.none());
        }
    }

    /**
     * Links the incident to an outside place: its channel, a ticket, the paging incident, a status
     * page incident, a conference room. Allowed until the incident is closed, declined, canceled or
     * merged.
     *
     * @param header the command header; never {@code null}
     * @param link the link; never {@code null}
     * @param purpose what the link is for; none leaves it to {@link LinkPurpose}'s default (a ticket linked
     *     while the incident is open and has no stakeholders' ticket becomes theirs; a later one follows
     *     up); never {@code null}
     * @since 0.1.0
     */
    record AddLink(CommandHeader header, Link link, Option<LinkPurpose> purpose) implements IncidentCommand {
        /**
         * Creates the value.
         *
         * @param header the command header; never {@code null}
         * @param link the link; never {@code null}
         * @param purpose what the link is for, if the caller says; never {@code null}
         * @throws NullPointerException if an argument is {@code null}
         */
        public AddLink {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(link, "link");
            Nulls.requireContent(purpose, "purpose");
        }

        /**
         * A link whose purpose follows the default.
         *
         * @param header the command header; never {@code null}
         * @param link the link; never {@code null}
         * @throws NullPointerException if an argument is {@code null}
         */
        public AddLink(CommandHeader header, Link link) {
            this(header, link, Option.none());
        }

        @Override
        public CommandKind commandKind() {
            return CommandKind.ADD_LINK;
        }

        @Override
        public AddLink withHeader(CommandHeader header) {
            return new AddLink(header, link, purpose);
        }
    }

    /**
     * Records that the bleeding has stopped while the team keeps watching: DECLARED to MITIGATED.
     *
     * @param header the command header; never {@code null}
     * @param note what stopped it; never {@code null}
     * @param occurredAt when it stopped, if before the command is recorded; never {@code null}
     * @since 0.1.0
     */
    record Mitigate(CommandHeader header, String note, Option<Instant> occurredAt) implements IncidentCommand {
        /**
         * Creates the value.
         *
         * @param header the command header; never {@code null}
         * @param note what stopped it; never {@code null}
         * @param occurredAt when it stopped, if before the command is recorded; never {@code null}
         * @throws NullPointerException if an argument is {@code null}
         */
        public Mitigate {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(note, "note");
            Nulls.requireContent(occurredAt, "occurredAt");
        }

        @Override
        public CommandKind commandKind() {
            return CommandKind.MITIGATE;
        }

        @Override
        public Mitigate withHeader(CommandHeader header) {
            return new Mitigate(header, note, occurredAt);
        }
    }

    /**
     * Records that the incident is fixed and how the fix was verified: DECLARED or MITIGATED to RESOLVED.
     *
     * @param header the command header; never {@code null}
     * @param verification how the fix was verified; never {@code null}
     * @param occurredAt when it was fixed, if before the command is recorded; never {@code null}
     * @since 0.1.0
     */
    record Resolve(CommandHeader header, String verification, Option<Instant> occurredAt) implements IncidentCommand {
        /**
         * Creates the value.
         *
         * @param header the command header; never {@code null}
         * @param verification how the fix was verified; never {@code null}
         * @param occurredAt when it was fixed, if before the command is recorded; never {@code null}
         * @throws NullPointerException if an argument is {@code null}
         */
        public Resolve {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(verification, "verification");
            Nulls.requireContent(occurredAt, "occurredAt");
        }

        @Override
        public CommandKind commandKind() {
            return CommandKind.RESOLVE;
        }

        @Override
        public Resolve withHeader(CommandHeader header) {
            return new Resolve(header, verification, occurredAt);
        }
    }

    /**
     * Reopens a mitigated or resolved incident, for example on a new report of the same problem:
     * MITIGATED or RESOLVED to DECLARED. The earlier mitigation and resolution stay in the history.
     *
     * @param header the command header; never {@code null}
     * @param reason why it is reopened; never {@code null}
     * @since 0.1.0
     */
    record Reopen(CommandHeader header, String reason) implements IncidentCommand {
        /**
         * Creates the value.
         *
         * @param header the command header; never {@code null}
         * @param reason why it is reopened; never {@code null}
         * @throws NullPointerException if an argument is {@code null}
         */
        public Reopen {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public CommandKind commandKind() {
            return CommandKind.REOPEN;
        }

        @Override
        public Reopen withHeader(CommandHeader header) {
            return new Reopen(header, reason);
        }
    }

    /**
     * Cancels an open incident assessed as not qualifying: TRIAGE, DECLARED or MITIGATED to CANCELED.
     *
     * @param header the command header; never {@code null}
     * @param reason why it does not qualify; never {@code null}
     * @since 0.1.0
     */
    record Cancel(CommandHeader header, String reason) implements IncidentCommand {
        /**
         * Creates the value.
         *
         * @param header the command header; never {@code null}
         * @param reason why it does not qualify; never {@code null}
         * @throws NullPointerException if an argument is {@code null}
         */
        public Cancel {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public CommandKind commandKind() {
            return CommandKind.CANCEL;
        }

        @Override
        public Cancel withHeader(CommandHeader header) {
            return new Cancel(header, reason);
        }
    }

    /**
     * Folds an open incident into another that carries on: TRIAGE, DECLARED or MITIGATED to MERGED.
     *
     * @param header the command header; never {@code null}
     * @param into the incident that carries on; not this one; never {@code null}
     * @since 0.1.0
     */
    record Merge(CommandHeader header, IncidentId into) implements IncidentCommand {
        /**
         * Creates the value.
         *
         * @param header the command header; never {@code null}
         * @param into the incident that carries on; not this one; never {@code null}
         * @throws NullPointerException if an argument is {@code null}
         */
        public Merge {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(into, "into");
        }

        @Override
        public CommandKind commandKind() {
            return CommandKind.MERGE;
        }

        @Override
        public Merge withHeader(CommandHeader header) {
            return new Merge(header, into);
        }
    }

    /**
     * Closes a resolved incident: RESOLVED to CLOSED.
     *
     * @param header the command header; never {@code null}
     * @since 0.1.0
     */
    record Close(CommandHeader header) implements IncidentCommand {
        /**
         * Creates the value.
         *
         * @param header the command header; never {@code null}
         * @throws NullPointerException if {@code header} is {@code null}
         */
        public Close {
            Objects.requireNonNull(header, "header");
        }

        @Override
        public CommandKind commandKind() {
            return CommandKind.CLOSE;
        }

        @Override
        public Close withHeader(CommandHeader header) {
            return new Close(header);
        }
    }

    /**
     * Gives a role to a responder: fills a vacant role, or pulls a responder in as one of several
     * holders (a Subject Matter Expert). A role with a holder already is relieved only by a handoff.
     *
     * @param header the command header; never {@code null}
     * @param role the role, one of the process's; never {@code null}
     * @param responder who takes it; never {@code null}
     * @param reason why, such as the expertise needed; never {@code null}
     * @since 0.1.0
     */
    record AssignRole(CommandHeader header, Role role, Responder responder, String reason) implements IncidentCommand {
        /**
         * Creates the command.
         *
         * @param header the command header; never {@code null}
         * @param role the role; never {@code null}
         * @param responder who takes it; never {@code null}
         * @param reason why; never {@code null}
         * @throws NullPointerException if an argument is {@code null}
         */
        public AssignRole {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(responder, "responder");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public CommandKind commandKind() {
            return CommandKind.ASSIGN_ROLE;
        }

        @Override
        public AssignRole withHeader(CommandHeader header) {
            return new AssignRole(header, role, responder, reason);
        }
    }

    /**
     * Takes a role that may be vacant away from one of its holders, for example when a Subject Matter
     * Expert is no longer needed. A required role cannot be released, only handed off.
     *
     * @param header the command header; never {@code null}
     * @param role the role; never {@code null}
     * @param holder the holder who lets go; never {@code null}
     * @param reason why; never {@code null}
     * @since 0.1.0
     */
    record ReleaseRole(CommandHeader header, Role role, ResponderId holder, String reason) implements IncidentCommand {
        /**
         * Creates the command.
         *
         * @param header the command header; never {@code null}
         * @param role the role; never {@code null}
         * @param holder the holder who lets go; never {@code null}
         * @param reason why; never {@code null}
         * @throws NullPointerException if an argument is {@code null}
         */
        public ReleaseRole {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(holder, "holder");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public CommandKind commandKind() {
            return CommandKind.RELEASE_ROLE;
        }

        @Override
        public ReleaseRole withHeader(CommandHeader header) {
            return new ReleaseRole(header, role, holder, reason);
        }
    }

    /**
     * Offers a holder's role to another responder: the first phase of a handoff, made by the holder or
     * the Incident Commander. The holder keeps the role until the offer is accepted.
     *
     * @param header the command header; its command id becomes the {@link HandoffId}; never {@code null}
     * @param role the role; never {@code null}
     * @param from the holder to be relieved; never {@code null}
     * @param to the responder offered the role; never {@code null}
     * @param note what the new holder needs to know; never {@code null}
     * @since 0.1.0
     */
    record OfferHandoff(CommandHeader header, Role role, ResponderId from, Responder to, String note)
            implements IncidentCommand {
        /**
         * Creates the command.
         *
         * @param header the command header; never {@code null}
         * @param role the role; never {@code null}
         * @param from the holder to be relieved; never {@code null}
         * @param to the responder offered the role; never {@code null}
         * @param note what the new holder needs to know; never {@code null}
         * @throws NullPointerException if an argument is {@code null}
         */
        public OfferHandoff {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(note, "note");
        }

        /**
         * The id that later commands use to answer this offer.
         *
         * @return the handoff id
         */
        public HandoffId handoffId() {
            return HandoffId.of(header.commandId());
        }

        @Override
        public CommandKind commandKind() {
            return CommandKind.OFFER_HANDOFF;
        }

        @Override
        public OfferHandoff withHeader(CommandHeader header) {
            return new OfferHandoff(header, role, from, to, note);
        }
    }

    /**
     * Accepts an open role offer: the second phase of a handoff, by the offered responder only. The
     * role moves to them at once.
     *
     * @param header the command header; never {@code null}
     * @param handoff the offer; never {@code null}
     * @since 0.1.0
     */
    record AcceptHandoff(CommandHeader header, HandoffId handoff) implements IncidentCommand {
        /**
         * Creates the command.
         *
         * @param header the command header; never {@code null}
         * @param handoff the offer; never {@code null}
         * @throws NullPointerException if an argument is {@code null}
         */
        public AcceptHandoff {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(handoff, "handoff");
        }

        @Override
        public CommandKind commandKind() {
            return CommandKind.ACCEPT_HANDOFF;
        }

        @Override
        public AcceptHandoff withHeader(CommandHeader header) {
            return new AcceptHandoff(header, handoff);
        }
    }

    /**
     * Declines an open role offer, by the offered responder only. The holder keeps the role.
     *
     * @param header the command header; never {@code null}
     * @param handoff the offer; never {@code null}
     * @param reason why; never {@code null}
     * @since 0.1.0
     */
    record DeclineHandoff(CommandHeader header, HandoffId handoff, String reason) implements IncidentCommand {
        /**
         * Creates the command.
         *
         * @param header the command header; never {@code null}
         * @param handoff the offer; never {@code null}
         * @param reason why; never {@code null}
         * @throws NullPointerException if an argument is {@code null}
         */
        public DeclineHandoff {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(handoff, "handoff");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public CommandKind commandKind() {
            return CommandKind.DECLINE_HANDOFF;
        }

        @Override
        public DeclineHandoff withHeader(CommandHeader header) {
            return new DeclineHandoff(header, handoff, reason);
        }
    }

    /**
     * Withdraws an open role offer, by whoever made it or the Incident Commander. The holder keeps the
     * role.
     *
     * @param header the command header; never {@code null}
     * @param handoff the offer; never {@code null}
     * @param reason why; never {@code null}
     * @since 0.1.0
     */
    record WithdrawHandoff(CommandHeader header, HandoffId handoff, String reason) implements IncidentCommand {
        /**
         * Creates the command.
         *
         * @param header the command header; never {@code null}
         * @param handoff the offer; never {@code null}
         * @param reason why; never {@code null}
         * @throws NullPointerException if an argument is {@code null}
         */
        public WithdrawHandoff {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(handoff, "handoff");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public CommandKind commandKind() {
            return CommandKind.WITHDRAW_HANDOFF;
        }

        @Override
        public WithdrawHandoff withHeader(CommandHeader header) {
            return new WithdrawHandoff(header, handoff, reason);
        }
    }

    /**
     * Records that an open role offer expired unanswered, once its time is up. The holder keeps the role.
     *
     * @param header the command header, recorded at or after the offer's expiry; never {@code null}
     * @param handoff the offer; never {@code null}
     * @since 0.1.0
     */
    record ExpireHandoff(CommandHeader header, HandoffId handoff) implements IncidentCommand {
        /**
         * Creates the command.
         *
         * @param header the command header; never {@code null}
         * @param handoff the offer; never {@code null}
         * @throws NullPointerException if an argument is {@code null}
         */
        public ExpireHandoff {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(handoff, "handoff");
        }

        @Override
        public CommandKind commandKind() {
            return CommandKind.EXPIRE_HANDOFF;
        }

        @Override
        public ExpireHandoff withHeader(CommandHeader header) {
            return new ExpireHandoff(header, handoff);
        }
    }

    /**
     * Takes a role over from a holder who cannot hand it off, such as an unreachable commander: the
     * first phase of a takeover. Someone the process's authority table allows (by default the
     * Technology Lead, whom guide 000 empowers "to delegate on your behalf") offers the role on the
     * holder's behalf, with the reason. The holder keeps the role until the new holder accepts with
     * {@link AcceptHandoff}, so the role is never vacant; when the actor offers the role to themselves,
     * the acceptance is part of this command. An open offer of the role from the same holder is
     * withdrawn by the takeover.
     *
     * @param header the command header; never {@code null}
     * @param role the role; never {@code null}
     * @param from the holder who cannot hand it off; never {@code null}
     * @param to the responder who is to hold it; never {@code null}
     * @param reason why the holder is passed over, such as "unreachable for 20 minutes"; never {@code null}
     * @since 0.1.0
     */
    record TakeOverRole(CommandHeader header, Role role, ResponderId from, Responder to, String reason)
            implements IncidentCommand {
        /**
         * Creates the command.
         *
         * @param header the command header; never {@code null}
         * @param role the role; never {@code null}
         * @param from the holder passed over; never {@code null}
         * @param to the responder who is to hold the role; never {@code null}
         * @param reason why the holder is passed over; never {@code null}
         * @throws NullPointerException if an argument is {@code null}
         */
        public TakeOverRole {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(reason, "reason");
        }

        /**
         * The id of the offer this takeover opens, which the new holder accepts.
         *
         * @return the handoff id
         */
        public HandoffId handoffId() {
            return HandoffId.of(header.commandId());
        }

        @Override
        public CommandKind commandKind() {
            return CommandKind.TAKE_OVER_ROLE;
        }

        @Override
        public TakeOverRole withHeader(CommandHeader header) {
            return new TakeOverRole(header, role, from, to, reason);
        }
    }

    /**
     * Records an action a responder took: a debugging step, a fix attempt, a hypothesis, a note.
     *
     * @param header the command header; never {@code null}
     * @param action what kind of action; never {@code null}
     * @param text what was done or found, with any command pasted in; never {@code null}
     * @param occurredAt when it was done, if before it was recorded; never {@code null}
     * @since 0.1.0
     */
    record RecordAction(CommandHeader header, ActionKind action, String text, Option<Instant> occurredAt)
            implements IncidentCommand {
        /**
         * Creates the command.
         *
         * @param header the command header; never {@code null}
         * @param action what kind of action; never {@code null}
         * @param text what was done or found; never {@code null}
         * @param occurredAt when it was done, if earlier; never {@code null}
         * @throws NullPointerException if an argument is {@code null}
         */
        public RecordAction {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(text, "text");
            Nulls.requireContent(occurredAt, "occurredAt");
        }

        @Override
        public CommandKind commandKind() {
            return CommandKind.RECORD_ACTION;
        }

        @Override
        public RecordAction withHeader(CommandHeader header) {
            return new RecordAction(header, action, text, occurredAt);
        }
    }

    /**
     * Records what triage found about a report in TRIAGE; the process judges it and the verdict is recorded with it. May be repeated as more is learned.
     *
     * @param header the command header; never {@code null}
     * @param assessment what triage found; never {@code null}
     * @since 0.1.0
     */
    record Assess(CommandHeader header, Assessment assessment) implements IncidentCommand {
        /**
         * Creates the command.
         *
         * @param header the command header; never {@code null}
         * @param assessment what triage found; never {@code null}
         * @throws NullPointerException if an argument is {@code null}
         */
        public Assess {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(assessment, "assessment");
        }

        @Override
        public CommandKind commandKind() {
            return CommandKind.ASSESS;
        }

        @Override
        public Assess withHeader(CommandHeader header) {
            return new Assess(header, assessment);
        }
    }

    /**
     * Asks the reporter for more information, for example when a support ticket could not be reproduced (000). Only for a report whose source names a reporter.
     *
     * @param header the command header; never {@code null}
     * @param question what is asked; never {@code null}
     * @since 0.1.0
     */
    record RequestInformation(CommandHeader header, String question) implements IncidentCommand {
        /**
         * Creates the command.
         *
         * @param header the command header; never {@code null}
         * @param question what is asked; never {@code null}
         * @throws NullPointerException if an argument is {@code null}
         */
        public RequestInformation {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(question, "question");
        }

        @Override
        public CommandKind commandKind() {
            return CommandKind.REQUEST_INFORMATION;
        }

        @Override
        public RequestInformation withHeader(CommandHeader header) {
            return new RequestInformation(header, question);
        }
    }

    /**
     * Records that the actor acknowledged the incident in the paging tool (000).
     *
     * @param header the command header; never {@code null}
     * @since 0.1.0
     */
    record AcknowledgePaging(CommandHeader header) implements IncidentCommand {
        /**
         * Creates the command.
         *
         * @param header the command header; never {@code null}
         * @throws NullPointerException if an argument is {@code null}
         */
        public AcknowledgePaging {
            Objects.requireNonNull(header, "header");
        }

        @Override
        public CommandKind commandKind() {
            return CommandKind.ACKNOWLEDGE;
        }

        @Override
        public AcknowledgePaging withHeader(CommandHeader header) {
            return new AcknowledgePaging(header);
        }
    }

    /**
     * Records that the reporter of a declined, canceled or merged report was told where it went and how to report next
     * time (003).
     *
     * @param header the command header; never {@code null}
     * @param message what the reporter was told; never {@code null}
     * @since 0.1.0
     */
    record InformReporter(CommandHeader header, String message) implements IncidentCommand {
        /**
         * Creates the command.
         *
         * @param header the command header; never {@code null}
         * @param message what the reporter was told; never {@code null}
         * @throws NullPointerException if an argument is {@code null}
         */
        public InformReporter {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(message, "message");
        }

        @Override
        public CommandKind commandKind() {
            return CommandKind.INFORM_REPORTER;
        }

        @Override
        public InformReporter withHeader(CommandHeader header) {
            return new InformReporter(header, message);
        }
    }

    /**
     * Imports the messages of a chat channel for a time window into the timeline. Threaded replies, messages of other channels or outside the window, and messages already imported are not imported; each is listed with the reason.
     *
     * @param header the command header; never {@code null}
     * @param source the channel and window; never {@code null}
     * @param messages the messages the chat adapter fetched; never {@code null}
     * @since 0.1.0
     */
    record ImportChat(CommandHeader header, DataSource source, Seq<ChatMessage> messages) implements IncidentCommand {
        /**
         * Creates the command.
         *
         * @param header the command header; never {@code null}
         * @param source the channel and window; never {@code null}
         * @param messages the messages the chat adapter fetched; never {@code null}
         * @throws NullPointerException if an argument is {@code null}
         */
        public ImportChat {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(source, "source");
            Nulls.requireElements(messages, "messages");
        }

        @Override
        public CommandKind commandKind() {
            return CommandKind.IMPORT_CHAT;
        }

        @Override
        public ImportChat withHeader(CommandHeader header) {
            return new ImportChat(header, source, messages);
        }
    }

    /**
     * Starts the postmortem of a resolved incident: RESOLVED to IN_REVIEW. The owner of the review process is the commander unless another participant is named (001: "or someone else they delegate to explicitly").
     *
     * @param header the command header; never {@code null}
     * @param owner the owner, if not the commander; never {@code null}
     * @since 0.1.0
     */
    record StartPostmortem(CommandHeader header, Option<ResponderId> owner) implements IncidentCommand {
        /**
         * Creates the command.
         *
         * @param header the command header; never {@code null}
         * @param owner the owner, if not the commander; never {@code null}
         * @throws NullPointerException if an argument is {@code null}
         */
        public StartPostmortem {
            Objects.requireNonNull(header, "header");
            Nulls.requireContent(owner, "owner");
        }

        @Override
        public CommandKind commandKind() {
            return CommandKind.START_POSTMORTEM;
        }

        @Override
        public StartPostmortem withHeader(CommandHeader header) {
            return new StartPostmortem(header, owner);
        }
    }

    /**
     * Records the best guesses of when impact began (may precede the report) and ended (after the start).
     *
     * @param header the command header; never {@code null}
     * @param start when impact began; never {@code null}
     * @param end when service was restored, if known; never {@code null}
     * @since 0.1.0
     */
    record SetImpactWindow(CommandHeader header, Instant start, Option<Instant> end) implements IncidentCommand {
        /**
         * Creates the command.
         *
         * @param header the command header; never {@code null}
         * @param start when impact began; never {@code null}
         * @param end when service was restored, if known; never {@code null}
         * @throws NullPointerException if an argument is {@code null}
         */
        public SetImpactWindow {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(start, "start");
            Nulls.requireContent(end, "end");
        }

        @Override
        public CommandKind commandKind() {
            return CommandKind.SET_IMPACT_WINDOW;
        }

        @Override
        public SetImpactWindow withHeader(CommandHeader header) {
            return new SetImpactWindow(header, start, end);
        }
    }

    /**
     * Writes or rewrites a section of the postmortem.
     *
     * @param header the command header; never {@code null}
     * @param section the section; never {@code null}
     * @param text its text; never {@code null}
     * @since 0.1.0
     */
    record WriteSection(CommandHeader header, Section section, String text) implements IncidentCommand {
        /**
         * Creates the command.
         *
         * @param header the command header; never {@code null}
         * @param section the section; never {@code null}
         * @param text its text; never {@code null}
         * @throws NullPointerException if an argument is {@code null}
         */
        public WriteSection {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(section, "section");
            Objects.requireNonNull(text, "text");
        }

        @Override
        public CommandKind commandKind() {
            return CommandKind.WRITE_SECTION;
        }

        @Override
        public WriteSection withHeader(CommandHeader header) {
            return new WriteSection(header, section, text);
        }
    }

    /**
     * Adds a follow-up action, linked to the issue that tracks it.
     *
     * @param header the command header; never {@code null}
     * @param itemId an id for the item, unique within the postmortem; never {@code null}
     * @param text what is to be done; never {@code null}
     * @param issue the tracking issue's URL, when created; never {@code null}
     * @since 0.1.0
     */
    record AddActionItem(CommandHeader header, String itemId, String text, Option<String> issue) implements IncidentCommand {
        /**
         * Creates the command.
         *
         * @param header the command header; never {@code null}
         * @param itemId an id for the item, unique within the postmortem; never {@code null}
         * @param text what is to be done; never {@code null}
         * @param issue the tracking issue's URL, when created; never {@code null}
         * @throws NullPointerException if an argument is {@code null}
         */
        public AddActionItem {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(itemId, "itemId");
            Objects.requireNonNull(text, "text");
            Nulls.requireContent(issue, "issue");
        }

        @Override
        public CommandKind commandKind() {
            return CommandKind.ADD_ACTION_ITEM;
        }

        @Override
        public AddActionItem withHeader(CommandHeader header) {
            return new AddActionItem(header, itemId, text, issue);
        }
    }

    /**
     * Marks a follow-up action open, done or won't do.
     *
     * @param header the command header; never {@code null}
     * @param itemId the item; never {@code null}
     * @param status its new status; never {@code null}
     * @since 0.1.0
     */
    record UpdateActionItem(CommandHeader header, String itemId, ActionItem.Status status) implements IncidentCommand {
        /**
         * Creates the command.
         *
         * @param header the command header; never {@code null}
         * @param itemId the item; never {@code null}
         * @param status its new status; never {@code null}
         * @throws NullPointerException if an argument is {@code null}
         */
        public UpdateActionItem {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(itemId, "itemId");
            Objects.requireNonNull(status, "status");
        }

        @Override
        public CommandKind commandKind() {
            return CommandKind.UPDATE_ACTION_ITEM;
        }

        @Override
        public UpdateActionItem withHeader(CommandHeader header) {
            return new UpdateActionItem(header, itemId, status);
        }
    }

    /**
     * The owner asks the other responders to review the postmortem: DRAFT to IN_REVIEW.
     *
     * @param header the command header; never {@code null}
     * @since 0.1.0
     */
    record RequestReview(CommandHeader header) implements IncidentCommand {
        /**
         * Creates the command.
         *
         * @param header the command header; never {@code null}
         * @throws NullPointerException if an argument is {@code null}
         */
        public RequestReview {
            Objects.requireNonNull(header, "header");
        }

        @Override
        public CommandKind commandKind() {
            return CommandKind.REQUEST_REVIEW;
        }

        @Override
        public RequestReview withHeader(CommandHeader header) {
            return new RequestReview(header);
        }
    }

    /**
     * A responder other than the owner reviews the postmortem, adding context or asking for changes.
     *
     * @param header the command header; never {@code null}
     * @param comment what they said or added; never {@code null}
     * @since 0.1.0
     */
    record ReviewPostmortem(CommandHeader header, String comment) implements IncidentCommand {
        /**
         * Creates the command.
         *
         * @param header the command header; never {@code null}
         * @param comment what they said or added; never {@code null}
         * @throws NullPointerException if an argument is {@code null}
         */
        public ReviewPostmortem {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(comment, "comment");
        }

        @Override
        public CommandKind commandKind() {
            return CommandKind.REVIEW_POSTMORTEM;
        }

        @Override
        public ReviewPostmortem withHeader(CommandHeader header) {
            return new ReviewPostmortem(header, comment);
        }
    }

    /**
     * The Incident Commander, happy with its completeness, marks the postmortem Reviewed (001): IN_REVIEW to REVIEWED.
     *
     * @param header the command header; never {@code null}
     * @since 0.1.0
     */
    record MarkReviewed(CommandHeader header) implements IncidentCommand {
        /**
         * Creates the command.
         *
         * @param header the command header; never {@code null}
         * @throws NullPointerException if an argument is {@code null}
         */
        public MarkReviewed {
            Objects.requireNonNull(header, "header");
        }

        @Override
        public CommandKind commandKind() {
            return CommandKind.MARK_REVIEWED;
        }

        @Override
        public MarkReviewed withHeader(CommandHeader header) {
            return new MarkReviewed(header);
        }
    }

    /**
     * Publishes the reviewed postmortem where others can learn from it: REVIEWED to PUBLISHED.
     *
     * @param header the command header; never {@code null}
     * @param location where it was published, an http(s) URL; never {@code null}
     * @since 0.1.0
     */
    record PublishPostmortem(CommandHeader header, String location) implements IncidentCommand {
        /**
         * Creates the command.
         *
         * @param header the command header; never {@code null}
         * @param location where it was published, an http(s) URL; never {@code null}
         * @throws NullPointerException if an argument is {@code null}
         */
        public PublishPostmortem {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(location, "location");
        }

        @Override
        public CommandKind commandKind() {
            return CommandKind.PUBLISH_POSTMORTEM;
        }

        @Override
        public PublishPostmortem withHeader(CommandHeader header) {
            return new PublishPostmortem(header, location);
        }
    }

    /**
     * Records that the stakeholders were sent the link to the published postmortem (001: email the community representative).
     *
     * @param header the command header; never {@code null}
     * @since 0.1.0
     */
    record SharePostmortem(CommandHeader header) implements IncidentCommand {
        /**
         * Creates the command.
         *
         * @param header the command header; never {@code null}
         * @throws NullPointerException if an argument is {@code null}
         */
        public SharePostmortem {
            Objects.requireNonNull(header, "header");
        }

        @Override
        public CommandKind commandKind() {
            return CommandKind.SHARE_POSTMORTEM;
        }

        @Override
        public SharePostmortem withHeader(CommandHeader header) {
            return new SharePostmortem(header);
        }
    }
}
