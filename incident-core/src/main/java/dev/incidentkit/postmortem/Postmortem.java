package dev.incidentkit.postmortem;

import dev.incidentkit.base.Nulls;
import dev.incidentkit.role.ResponderId;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/**
 * An incident's postmortem as it stands: who owns the review process, its status, the impact window
 * (best guesses), its sections, action items and reviews, and where it was published and whether the
 * stakeholders were told.
 *
 * @param owner the owner of the review process: the commander unless delegated explicitly (001); never
 *     {@code null}
 * @param status where it stands
 * @param startedAt when it was started
 * @param impactStart the best guess of when impact began (may precede the report)
 * @param impactEnd the best guess of when service was restored, after the start
 * @param sections section to text
 * @param actionItems item id to item, in the order added
 * @param reviews the reviews, oldest first
 * @param comments the review comments that ask for something, by id, oldest first (since 0.4.0)
 * @param location where it was published
 * @param publishedAt when it was published
 * @param sharedAt when the stakeholders were sent the link
 * @since 0.1.0
 */
public record Postmortem(
        ResponderId owner,
        PostmortemStatus status,
        Instant startedAt,
        Option<Instant> impactStart,
        Option<Instant> impactEnd,
        Map<Section, String> sections,
        Map<String, ActionItem> actionItems,
        Seq<Review> reviews,
        Map<String, ReviewComment> comments,
        Option<String> location,
        Option<Instant> publishedAt,
        Option<Instant> sharedAt) {

    /**
     * Creates a postmortem value.
     *
     * @throws NullPointerException if an argument is {@code null}
     */
    public Postmortem {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(startedAt, "startedAt");
        Nulls.requireContent(impactStart, "impactStart");
        Nulls.requireContent(impactEnd, "impactEnd");
        Objects.requireNonNull(sections, "sections");
        Objects.requireNonNull(actionItems, "actionItems");
        Nulls.requireElements(reviews, "reviews");
        Objects.requireNonNull(comments, "comments");
        Nulls.requireContent(location, "location");
        Nulls.requireContent(publishedAt, "publishedAt");
        Nulls.requireContent(sharedAt, "sharedAt");
    }

    /**
     * A new draft.
     *
     * @param owner the owner
     * @param startedAt when started
     * @param impactStart the impact start, if known
     * @param impactEnd the impact end, if known
     * @return the draft
     */
    public static Postmortem draft(ResponderId owner, Instant startedAt, Option<Instant> impactStart,
            Option<Instant> impactEnd) {
        return new Postmortem(owner, PostmortemStatus.DRAFT, startedAt, impactStart, impactEnd,
                LinkedHashMap.empty(), LinkedHashMap.empty(), Vector.empty(), LinkedHashMap.empty(), Option.none(),
                Option.none(), Option.none());
    }

    /**
     * This postmortem in another status.
     *
     * @param next the status
     * @return the new value
     */
    public Postmortem withStatus(PostmortemStatus next) {
        Objects.requireNonNull(next, "next");
        return new Postmortem(owner, next, startedAt, impactStart, impactEnd, sections, actionItems, reviews, comments,
                location, publishedAt, sharedAt);
    }

    /**
     * This postmortem with another impact window.
     *
     * @param start the start
     * @param end the end, if known
     * @return the new value
     */
    public Postmortem withImpact(Instant start, Option<Instant> end) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        return new Postmortem(owner, status, startedAt, Option.some(start), end, sections, actionItems, reviews,
                comments, location, publishedAt, sharedAt);
    }

    /**
     * This postmortem with a section written.
     *
     * @param section the section
     * @param text its text
     * @return the new value
     */
    public Postmortem withSection(Section section, String text) {
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(text, "text");
        return new Postmortem(owner, status, startedAt, impactStart, impactEnd, sections.put(section, text),
                actionItems, reviews, comments, location, publishedAt, sharedAt);
    }

    /**
     * This postmortem with an action item added or replaced.
     *
     * @param item the item
     * @return the new value
     */
    public Postmortem withActionItem(ActionItem item) {
        Objects.requireNonNull(item, "item");
        return new Postmortem(owner, status, startedAt, impactStart, impactEnd, sections,
                actionItems.put(item.id(), item), reviews, comments, location, publishedAt, sharedAt);
    }

    /**
     * This postmortem with a review added.
     *
     * @param review the review
     * @return the new value
     */
    public Postmortem withReview(Review review) {
        Objects.requireNonNull(review, "review");
        return new Postmortem(owner, status, startedAt, impactStart, impactEnd, sections, actionItems,
                reviews.append(review), comments, location, publishedAt, sharedAt);
    }

    /**
     * This postmortem with a review comment added or replaced (raised, addressed or dismissed).
     *
     * @param comment the comment
     * @return the new value
     * @since 0.4.0
     */
    public Postmortem withComment(ReviewComment comment) {
        Objects.requireNonNull(comment, "comment");
        return new Postmortem(owner, status, startedAt, impactStart, impactEnd, sections, actionItems, reviews,
                comments.put(comment.id(), comment), location, publishedAt, sharedAt);
    }

    /**
     * The review comments still open, oldest first.
     *
     * @return the open comments
     * @since 0.4.0
     */
    public Seq<ReviewComment> openComments() {
        return comments.values().filter(ReviewComment::isOpen).toList();
    }

    /**
     * This postmortem published at a location.
     *
     * @param where the location
     * @param at when
     * @return the new value
     */
    public Postmortem published(String where, Instant at) {
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(at, "at");
        return new Postmortem(owner, PostmortemStatus.PUBLISHED, startedAt, impactStart, impactEnd, sections,
                actionItems, reviews, comments, Option.some(where), Option.some(at), sharedAt);
    }

    /**
     * This postmortem shared with the stakeholders at a time.
     *
     * @param at when
     * @return the new value
     */
    public Postmortem shared(Instant at) {
        Objects.requireNonNull(at, "at");
        return new Postmortem(owner, status, startedAt, impactStart, impactEnd, sections, actionItems, reviews,
                comments, location, publishedAt, Option.some(at));
    }
}
