package dev.incidentkit.examples;

import dev.incidentkit.examples.http.ChatWebhookNotifier;
import dev.incidentkit.examples.http.HttpSettings;
import dev.incidentkit.examples.http.LocalApis;
import dev.incidentkit.examples.http.PagingNotifier;
import dev.incidentkit.examples.http.RoutingNotifier;
import dev.incidentkit.examples.http.TicketNotifier;
import dev.incidentkit.notify.Notifier;
import dev.incidentkit.notify.RecordingNotifier;
import dev.incidentkit.notify.Target;
import dev.incidentkit.store.IncidentStorage;
import dev.incidentkit.templates.TemplateCatalogue;
import dev.incidentkit.templates.TemplateRenderer;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The real adapters a scenario runs on, wired as an integrator would: the HTTP notifiers for chat, paging
 * and tickets against {@link LocalApis}, the loopback stand-in for those systems (nothing leaves the
 * machine), and the English templates. The demo has no status page or mail service: messages for them are
 * recorded, not sent, and {@code messages.md} lists them like the rest.
 */
final class DemoStack implements AutoCloseable {

    /** The ticket project the scenarios open their tickets in. */
    static final String PROJECT = "OPS";

    private final LocalApis apis;
    private final TicketNotifier tickets;
    private final Notifier notifier;
    private final ManualClock clock;
    private final AtomicInteger opened = new AtomicInteger();

    private DemoStack(LocalApis apis, ManualClock clock) {
        this.apis = apis;
        this.clock = clock;
        HttpSettings http = HttpSettings.of(Duration.ofSeconds(2), clock);
        this.tickets = new TicketNotifier(apis.baseUri(), TicketNotifier.Credentials.bearer("demo-token"), "31", http);
        RecordingNotifier noService = new RecordingNotifier();
        ChatWebhookNotifier chat = new ChatWebhookNotifier(apis.chatWebhook(), http);
        this.notifier = RoutingNotifier.empty()
                .route(Target.Kind.INCIDENT_CHANNEL, chat)
                .route(Target.Kind.CHAT_THREAD, chat)
                .route(Target.Kind.PAGING_INCIDENT, new PagingNotifier(apis.baseUri(), apis.baseUri(),
                        "demo-routing-key", "demo-token", "incidentkit@example.org", http))
                .route(Target.Kind.TICKET, tickets)
                .route(Target.Kind.STATUS_PAGE, noService)
                .route(Target.Kind.EMAIL, noService);
    }

    /**
     * Starts the stand-in systems for one scenario.
     *
     * @param clock the scenario's clock, which the notifiers read Retry-After dates against
     * @return the stack; close it when the scenario is done
     */
    static DemoStack start(ManualClock clock) {
        return new DemoStack(LocalApis.start(Duration.ofMinutes(10)), clock);
    }

    /** A run of the scenario on this stack and the given storage. */
    ScenarioRun run(Scenario scenario, IncidentStorage storage, TemplateCatalogue catalogue, ReportPublisher publisher) {
        String prefix = scenario.key().substring(0, scenario.key().indexOf('-'));
        return new ScenarioRun(scenario.process(), storage, new TemplateRenderer(catalogue, Locale.ENGLISH), notifier,
                clock, "s" + prefix, summary -> tickets.create(PROJECT, summary, summary,
                        "open-" + prefix + "-" + opened.incrementAndGet())
                        .getOrElseThrow(problem -> new IllegalStateException("could not open a ticket: " + problem)),
                publisher);
    }

    /** The stand-in systems, to script failures and read what arrived. */
    LocalApis apis() {
        return apis;
    }

    @Override
    public void close() {
        apis.close();
    }
}
