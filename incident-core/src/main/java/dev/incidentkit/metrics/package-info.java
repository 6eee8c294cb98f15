/**
 * Response metrics computed from incidents' milestones: per incident
 * ({@link dev.incidentkit.metrics.IncidentMetrics}) and over a collection
 * ({@link dev.incidentkit.metrics.MetricsSummary}).
 *
 * <p>A view above the incident: it reads states and changes nothing.
 *
 * @since 0.1.0
 */
@NullMarked
package dev.incidentkit.metrics;

import org.jspecify.annotations.NullMarked;
