/**
 * The foundation every feature package stands on: the project's Immutables style and the rules that
 * identifiers and free text from outside must meet.
 *
 * <p>Nothing here carries incident meaning; it sits at the bottom of the package graph so that every
 * feature package may use it.
 *
 * @since 0.1.0
 */
@NullMarked
package dev.incidentkit.base;

import org.jspecify.annotations.NullMarked;

