package dev.incidentkit.postmortem;

import dev.incidentkit.base.Nulls;
import dev.incidentkit.base.TextRules;
import dev.incidentkit.role.ResponderId;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/**
 * A reviewer's comment on a postmortem that asks for something: open until it is addressed (the report
 * changed, or the question answered) or dismissed with a reason. The postmortem is marked Reviewed only
 * when none is open (001: "after sufficient review").
 *
 * @param id the comment's id: the id of the command that raised it
 * @param author who raised it
 * @param at when
 * @param text what it asks
 * @param state open, addressed or dismissed
 * @param note how it was addressed, or why it was dismissed; none while open
 * @param settledBy who addressed or dismissed it; none while open
 * @since 0.4.0
 */
public record ReviewComment(String id, ResponderId author, Instant at, String text, State state, Option<String> note,
        Option<ResponderId> settledBy) {

    /**
     * Where a comment stands.
     *
     * @since 0.4.0
     */
    public enum State {
        /** Still asks for something. */
        OPEN,
        /** Done: the report was changed or the question answered. */
        ADDRESSED,
        /** Not acted on, for a reason given. */
        DISMISSED
    }

    /**
     * Creates a comment.
     *
     * @throws NullPointerException if an argument is {@code null}
     * @throws IllegalArgumentException if the text is blank, or a note and who settled it are given for an
     *     open comment or missing for a settled one
     */
    public ReviewComment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(state, "state");
        Nulls.requireContent(note, "note");
        Nulls.requireContent(settledBy, "settledBy");
        TextRules.requireText("the comment", text);
        if (note.isDefined() != (state != State.OPEN) || settledBy.isDefined() != (state != State.OPEN)) {
            throw new IllegalArgumentException("a comment has a note and who settled it exactly when it is settled");
        }
    }

    /**
     * A comment just raised.
     *
     * @param id its id
     * @param author who raised it
     * @param at when
     * @param text what it asks
     * @return the open comment
     */
    public static ReviewComment open(String id, ResponderId author, Instant at, String text) {
        return new ReviewComment(id, author, at, text, State.OPEN, Option.none(), Option.none());
    }

    /**
     * Whether the comment still asks for something.
     *
     * @return {@code true} while open
     */
    public boolean isOpen() {
        return state == State.OPEN;
    }

    /**
     * This comment addressed or dismissed.
     *
     * @param outcome {@link State#ADDRESSED} or {@link State#DISMISSED}
     * @param how how it was addressed, or why it was dismissed
     * @param by who settled it
     * @return the settled comment
     * @throws IllegalArgumentException if the outcome is {@link State#OPEN}
     */
    public ReviewComment settled(State outcome, String how, ResponderId by) {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(how, "how");
        Objects.requireNonNull(by, "by");
        if (outcome == State.OPEN) {
            throw new IllegalArgumentException("a comment is settled as addressed or dismissed");
        }
        return new ReviewComment(id, author, at, text, outcome, Option.some(how), Option.some(by));
    }
}
