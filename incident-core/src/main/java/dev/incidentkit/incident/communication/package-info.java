/**
 * Communication: what the incident tells its audiences and keeps for the record.
 *
 * <p>Its commands ({@link dev.incidentkit.incident.communication.CommunicationCommand}) post status
 * updates, add links and import chat; its events ({@link
 * dev.incidentkit.incident.communication.CommunicationEvent}) record them.
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
package dev.incidentkit.incident.communication;

import org.jspecify.annotations.NullMarked;
