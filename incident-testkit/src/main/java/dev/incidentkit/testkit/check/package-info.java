/**
 * The model check for testers: run generated command sequences through a process, check the
 * {@linkplain dev.incidentkit.testkit.check.Invariants invariant catalogue} after every command, and
 * get the shortest failing history back with the seed that reproduces it. Start with
 * {@link dev.incidentkit.testkit.check.ProcessCheck#of(dev.incidentkit.process.IncidentProcess)}.
 *
 * @since 0.1.0
 */
@NullMarked
package dev.incidentkit.testkit.check;

import org.jspecify.annotations.NullMarked;
