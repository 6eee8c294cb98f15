package dev.incidentkit.postmortem;

import dev.incidentkit.base.Nulls;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * A follow-up action from a postmortem, linked to the issue that tracks it (001: "a list with items
 * linked out to GitHub issues created for follow-up").
 *
 * @param id the item's id within the postmortem
 * @param text what is to be done
 * @param issue the URL of the issue that tracks it, when created
 * @param status open, done or won't do
 * @since 0.1.0
 */
public record ActionItem(String id, String text, Option<String> issue, Status status) {

    /**
     * Creates an action item.
     *
     * @throws NullPointerException if an argument is {@code null}
     */
    public ActionItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Nulls.requireContent(issue, "issue");
        Objects.requireNonNull(status, "status");
    }

    /**
     * The item with another status.
     *
     * @param next the status
     * @return the new item
     */
    public ActionItem withStatus(Status next) {
        Objects.requireNonNull(next, "next");
        return new ActionItem(id, text, issue, next);
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
        WONT_DO
    }
}
