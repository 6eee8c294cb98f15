/**
 * The incident at the heart of the library: its commands, events and state, and the
 * {@link dev.incidentkit.incident.IncidentDecider} that decides commands and folds events.
 *
 * <p>An incident's life: a report opens it in TRIAGE; it is declared or declined; a declared incident
 * is mitigated and resolved, may be reopened, and is closed; an open incident may be canceled or
 * merged into another. Everything here is pure: time and ids are inputs, rules broken are
 * {@link dev.incidentkit.incident.Rejection} values, and the state is a fold over the events.
 *
 * <p>Said once for the whole package: nothing here takes or returns {@code null} unless marked
 * {@code @Nullable} (an absent value is an {@code Option}), and every member is available since the
 * version below unless it says otherwise.
 *
 * @since 0.1.0
 */
@NullMarked
package dev.incidentkit.incident;

import org.jspecify.annotations.NullMarked;

