package dev.incidentkit.desk;

import dev.incidentkit.role.OnCallRoster;

/**
 * Who is on call and available for a service, for the default roles at declaration. A secondary port:
 * the caller asks it before declaring and puts the roster into the {@code Declare} command, so the
 * decision itself stays pure.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface Directory {

    /**
     * The on-call roster for a service now.
     *
     * @param service the affected service
     * @return the roster; empty when nothing is known
     */
    OnCallRoster rosterFor(String service);
}
