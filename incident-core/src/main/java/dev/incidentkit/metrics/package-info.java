/**
 * Response metrics computed from incidents' milestones: per incident
 * ({@link dev.incidentkit.metrics.IncidentMetrics}) and over a collection
 * ({@link dev.incidentkit.metrics.MetricsSummary}).
 *
 * <p>A view above the incident: it reads states and changes nothing.
 *
 * <p>Said once for the whole package: nothing here takes or returns {@code null} unless marked
 * {@code @Nullable} (an absent value is an {@code Option}), and every member is available since the
 * version below unless it says otherwise.
 *
 * @since 0.1.0
 */
@NullMarked
package dev.incidentkit.metrics;

import org.jspecify.annotations.NullMarked;
