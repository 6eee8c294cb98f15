/**
 * Telling people: which messages events call for ({@link dev.incidentkit.notify.Notifications}), the
 * {@link dev.incidentkit.notify.MessageRenderer} and {@link dev.incidentkit.notify.Notifier} ports, a plain
 * fallback renderer and a recording notifier.
 *
 * <p>A port above the incident: it reads events and states, and knows no chat or ticket system.
 *
 * <p>Said once for the whole package: nothing here takes or returns {@code null} unless marked
 * {@code @Nullable} (an absent value is an {@code Option}), and every member is available since the
 * version below unless it says otherwise.
 *
 * @since 0.1.0
 */
@NullMarked
package dev.incidentkit.notify;

import org.jspecify.annotations.NullMarked;
