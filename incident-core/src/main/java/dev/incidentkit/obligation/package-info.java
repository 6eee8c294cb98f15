/**
 * What is due on an incident: {@link dev.incidentkit.obligation.Obligations#of} lists status updates
 * owed, missing official-start items, vacant required roles, unanswered role offers, reporters not yet
 * told, resolutions not yet communicated and postmortems due, as a pure function of state, process and
 * time.
 *
 * <p>A view above the incident: it reads states and processes and changes nothing.
 *
 * <p>Said once for the whole package: nothing here takes or returns {@code null} unless marked
 * {@code @Nullable} (an absent value is an {@code Option}), and every member is available since the
 * version below unless it says otherwise.
 *
 * @since 0.1.0
 */
@NullMarked
package dev.incidentkit.obligation;

import org.jspecify.annotations.NullMarked;

