/**
 * The postmortem workflow after resolution: start, write, review, publish, share.
 *
 * <p>Its commands ({@link dev.incidentkit.incident.postmortem.PostmortemCommand}) start the
 * postmortem, set the impact window, write sections, add and update action items, request and give
 * reviews, mark it reviewed, publish and share it; its events ({@link
 * dev.incidentkit.incident.postmortem.PostmortemEvent}) record them. The postmortem itself, a value,
 * is {@link dev.incidentkit.postmortem.Postmortem}.
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
package dev.incidentkit.incident.postmortem;

import org.jspecify.annotations.NullMarked;
