/**
 * Triage: a report arrives and is assessed before anything is declared.
 *
 * <p>Its commands ({@link dev.incidentkit.incident.triage.TriageCommand}) report, assess, ask the
 * reporter for more, tell the reporter, decline and estimate when the impact began; its events ({@link
 * dev.incidentkit.incident.triage.TriageEvent}) record them. A declined report is routed elsewhere
 * ({@link dev.incidentkit.incident.triage.DeclineRoute}).
 *
 * <p>A capability package of the incident: its commands and events are sealed slices of
 * {@link dev.incidentkit.incident.IncidentCommand} and {@link dev.incidentkit.incident.IncidentEvent};
 * the {@link dev.incidentkit.incident.IncidentDecider} decides and folds them.
 *
 * <p>Said once for the whole package: nothing here takes or returns {@code null} unless marked
 * {@code @Nullable} (an absent value is an {@code Option}), and every member is available since the
 * version below unless it says otherwise.
 *
 * @since 0.1.0
 */
@NullMarked
package dev.incidentkit.incident.triage;

import org.jspecify.annotations.NullMarked;
