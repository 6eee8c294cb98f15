/**
 * The model check for testers: run generated command sequences through a process, check the
 * {@linkplain dev.incidentkit.testkit.check.Invariants invariant catalogue} after every command, and
 * get the shortest failing history back with the seed that reproduces it. Start with
 * {@link dev.incidentkit.testkit.check.ProcessCheck#of(dev.incidentkit.process.IncidentProcess)}.
 *
 * <p>Said once for the whole package: nothing here takes or returns {@code null} unless marked
 * {@code @Nullable} (an absent value is an {@code Option}), and every member is available since the
 * version below unless it says otherwise.
 *
 * @since 0.1.0
 */
@NullMarked
package dev.incidentkit.testkit.check;

import org.jspecify.annotations.NullMarked;
