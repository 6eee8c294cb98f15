/**
 * QuickTheories generators for testers: {@link dev.incidentkit.testkit.gen.DomainGen} for every public
 * domain value, and {@link dev.incidentkit.testkit.gen.CommandSequences} for command sequences under a
 * given process, valid only or mixed with malformed and unauthorised commands. Everything shrinks.
 *
 * @since 0.1.0
 */
@NullMarked
package dev.incidentkit.testkit.gen;

import org.jspecify.annotations.NullMarked;
