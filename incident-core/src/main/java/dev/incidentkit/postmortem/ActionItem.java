package dev.incidentkit.postmortem;

import dev.incidentkit.base.Nulls;
import dev.incidentkit.base.TextRules;
import dev.incidentkit.role.ResponderId;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A follow-up action from a postmortem, linked to the issue that tracks it (001: "a list with items
 * linked out to GitHub issues created for follow-up"), as teams write them: with an owner and a due date
 * where they have one, and a status that may be unknown when the report does not say.
 *
 * @param id the item's id within the postmortem
 * @param text what is to be done
 * @param issue where it is tracked, when it is: an http(s) URL, or an issue reference such as
 *     {@code infrastructure#89} or {@code org/repo#12} (see {@link #referenceProblem(String)})
 * @param status open, done, won't do, or unknown
 * @param owner who is to do it, when named
 * @param due the day it is due by, in the team's calendar, when set
 */
public record ActionItem(String id, String text, Option<String> issue, Status status, Option<ResponderId> owner,
        Option<LocalDate> due) {

    /** The earliest due date accepted. */
    public static final LocalDate EARLIEST_DUE = LocalDate.of(1970, 1, 1);
    /** The latest due date accepted. */
    public static final LocalDate LATEST_DUE = LocalDate.of(9999, 12, 31);

    /** {@code repo#n} or {@code org/repo#n}: names of letters, digits, {@code .}, {@code _} and {@code -}. */
    private static final Pattern ISSUE_REFERENCE =
            Pattern.compile("(?:[A-Za-z0-9][A-Za-z0-9._-]{0,99}/)?[A-Za-z0-9][A-Za-z0-9._-]{0,99}#[1-9][0-9]{0,9}");

    /**
     * Creates an action item.
     *
     * @throws NullPointerException if an argument is {@code null}, or an option holds {@code null}
     * @throws IllegalArgumentException if the due date is outside {@link #EARLIEST_DUE} to {@link #LATEST_DUE}
     */
    public ActionItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Nulls.requireContent(issue, "issue");
        Objects.requireNonNull(status, "status");
        Nulls.requireContent(owner, "owner");
        Nulls.requireContent(due, "due");
        due.filter(d -> d.isBefore(EARLIEST_DUE) || d.isAfter(LATEST_DUE)).forEach(d -> {
            throw new IllegalArgumentException("a due date is " + EARLIEST_DUE + " to " + LATEST_DUE + ", got " + d);
        });
    }

    /**
     * An action item with no owner and no due date.
     *
     * @param id the item's id within the postmortem
     * @param text what is to be done
     * @param issue where it is tracked, when it is
     * @param status where it stands
     * @throws NullPointerException if an argument is {@code null}
     */
    public ActionItem(String id, String text, Option<String> issue, Status status) {
        this(id, text, issue, status, Option.none(), Option.none());
    }

    /**
     * The item with another status.
     *
     * @param next the status
     * @return the new item
     */
    public ActionItem withStatus(Status next) {
        Objects.requireNonNull(next, "next");
        return new ActionItem(id, text, issue, next, owner, due);
    }

    /**
     * Explains why a text is not a reference to where an action item is tracked: an absolute http(s) URL
     * with a host, or an issue reference in the common forms {@code repo#n} and {@code org/repo#n} (names of
     * letters, digits, {@code .}, {@code _} and {@code -}, up to 100 characters each; {@code n} a positive
     * number).
     *
     * @param reference the text
     * @return the problem, or none when it is such a reference
     * @throws NullPointerException if {@code reference} is {@code null}
     */
    public static Option<String> referenceProblem(String reference) {
        Objects.requireNonNull(reference, "reference");
        if (reference.contains("://")) {
            return TextRules.urlProblem(reference);
        }
        return ISSUE_REFERENCE.matcher(reference).matches() ? Option.none()
                : Option.some("a reference is an http(s) URL or an issue reference such as infrastructure#89 or"
                        + " org/repo#12");
    }

    /**
     * Where an action item stands.
     */
    public enum Status {
        /** To be done. */
        OPEN,
        /** Done. */
        DONE,
        /** Decided against. */
        WONT_DO,
        /** The record does not say whether it was done: an item taken from a report written afterwards. */
        UNKNOWN
    }
}
