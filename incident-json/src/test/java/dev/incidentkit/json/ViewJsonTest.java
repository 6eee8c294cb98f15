package dev.incidentkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.incidentkit.incident.IncidentDecider;
import dev.incidentkit.incident.IncidentEvent;
import dev.incidentkit.incident.IncidentId;
import dev.incidentkit.incident.IncidentState;
import dev.incidentkit.incident.Rejection;
import dev.incidentkit.incident.RejectionCode;
import dev.incidentkit.obligation.Obligation;
import dev.incidentkit.obligation.Obligations;
import dev.incidentkit.process.IncidentProcess;
import dev.incidentkit.testkit.Histories;
import dev.incidentkit.timeline.Timeline;
import dev.incidentkit.timeline.TimelineEntry;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import org.junit.jupiter.api.Test;

/** Rejections, obligations and the timeline as a front end answers them: read back equal, refused when wrong. */
class ViewJsonTest {

    private static final ViewJson JSON = ViewJson.standard();

    @Test
    void should_read_back_rejections_obligations_and_every_prefix_of_a_timeline() {
        IncidentId id = IncidentId.of("INC-V");
        Seq<IncidentEvent> history = Histories.richHistory(id);
        IncidentDecider decider = IncidentDecider.standard();
        IncidentState state = IncidentState.empty(id);
        int obligations = 0;
        for (IncidentEvent event : history) {
            state = decider.evolve(state, event);
            Seq<Obligation> due = Obligations.of(state, IncidentProcess.standard(), event.header().recordedAt());
            obligations += due.size();
            assertEquals(Either.right(due.toList()), JSON.readObligations(JSON.obligations(due)).map(Seq::toList));
        }
        assertTrue(obligations > 0, "the history owes something along the way");
        Seq<TimelineEntry> timeline = Timeline.of(history);
        assertEquals(Either.right(timeline.toList()), JSON.readTimeline(JSON.timeline(timeline)).map(Seq::toList));
        for (RejectionCode code : RejectionCode.values()) {
            Rejection rejection = new Rejection(code, "cannot do it: " + code.code());
            assertEquals(Either.right(rejection), JSON.readRejection(JSON.rejection(rejection)));
        }
        assertEquals("{\"code\":\"WRONG_STATUS\",\"message\":\"no\"}",
                JSON.rejection(new Rejection(RejectionCode.WRONG_STATUS, "no")));
    }

    @Test
    void should_refuse_what_does_not_fit_and_say_where() {
        assertTrue(JSON.readRejection("{\"code\":\"NOPE\",\"message\":\"x\"}").getLeft().contains("code"));
        assertTrue(JSON.readRejection("{\"code\":\"WRONG_STATUS\"}").getLeft().contains("message"));
        assertTrue(JSON.readObligations("{}").getLeft().contains("must be a JSON array"));
        assertTrue(JSON.readTimeline("[{}]").getLeft().contains("item 0"));
        assertTrue(JSON.readTimeline("[").getLeft().contains("not valid JSON"));
        assertEquals(Either.right(List.empty()), JSON.readObligations("[]").map(Seq::toList));
    }
}
