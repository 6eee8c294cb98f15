package dev.incidentkit.incident.communication;

import dev.incidentkit.base.Nulls;
import dev.incidentkit.incident.ChatMessage;
import dev.incidentkit.incident.CommandHeader;
import dev.incidentkit.incident.DataSource;
import dev.incidentkit.incident.IncidentCommand;
import dev.incidentkit.incident.IncidentId;
import dev.incidentkit.incident.Link;
import dev.incidentkit.incident.LinkPurpose;
import dev.incidentkit.incident.UpdateKind;
import dev.incidentkit.process.CommandKind;
import dev.incidentkit.role.Audience;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/**
 * Commands of communication: post a status update, add a link, import chat, record a message with someone
 * outside the response, and record, answer and settle a follow-up report after the resolution. A slice of
 * {@link IncidentCommand}.
 *
 * @since 0.1.0
 */
public sealed interface CommunicationCommand extends IncidentCommand {

    /**
     * Posts a status update. Progress updates are posted at any stage up to the close, to any audience;
     * the resolution notice once the incident is resolved, or within the process's window before. After the
     * resolution a progress update promises no next one: nothing more is owed.
     *
     * @param header the command header
     * @param kind progress or resolution notice
     * @param audience who it is for
     * @param text what it says
     * @param nextUpdateBy when the next update will come, after the command is recorded; required for a
     *     progress update, none for a resolution notice
     */
    record PostUpdate(
            CommandHeader header,
            UpdateKind kind,
            Audience audience,
            String text,
            Option<Instant> nextUpdateBy) implements CommunicationCommand {
        /**
         * Creates the value.
         *
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
         * @param header the command header
         * @param audience who it is for
         * @param text what it says
         * @param nextUpdateBy when the next update will come
         * @return the command
         */
        public static PostUpdate progress(CommandHeader header, Audience audience, String text, Instant nextUpdateBy) {
            return new PostUpdate(header, UpdateKind.PROGRESS, audience, text, Option.some(nextUpdateBy));
        }

        /**
         * A resolution notice.
         *
         * @param header the command header
         * @param audience who it is for
         * @param text what it says
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
     * @param header the command header
     * @param link the link
     * @param purpose what the link is for; none leaves it to {@link LinkPurpose}'s default (a ticket linked
     *     while the incident is open and has no stakeholders' ticket becomes theirs; a later one follows
     *     up)
     */
    record AddLink(CommandHeader header, Link link, Option<LinkPurpose> purpose) implements CommunicationCommand {
        /**
         * Creates the value.
         *
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
         * @param header the command header
         * @param link the link
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
     * Imports the messages of a chat channel for a time window into the timeline. Threaded replies, messages of other channels or outside the window, and messages already imported are not imported; each is listed with the reason.
     *
     * @param header the command header
     * @param source the channel and window
     * @param messages the messages the chat adapter fetched
     */
    record ImportChat(CommandHeader header, DataSource source, Seq<ChatMessage> messages) implements CommunicationCommand {
        /**
         * Creates the command.
         *
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
     * Records a message exchanged with someone outside the response: the community writing in and being
     * answered, a reporter's reply, a further alert from monitoring, a message relayed between the two. A
     * participant records it on the counterpart's behalf; it may be said at any stage, after the
     * resolution too.
     *
     * @param header the command header; its actor is who records it
     * @param direction received or sent
     * @param counterpart who it was exchanged with
     * @param text what was said
     */
    record RecordMessage(CommandHeader header, Direction direction, Counterpart counterpart, String text)
            implements CommunicationCommand {
        /**
         * Creates the command.
         *
         * @throws NullPointerException if an argument is {@code null}
         */
        public RecordMessage {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(direction, "direction");
            Objects.requireNonNull(counterpart, "counterpart");
            Objects.requireNonNull(text, "text");
        }

        @Override
        public CommandKind commandKind() {
            return CommandKind.RECORD_MESSAGE;
        }

        @Override
        public RecordMessage withHeader(CommandHeader header) {
            return new RecordMessage(header, direction, counterpart, text);
        }
    }

    /**
     * Records a report that reached the team after the incident was resolved: users still see errors, a
     * customer asks whether it is over. It stays open until it is settled; the team answers it with {@link
     * AnswerFollowUp} and settles it with {@link SettleFollowUp}. Recording it changes none of the incident's
     * times.
     *
     * @param header the command header; its actor is who records it, its command id the follow-up's id
     * @param from who reported it
     * @param report what they reported
     * @since 0.4.0
     */
    record RecordFollowUp(CommandHeader header, Counterpart from, String report) implements CommunicationCommand {
        /**
         * Creates the command.
         *
         * @throws NullPointerException if an argument is {@code null}
         */
        public RecordFollowUp {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(report, "report");
        }

        @Override
        public CommandKind commandKind() {
            return CommandKind.RECORD_FOLLOW_UP;
        }

        @Override
        public RecordFollowUp withHeader(CommandHeader header) {
            return new RecordFollowUp(header, from, report);
        }
    }

    /**
     * Records the team's answer to a follow-up report, sent to whoever reported it.
     *
     * @param header the command header
     * @param followUp the follow-up answered
     * @param answer what the team said
     * @since 0.4.0
     */
    record AnswerFollowUp(CommandHeader header, FollowUpId followUp, String answer) implements CommunicationCommand {
        /**
         * Creates the command.
         *
         * @throws NullPointerException if an argument is {@code null}
         */
        public AnswerFollowUp {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(followUp, "followUp");
            Objects.requireNonNull(answer, "answer");
        }

        @Override
        public CommandKind commandKind() {
            return CommandKind.ANSWER_FOLLOW_UP;
        }

        @Override
        public AnswerFollowUp withHeader(CommandHeader header) {
            return new AnswerFollowUp(header, followUp, answer);
        }
    }

    /**
     * Settles a follow-up report: dismissed (not a new incident; the incident's times stand), reopened (the
     * problem is back; only while the incident is resolved and not yet in review), or a new incident (which
     * must exist: the desk checks, as it does a merge's target).
     *
     * @param header the command header
     * @param followUp the follow-up settled
     * @param settlement how
     * @param reason why, in words
     * @param newIncident the incident opened for it: required for {@link Settlement#NEW_INCIDENT}, none for
     *     the others
     * @since 0.4.0
     */
    record SettleFollowUp(CommandHeader header, FollowUpId followUp, Settlement settlement, String reason,
            Option<IncidentId> newIncident) implements CommunicationCommand {
        /**
         * Creates the command.
         *
         * @throws NullPointerException if an argument is {@code null}
         */
        public SettleFollowUp {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(followUp, "followUp");
            Objects.requireNonNull(settlement, "settlement");
            Objects.requireNonNull(reason, "reason");
            Nulls.requireContent(newIncident, "newIncident");
        }

        @Override
        public CommandKind commandKind() {
            return CommandKind.SETTLE_FOLLOW_UP;
        }

        @Override
        public SettleFollowUp withHeader(CommandHeader header) {
            return new SettleFollowUp(header, followUp, settlement, reason, newIncident);
        }
    }
}
