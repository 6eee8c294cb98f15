package dev.incidentkit.examples;

import dev.incidentkit.notify.InMemoryOutbox;
import dev.incidentkit.notify.RecordingNotifier;
import dev.incidentkit.store.InMemoryEventStore;
import dev.incidentkit.store.IncidentStorage;
import dev.incidentkit.templates.TemplateRenderer;
import org.junit.jupiter.api.Test;

class ScratchTest {
    @Test
    void play() {
        for (Scenario s : Scenario.all()) {
            int[] n = {0};
            ScenarioRun run = new ScenarioRun(s.process(), IncidentStorage.of(new InMemoryEventStore(), new InMemoryOutbox()),
                    TemplateRenderer.english(), new RecordingNotifier(), new ManualClock(s.start()), s.key(),
                    summary -> "OPS-" + (++n[0]), (st, ev) -> "https://reports.example.org/" + st.id().value() + ".md");
            try {
                s.play(run);
            } finally {
                System.out.println("=== " + s.key());
                run.steps().forEach(st -> System.out.println(st.at() + " " + st.incident().value() + " " + st.actor().value() + " " + st.command() + " -> " + st.outcome() + " [" + st.status().map(Enum::name).getOrElse("-") + "] " + st.obligations().map(o -> o.kind().name()).mkString(",")));
                run.sent().forEach(m -> System.out.println("   MSG " + m.message().intent().templateKey() + " -> " + m.message().intent().target()));
            }
        }
    }
}
