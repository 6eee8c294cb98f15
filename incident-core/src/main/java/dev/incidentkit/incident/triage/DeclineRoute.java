package dev.incidentkit.incident.triage;

import dev.incidentkit.base.Nulls;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * Where a report that is not an incident goes instead, so that the reporter can be told.
 *
 * @param destination the kind of place
 * @param reference the ticket, backlog item or channel it went to, when there is one; never
 *     {@code null}
 * @since 0.1.0
 */
public record DeclineRoute(Destination destination, Option<String> reference) {

    /**
     * Creates the value.
     *
     * @throws NullPointerException if an argument is {@code null}
     */
    public DeclineRoute {
        Objects.requireNonNull(destination, "destination");
        Nulls.requireContent(reference, "reference");
    }

    /**
     * A route without a reference.
     *
     * @param destination where it goes
     * @return the route
     */
    public static DeclineRoute to(Destination destination) {
        return new DeclineRoute(destination, Option.none());
    }

    /**
     * A route to a referenced place.
     *
     * @param destination where it goes
     * @param reference the ticket, backlog item or channel
     * @return the route
     */
    public static DeclineRoute to(Destination destination, String reference) {
        return new DeclineRoute(destination, Option.some(reference));
    }

    /**
     * The kinds of place a declined report goes to.
     */
    public enum Destination {
        /** Handled as an ordinary support ticket (guide 001: "everything else is a support ticket"). */
        SUPPORT_TICKET,
        /** Tracked as an issue in a product team's backlog (guide 003). */
        PRODUCT_BACKLOG,
        /** Somewhere else, named by the reference (required for this destination). */
        OTHER
    }
}
