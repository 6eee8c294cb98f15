/**
 * What arrives before triage: where a report came from ({@link dev.incidentkit.report.ReportSource}) and
 * the facts gathered while assessing it ({@link dev.incidentkit.report.Assessment}).
 *
 * <p>These are values at the bottom of the package graph: a process judges them, an incident holds them.
 *
 * <p>Said once for the whole package: nothing here takes or returns {@code null} unless marked
 * {@code @Nullable} (an absent value is an {@code Option}), and every member is available since the
 * version below unless it says otherwise.
 *
 * @since 0.1.0
 */
@NullMarked
package dev.incidentkit.report;

import org.jspecify.annotations.NullMarked;

