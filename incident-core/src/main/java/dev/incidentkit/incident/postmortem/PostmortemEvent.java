package dev.incidentkit.incident.postmortem;

import dev.incidentkit.base.Nulls;
import dev.incidentkit.base.TextRules;
import dev.incidentkit.incident.EventHeader;
import dev.incidentkit.incident.IncidentEvent;
import dev.incidentkit.incident.Link;
import dev.incidentkit.postmortem.ActionItem;
import dev.incidentkit.postmortem.ReviewComment;
import dev.incidentkit.postmortem.Section;
import dev.incidentkit.role.ResponderId;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/**
 * Events of the postmortem: started, impact window set, sections written, action items added and
 * updated, review requested and given, marked reviewed, published and shared. A slice of {@link IncidentEvent}.
 *
 * @since 0.1.0
 */
public sealed interface PostmortemEvent extends IncidentEvent {

    /**
     * The postmortem was started and the incident is IN_REVIEW.
     *
     * @param header the header
     * @param owner the owner of the review process
     * @param impactStart the first guess of the impact start
     * @param impactEnd the first guess of the impact end
     */
    record PostmortemStarted(EventHeader header, ResponderId owner, Option<Instant> impactStart, Option<Instant> impactEnd) implements PostmortemEvent {
        /**
         * Creates the event.
         *
         * @throws NullPointerException if an argument is {@code null}
         */
        public PostmortemStarted {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(owner, "owner");
            Nulls.requireContent(impactStart, "impactStart");
            Nulls.requireContent(impactEnd, "impactEnd");
        }
    }

    /**
     * The impact window was set.
     *
     * @param header the header
     * @param start when impact began
     * @param end when it ended
     */
    record ImpactWindowSet(EventHeader header, Instant start, Option<Instant> end) implements PostmortemEvent {
        /**
         * Creates the event.
         *
         * @throws NullPointerException if an argument is {@code null}
         */
        public ImpactWindowSet {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(start, "start");
            Nulls.requireContent(end, "end");
        }
    }

    /**
     * A section was written.
     *
     * @param header the header
     * @param section the section
     * @param text its text
     */
    record SectionWritten(EventHeader header, Section section, String text) implements PostmortemEvent {
        /**
         * Creates the event.
         *
         * @throws NullPointerException if an argument is {@code null}
         */
        public SectionWritten {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(section, "section");
            Objects.requireNonNull(text, "text");
            TextRules.requireText("the section", text);
        }
    }

    /**
     * A follow-up action was added.
     *
     * @param header the header
     * @param item the item
     */
    record ActionItemAdded(EventHeader header, ActionItem item) implements PostmortemEvent {
        /**
         * Creates the event.
         *
         * @throws NullPointerException if an argument is {@code null}
         */
        public ActionItemAdded {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(item, "item");
            TextRules.requireNone(TextRules.identifierProblem("an action item id", item.id(), 64));
            TextRules.requireText("the action item", item.text());
            item.issue().forEach(issue -> TextRules.requireNone(ActionItem.referenceProblem(issue)));
        }
    }

    /**
     * A follow-up action changed status.
     *
     * @param header the header
     * @param itemId the item
     * @param status its new status
     */
    record ActionItemUpdated(EventHeader header, String itemId, ActionItem.Status status) implements PostmortemEvent {
        /**
         * Creates the event.
         *
         * @throws NullPointerException if an argument is {@code null}
         */
        public ActionItemUpdated {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(itemId, "itemId");
            Objects.requireNonNull(status, "status");
            TextRules.requireNone(TextRules.identifierProblem("an action item id", itemId, 64));
        }
    }

    /**
     * The owner asked for review.
     *
     * @param header the header
     */
    record ReviewRequested(EventHeader header) implements PostmortemEvent {
        /**
         * Creates the event.
         *
         * @throws NullPointerException if an argument is {@code null}
         */
        public ReviewRequested {
            Objects.requireNonNull(header, "header");
        }
    }

    /**
     * A responder reviewed the postmortem.
     *
     * @param header the header
     * @param comment what they said
     */
    record PostmortemReviewed(EventHeader header, String comment) implements PostmortemEvent {
        /**
         * Creates the event.
         *
         * @throws NullPointerException if an argument is {@code null}
         */
        public PostmortemReviewed {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(comment, "comment");
            TextRules.requireText("the review", comment);
        }
    }

    /**
     * A reviewer raised a comment that asks for something.
     *
     * @param header the header
     * @param commentId the comment's id: the id of the command that raised it
     * @param text what it asks
     * @since 0.4.0
     */
    record ReviewCommentRaised(EventHeader header, String commentId, String text) implements PostmortemEvent {
        /**
         * Creates the event.
         *
         * @throws NullPointerException if an argument is {@code null}
         * @throws IllegalArgumentException if the text is blank or cannot be stored
         */
        public ReviewCommentRaised {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(commentId, "commentId");
            Objects.requireNonNull(text, "text");
            TextRules.requireText("the comment", text);
        }
    }

    /**
     * A review comment was addressed or dismissed.
     *
     * @param header the header
     * @param commentId the comment
     * @param outcome addressed or dismissed
     * @param note how it was addressed, or why it was dismissed
     * @since 0.4.0
     */
    record ReviewCommentSettled(EventHeader header, String commentId, ReviewComment.State outcome, String note)
            implements PostmortemEvent {
        /**
         * Creates the event.
         *
         * @throws NullPointerException if an argument is {@code null}
         * @throws IllegalArgumentException if the outcome is open, or the note is blank or cannot be stored
         */
        public ReviewCommentSettled {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(commentId, "commentId");
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(note, "note");
            if (outcome == ReviewComment.State.OPEN) {
                throw new IllegalArgumentException("a comment is settled as addressed or dismissed");
            }
            TextRules.requireText("the note", note);
        }
    }

    /**
     * The postmortem was marked Reviewed.
     *
     * @param header the header
     */
    record MarkedReviewed(EventHeader header) implements PostmortemEvent {
        /**
         * Creates the event.
         *
         * @throws NullPointerException if an argument is {@code null}
         */
        public MarkedReviewed {
            Objects.requireNonNull(header, "header");
        }
    }

    /**
     * The postmortem was published.
     *
     * @param header the header
     * @param location where
     */
    record PostmortemPublished(EventHeader header, String location) implements PostmortemEvent {
        /**
         * Creates the event.
         *
         * @throws NullPointerException if an argument is {@code null}
         */
        public PostmortemPublished {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(location, "location");
            TextRules.requireNone(Link.urlProblem(location));
        }
    }

    /**
     * The stakeholders were sent the link to the postmortem.
     *
     * @param header the header
     */
    record PostmortemShared(EventHeader header) implements PostmortemEvent {
        /**
         * Creates the event.
         *
         * @throws NullPointerException if an argument is {@code null}
         */
        public PostmortemShared {
            Objects.requireNonNull(header, "header");
        }
    }
}
