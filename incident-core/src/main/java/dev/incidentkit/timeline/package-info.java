/**
 * An incident's timeline, derived from its events and the chat messages imported into it
 * ({@link dev.incidentkit.timeline.Timeline}), and its check against guide 001's list of what a timeline
 * must contain ({@link dev.incidentkit.timeline.Completeness}).
 *
 * <p>A view above the incident: it reads events and changes nothing.
 *
 * <p>Said once for the whole package: nothing here takes or returns {@code null} unless marked
 * {@code @Nullable} (an absent value is an {@code Option}), and every member is available since the
 * version below unless it says otherwise.
 *
 * @since 0.1.0
 */
@NullMarked
package dev.incidentkit.timeline;

import org.jspecify.annotations.NullMarked;
