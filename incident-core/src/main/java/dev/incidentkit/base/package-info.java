/**
 * The foundation every feature package stands on: the project's Immutables style and the rules that
 * identifiers and free text from outside must meet.
 *
 * <p>Nothing here carries incident meaning; it sits at the bottom of the package graph so that every
 * feature package may use it.
 *
 * <p>Said once for the whole package: nothing here takes or returns {@code null} unless marked
 * {@code @Nullable} (an absent value is an {@code Option}), and every member is available since the
 * version below unless it says otherwise.
 *
 * @since 0.1.0
 */
@NullMarked
package dev.incidentkit.base;

import org.jspecify.annotations.NullMarked;

