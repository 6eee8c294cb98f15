package dev.incidentkit.examples;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that stands still until it is moved: the scenarios advance it the way time passes in the story,
 * so a run is the same every time and hours pass in milliseconds.
 *
 * @since 0.1.0
 */
public final class ManualClock extends Clock {

    private final AtomicReference<Instant> now;

    /**
     * Creates a clock standing at a moment.
     *
     * @param start the moment
     */
    public ManualClock(Instant start) {
        this.now = new AtomicReference<>(Objects.requireNonNull(start, "start"));
    }

    /**
     * Moves the clock on.
     *
     * @param step how far; not negative
     * @return the new time
     * @throws IllegalArgumentException if {@code step} is negative: this clock never goes back
     */
    public Instant advance(Duration step) {
        Objects.requireNonNull(step, "step");
        if (step.isNegative()) {
            throw new IllegalArgumentException("a clock does not go back, got " + step);
        }
        return now.updateAndGet(t -> t.plus(step));
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        Objects.requireNonNull(zone, "zone");
        return this;
    }
}
