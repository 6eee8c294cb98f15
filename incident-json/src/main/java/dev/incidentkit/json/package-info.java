/**
 * The published JSON forms of incidentkit, on Jackson 3: {@link dev.incidentkit.json.EventJson}, the stored
 * form of every event (one-line payloads under a schema version, older versions upcast when read, strict
 * reading that names the type and field of what it refuses), and {@link dev.incidentkit.json.IntentJson},
 * the form of a planned message an outbox keeps. An event store or an outbox on any database uses these
 * instead of writing its own codec.
 *
 * <p>Said once for the whole package: nothing here takes or returns {@code null} unless marked
 * {@code @Nullable} (an absent value is an {@code Option}), and every member is available since the
 * version below unless it says otherwise.
 *
 * @since 0.4.0
 */
@NullMarked
package dev.incidentkit.json;

import org.jspecify.annotations.NullMarked;
