/**
 * Who takes part in an incident: responder identities, and (as the library grows) the roles they hold
 * and how those roles change hands.
 *
 * <p>The values here sit at the bottom of the package graph: the incident's state holds them.
 *
 * <p>Said once for the whole package: nothing here takes or returns {@code null} unless marked
 * {@code @Nullable} (an absent value is an {@code Option}), and every member is available since the
 * version below unless it says otherwise.
 *
 * @since 0.1.0
 */
@NullMarked
package dev.incidentkit.role;

import org.jspecify.annotations.NullMarked;

