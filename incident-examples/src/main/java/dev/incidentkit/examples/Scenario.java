package dev.incidentkit.examples;

import dev.incidentkit.incident.IncidentId;
import dev.incidentkit.process.IncidentProcess;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.Instant;

/**
 * One guide's process told as a story: the incidents, the people and the order of what they do.
 *
 * @since 0.1.0
 */
public interface Scenario {

    /**
     * The folder name of the scenario's output, such as {@code 1-managed-hub-outage}.
     *
     * @return the key
     */
    String key();

    /**
     * A one-line title for people.
     *
     * @return the title
     */
    String title();

    /**
     * The guides the story follows, such as {@code 000, 001, 002}.
     *
     * @return the guides
     */
    String guides();

    /**
     * The process the team follows.
     *
     * @return the process
     */
    IncidentProcess process();

    /**
     * When the story begins.
     *
     * @return the moment
     */
    Instant start();

    /**
     * The incidents of the story, in the order they are reported.
     *
     * @return the ids
     */
    Seq<IncidentId> incidents();

    /**
     * Tells the story on a run.
     *
     * @param run the run, with its clock at {@link #start()}
     */
    void play(ScenarioRun run);

    /**
     * The four scenarios of the guides, in order.
     *
     * @return the scenarios
     */
    static Seq<Scenario> all() {
        return List.of(new ManagedHubOutage(), new SupportTickets(), new OnCallAlerts(), new CommanderAndInvestigator());
    }
}
