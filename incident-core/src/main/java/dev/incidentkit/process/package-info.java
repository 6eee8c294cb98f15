/**
 * A team's incident-response process as data: the {@link dev.incidentkit.process.IncidentProcess}
 * value with its severity scale, roles, {@link dev.incidentkit.process.Authority} table and
 * {@link dev.incidentkit.process.StaffingRule}.
 *
 * <p>The process sits above the values it names (roles, severities) and below the incident, which
 * reads it when deciding commands. Nothing here is evaluated against an incident; the decider does that.
 *
 * <p>Said once for the whole package: nothing here takes or returns {@code null} unless marked
 * {@code @Nullable} (an absent value is an {@code Option}), and every member is available since the
 * version below unless it says otherwise.
 *
 * @since 0.1.0
 */
@NullMarked
package dev.incidentkit.process;

import org.jspecify.annotations.NullMarked;

