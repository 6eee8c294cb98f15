package dev.incidentkit.incident;

import dev.incidentkit.role.ResponderId;
import java.time.Instant;
import java.util.Objects;

/**
 * An investigator working without help: who, since when, and whether the advisory was raised for
 * this stretch of solo work. Package-private bookkeeping of the state.
 */
record SoloWork(ResponderId investigator, Instant since, boolean advised) {

    SoloWork {
        Objects.requireNonNull(investigator, "investigator");
        Objects.requireNonNull(since, "since");
    }
}
