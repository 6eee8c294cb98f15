/**
 * Test support for people who build on incidentkit: contract suites that tell an adapter author whether
 * their adapter keeps a port's promises, such as {@link dev.incidentkit.testkit.IncidentEventStoreContract}.
 * Testers who check their own process find generators in {@code dev.incidentkit.testkit.gen} and the
 * model check with its invariant catalogue in {@code dev.incidentkit.testkit.check}.
 *
 * <p>Said once for the whole package: nothing here takes or returns {@code null} unless marked
 * {@code @Nullable} (an absent value is an {@code Option}), and every member is available since the
 * version below unless it says otherwise.
 *
 * @since 0.1.0
 */
@NullMarked
package dev.incidentkit.testkit;

import org.jspecify.annotations.NullMarked;
