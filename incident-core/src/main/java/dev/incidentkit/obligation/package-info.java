/**
 * What is due on an incident: {@link dev.incidentkit.obligation.Obligations#of} lists status updates
 * owed, missing official-start items, vacant required roles, unanswered role offers, reporters not yet
 * told, resolutions not yet communicated and postmortems due, as a pure function of state, process and
 * time.
 *
 * <p>A view above the incident: it reads states and processes and changes nothing.
 *
 * @since 0.1.0
 */
@NullMarked
package dev.incidentkit.obligation;

import org.jspecify.annotations.NullMarked;

