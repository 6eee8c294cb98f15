/**
 * Who takes part in an incident: responder identities, and (as the library grows) the roles they hold
 * and how those roles change hands.
 *
 * <p>The values here sit at the bottom of the package graph: the incident's state holds them.
 *
 * @since 0.1.0
 */
@NullMarked
package dev.incidentkit.role;

import org.jspecify.annotations.NullMarked;

