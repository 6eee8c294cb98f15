package dev.incidentkit.incident;

import dev.incidentkit.timeline.Timeline;
import dev.incidentkit.timeline.TimelineEntry;
import io.vavr.collection.List;
import io.vavr.collection.Seq;

/** The entries one event contributes to a timeline, read through the public API. */
final class TimelineEntries {

    private TimelineEntries() {}

    static Seq<TimelineEntry> of(IncidentEvent event) {
        return Timeline.of(List.of(event));
    }
}
