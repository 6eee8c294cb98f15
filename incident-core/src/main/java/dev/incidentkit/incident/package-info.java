/**
 * The incident's kernel: ids and headers, the sealed roots {@link dev.incidentkit.incident.IncidentCommand}
 * and {@link dev.incidentkit.incident.IncidentEvent} (their slices live in the capability packages
 * {@code triage}, {@code response}, {@code team}, {@code communication} and {@code postmortem}), the
 * state, {@link dev.incidentkit.incident.Rejection}, the {@link dev.incidentkit.incident.Rulebook} and the
 * {@link dev.incidentkit.incident.IncidentDecider} that decides commands and folds events.
 *
 * <p>An incident's life: a report opens it in TRIAGE; it is declared or declined; a declared incident
 * is mitigated and resolved, may be reopened, and is closed; an open incident may be canceled or
 * merged into another. Everything here is pure: time and ids are inputs, rules broken are
 * {@link dev.incidentkit.incident.Rejection} values, and the state is a fold over the events.
 *
 * <p>The rules are written once per capability, beside the decider because they build the state's
 * package-private parts: {@code TriageDecisions}, {@code ResponseDecisions}, {@code TeamDecisions},
 * {@code CommunicationDecisions} and {@code PostmortemDecisions} decide; {@code Evolution} folds, with one
 * handler per kind of event.
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

