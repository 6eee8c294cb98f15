/**
 * Team: who holds which role, and how roles change hands.
 *
 * <p>Its commands ({@link dev.incidentkit.incident.team.TeamCommand}) assign and release roles, offer,
 * accept, decline, withdraw and expire handoffs ({@link dev.incidentkit.incident.team.Handoff}) and
 * take a role over; its events ({@link dev.incidentkit.incident.team.TeamEvent}) record them, with the
 * tickets and paging incidents that follow a role and the advisories the team is given.
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
package dev.incidentkit.incident.team;

import org.jspecify.annotations.NullMarked;
