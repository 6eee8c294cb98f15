/**
 * Severity: ordered scales of named levels (SEV1..SEV4, P1..P5, Critical/Major/Minor, or a team's own)
 * and the levels themselves.
 *
 * <p>A scale is data that a process chooses; the incident holds one of its levels.
 *
 * @since 0.1.0
 */
@NullMarked
package dev.incidentkit.severity;

import org.jspecify.annotations.NullMarked;

