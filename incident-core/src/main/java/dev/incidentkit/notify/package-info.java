/**
 * Telling people: which messages events call for ({@link dev.incidentkit.notify.Notifications}), the
 * {@link dev.incidentkit.notify.MessageRenderer} and {@link dev.incidentkit.notify.Notifier} ports, a plain
 * fallback renderer and a recording notifier.
 *
 * <p>A port above the incident: it reads events and states, and knows no chat or ticket system.
 *
 * @since 0.1.0
 */
@NullMarked
package dev.incidentkit.notify;

import org.jspecify.annotations.NullMarked;
