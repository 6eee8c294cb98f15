/**
 * Response: the declared incident's course, from declaration to close.
 *
 * <p>Its commands ({@link dev.incidentkit.incident.response.ResponseCommand}) declare, change
 * severity, mitigate, resolve, reopen, cancel, merge, close, record actions and acknowledge paging;
 * its events ({@link dev.incidentkit.incident.response.ResponseEvent}) record them, with the official
 * start and a merged incident absorbed.
 *
 * <p>A capability package of the incident: its commands and events are sealed slices of
 * {@link dev.incidentkit.incident.IncidentCommand} and {@link dev.incidentkit.incident.IncidentEvent};
 * the {@link dev.incidentkit.incident.IncidentDecider} decides and folds them.
 *
 * <p>Said once for the whole package: nothing here takes or returns {@code null} unless marked
 * {@code @Nullable} (an absent value is an {@code Option}), and every member is available since the
 * version below unless it says otherwise.
 *
 * @since 0.1.0
 */
@NullMarked
package dev.incidentkit.incident.response;

import org.jspecify.annotations.NullMarked;
