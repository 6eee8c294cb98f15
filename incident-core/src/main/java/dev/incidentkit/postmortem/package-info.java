/**
 * The postmortem (incident report, PIR) as values the incident holds: its status, sections, action items
 * and reviews, and the blameless check of its wording.
 *
 * <p>Values at the bottom of the package graph: the incident's decider runs the review workflow.
 *
 * <p>Said once for the whole package: nothing here takes or returns {@code null} unless marked
 * {@code @Nullable} (an absent value is an {@code Option}), and every member is available since the
 * version below unless it says otherwise.
 *
 * @since 0.1.0
 */
@NullMarked
package dev.incidentkit.postmortem;

import org.jspecify.annotations.NullMarked;
