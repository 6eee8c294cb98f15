package dev.incidentkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.incidentkit.incident.IncidentDecider;
import dev.incidentkit.incident.IncidentEvent;
import dev.incidentkit.incident.IncidentState;
import dev.incidentkit.notify.Notifications;
import dev.incidentkit.timeline.Timeline;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;

/**
 * Issue 18: the timeline and the notifications dispatch on the event's type, and a type they do not know
 * makes them throw instead of falling through silently. Every permitted type, one sample each, must pass
 * through both; a new event type fails here until it is given an entry and messages, or listed as silent.
 */
class EveryEventIsHandledTest {

    @Test
    void every_event_type_is_known_to_the_timeline_and_the_notifications() {
        IncidentState rich = IncidentDecider.standard().replay(EventSamples.RICH, EventSamples.richHistory());
        java.util.List<String> unknown = new ArrayList<>();
        for (IncidentEvent event : EventSamples.everyType()) {
            try {
                Timeline.of(List.of(event));
            } catch (IllegalArgumentException e) {
                unknown.add("timeline: " + event.getClass().getSimpleName());
            }
            try {
                Notifications.plan(event, rich);
            } catch (IllegalArgumentException e) {
                unknown.add("notifications: " + event.getClass().getSimpleName());
            }
        }

        assertEquals(java.util.List.of(), unknown);
        assertEquals(HashSet.ofAll(IncidentEvent.recordTypes()),
                HashSet.ofAll(EventSamples.everyType().map(Object::getClass)), "a sample of every type");
    }
}
