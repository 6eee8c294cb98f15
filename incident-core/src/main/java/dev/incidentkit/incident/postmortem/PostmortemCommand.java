package dev.incidentkit.incident.postmortem;

import dev.incidentkit.base.Nulls;
import dev.incidentkit.incident.CommandHeader;
import dev.incidentkit.incident.IncidentCommand;
import dev.incidentkit.postmortem.ActionItem;
import dev.incidentkit.postmortem.ReviewComment;
import dev.incidentkit.postmortem.Section;
import dev.incidentkit.process.CommandKind;
import dev.incidentkit.role.ResponderId;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Commands of the postmortem after resolution: start it, set the impact window, write sections, add
 * and update action items, request and give reviews, mark it reviewed, publish and share it. A slice of {@link IncidentCommand}.
 *
 * @since 0.1.0
 */
public sealed interface PostmortemCommand extends IncidentCommand {

    /**
     * Starts the postmortem of a resolved incident: RESOLVED to IN_REVIEW. The owner of the review process is the commander unless another participant is named (001: "or someone else they delegate to explicitly").
     *
     * @param header the command header
     * @param owner the owner, if not the commander
     */
    record StartPostmortem(CommandHeader header, Option<ResponderId> owner) implements PostmortemCommand {
        /**
         * Creates the command.
         *
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
     * @param header the command header
     * @param start when impact began
     * @param end when service was restored, if known
     */
    record SetImpactWindow(CommandHeader header, Instant start, Option<Instant> end) implements PostmortemCommand {
        /**
         * Creates the command.
         *
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
     * @param header the command header
     * @param section the section
     * @param text its text
     */
    record WriteSection(CommandHeader header, Section section, String text) implements PostmortemCommand {
        /**
         * Creates the command.
         *
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
     * Adds a follow-up action, linked to where it is tracked, with its owner and due date where the team
     * has them.
     *
     * @param header the command header
     * @param itemId an id for the item, unique within the postmortem
     * @param text what is to be done
     * @param issue where it is tracked, when it is: an http(s) URL, or an issue reference such as
     *     {@code infrastructure#89} or {@code org/repo#12}
     * @param owner who is to do it, when named
     * @param due the day it is due by, in the team's calendar, when set
     */
    record AddActionItem(CommandHeader header, String itemId, String text, Option<String> issue,
            Option<ResponderId> owner, Option<LocalDate> due) implements PostmortemCommand {
        /**
         * Creates the command.
         *
         * @throws NullPointerException if an argument is {@code null}, or an option holds {@code null}
         */
        public AddActionItem {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(itemId, "itemId");
            Objects.requireNonNull(text, "text");
            Nulls.requireContent(issue, "issue");
            Nulls.requireContent(owner, "owner");
            Nulls.requireContent(due, "due");
        }

        /**
         * Adds an action item with no owner and no due date.
         *
         * @param header the command header
         * @param itemId an id for the item, unique within the postmortem
         * @param text what is to be done
         * @param issue where it is tracked, when it is
         * @throws NullPointerException if an argument is {@code null}
         */
        public AddActionItem(CommandHeader header, String itemId, String text, Option<String> issue) {
            this(header, itemId, text, issue, Option.none(), Option.none());
        }

        @Override
        public CommandKind commandKind() {
            return CommandKind.ADD_ACTION_ITEM;
        }

        @Override
        public AddActionItem withHeader(CommandHeader header) {
            return new AddActionItem(header, itemId, text, issue, owner, due);
        }
    }

    /**
     * Marks a follow-up action open, done, won't do, or unknown (the record does not say).
     *
     * @param header the command header
     * @param itemId the item
     * @param status its new status
     */
    record UpdateActionItem(CommandHeader header, String itemId, ActionItem.Status status) implements PostmortemCommand {
        /**
         * Creates the command.
         *
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
     * @param header the command header
     */
    record RequestReview(CommandHeader header) implements PostmortemCommand {
        /**
         * Creates the command.
         *
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
     * @param header the command header
     * @param comment what they said or added
     */
    record ReviewPostmortem(CommandHeader header, String comment) implements PostmortemCommand {
        /**
         * Creates the command.
         *
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
     * A responder other than the owner raises a review comment that asks for something: a change to the
     * report, or an answer. It stays open until addressed or dismissed, and the postmortem is not marked
     * Reviewed while it is open. The comment's id is this command's id.
     *
     * @param header the command header
     * @param text what the comment asks
     * @since 0.4.0
     */
    record RaiseReviewComment(CommandHeader header, String text) implements PostmortemCommand {
        /**
         * Creates the command.
         *
         * @throws NullPointerException if an argument is {@code null}
         */
        public RaiseReviewComment {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(text, "text");
        }

        @Override
        public CommandKind commandKind() {
            return CommandKind.RAISE_REVIEW_COMMENT;
        }

        @Override
        public RaiseReviewComment withHeader(CommandHeader header) {
            return new RaiseReviewComment(header, text);
        }
    }

    /**
     * The owner of the review process, the Incident Commander or the comment's author settles an open
     * review comment: addressed (saying how) or dismissed (saying why).
     *
     * @param header the command header
     * @param commentId the comment, the id of the command that raised it
     * @param outcome {@link ReviewComment.State#ADDRESSED} or {@link ReviewComment.State#DISMISSED}
     * @param note how it was addressed, or why it was dismissed
     * @since 0.4.0
     */
    record SettleReviewComment(CommandHeader header, String commentId, ReviewComment.State outcome, String note)
            implements PostmortemCommand {
        /**
         * Creates the command.
         *
         * @throws NullPointerException if an argument is {@code null}
         */
        public SettleReviewComment {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(commentId, "commentId");
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(note, "note");
        }

        @Override
        public CommandKind commandKind() {
            return CommandKind.SETTLE_REVIEW_COMMENT;
        }

        @Override
        public SettleReviewComment withHeader(CommandHeader header) {
            return new SettleReviewComment(header, commentId, outcome, note);
        }
    }

    /**
     * The Incident Commander, happy with its completeness, marks the postmortem Reviewed (001): IN_REVIEW to REVIEWED.
     *
     * @param header the command header
     */
    record MarkReviewed(CommandHeader header) implements PostmortemCommand {
        /**
         * Creates the command.
         *
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
     * @param header the command header
     * @param location where it was published, an http(s) URL
     */
    record PublishPostmortem(CommandHeader header, String location) implements PostmortemCommand {
        /**
         * Creates the command.
         *
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
     * @param header the command header
     */
    record SharePostmortem(CommandHeader header) implements PostmortemCommand {
        /**
         * Creates the command.
         *
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
