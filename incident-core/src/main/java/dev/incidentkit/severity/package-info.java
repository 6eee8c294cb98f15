/**
 * Severity: ordered scales of named levels (SEV1..SEV4, P1..P5, Critical/Major/Minor, or a team's own)
 * and the levels themselves.
 *
 * <p>A scale is data that a process chooses; the incident holds one of its levels.
 *
 * <p>Said once for the whole package: nothing here takes or returns {@code null} unless marked
 * {@code @Nullable} (an absent value is an {@code Option}), and every member is available since the
 * version below unless it says otherwise.
 *
 * @since 0.1.0
 */
@NullMarked
package dev.incidentkit.severity;

import org.jspecify.annotations.NullMarked;

