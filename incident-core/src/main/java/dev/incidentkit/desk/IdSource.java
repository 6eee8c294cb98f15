package dev.incidentkit.desk;

import dev.incidentkit.incident.CommandId;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Where new command ids come from, injected like the clock so that the domain never makes one up.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface IdSource {

    /**
     * A new command id, never given out before by this source.
     *
     * @return the id
     */
    CommandId next();

    /**
     * Ids {@code <prefix>-1}, {@code <prefix>-2}, ... for tests and demos; unique within one source and one
     * run only, so a restarted process must use another prefix. In production use ids that are unique
     * for good, such as UUIDs made outside the domain: a command id is an incident's idempotency key.
     *
     * @param prefix the prefix
     * @return the source
     */
    static IdSource sequential(String prefix) {
        Objects.requireNonNull(prefix, "prefix");
        AtomicLong counter = new AtomicLong();
        return () -> CommandId.of(prefix + "-" + counter.incrementAndGet());
    }
}
