package dev.incidentkit.incident;

import java.time.Instant;
import java.util.Objects;

/**
 * A chat channel and the time window its messages are imported from into the timeline (001: "link to
 * the slack channel we created for this incident as a Data Source, filled in with an appropriate time
 * to cover all the messages there").
 *
 * @param channel the channel
 * @param from the start of the window, inclusive
 * @param to the end of the window, inclusive; after {@code from}
 * @since 0.1.0
 */
public record DataSource(String channel, Instant from, Instant to) {

    /**
     * Creates a data source.
     *
     * @throws NullPointerException if an argument is {@code null}
     */
    public DataSource {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    /**
     * Tells whether a moment is inside the window.
     *
     * @param at the moment
     * @return {@code true} if {@code from <= at <= to}
     */
    public boolean covers(Instant at) {
        Objects.requireNonNull(at, "at");
        return !at.isBefore(from) && !at.isAfter(to);
    }
}
