/**
 * QuickTheories generators for testers: {@link dev.incidentkit.testkit.gen.DomainGen} for every public
 * domain value, and {@link dev.incidentkit.testkit.gen.CommandSequences} for command sequences under a
 * given process, valid only or mixed with malformed and unauthorised commands. Everything shrinks.
 *
 * <p>Said once for the whole package: nothing here takes or returns {@code null} unless marked
 * {@code @Nullable} (an absent value is an {@code Option}), and every member is available since the
 * version below unless it says otherwise.
 *
 * @since 0.1.0
 */
@NullMarked
package dev.incidentkit.testkit.gen;

import org.jspecify.annotations.NullMarked;
