package dev.incidentkit.examples;

import static java.time.Duration.ofHours;
import static java.time.Duration.ofMinutes;

import dev.incidentkit.incident.Impact;
import dev.incidentkit.incident.IncidentId;
import dev.incidentkit.incident.Link;
import dev.incidentkit.incident.LinkKind;
import dev.incidentkit.incident.communication.CommunicationCommand;
import dev.incidentkit.incident.response.ResponseCommand;
import dev.incidentkit.incident.triage.DeclineRoute;
import dev.incidentkit.incident.triage.TriageCommand;
import dev.incidentkit.process.IncidentProcess;
import dev.incidentkit.process.Presets;
import dev.incidentkit.report.Assessment;
import dev.incidentkit.report.ReportSource;
import dev.incidentkit.report.Reproduction;
import dev.incidentkit.report.Symptom;
import dev.incidentkit.role.Audience;
import dev.incidentkit.role.Responder;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;

/**
 * Guides 000 and 001: two support tickets. The first cannot be reproduced at first, so the triager asks the
 * reporter for more information; with the answer it reproduces for three users who cannot start their
 * servers, which is an incident (two or more users), and it is declared, worked and resolved with the
 * community told on the ticket. The second asks for more memory: a support matter, declined as one, and
 * the reporter is told where it went.
 */
final class SupportTickets implements Scenario {

    static final IncidentId SERVERS = IncidentId.of("HUB-2026-11-24-servers");
    static final IncidentId MEMORY = IncidentId.of("HUB-2026-11-24-memory");
    static final Responder ANA = Responder.of("ana", "Ana Triager");
    static final Responder KIM = Responder.of("kim", "Kim Community");
    static final Responder LEE = Responder.of("lee", "Lee Researcher");

    @Override
    public String key() {
        return "2-support-tickets";
    }

    @Override
    public String title() {
        return "Two support tickets: one reproduced after asking for more, declared; one declined as support";
    }

    @Override
    public String guides() {
        return "000, 001";
    }

    @Override
    public IncidentProcess process() {
        return Presets.managedHub();
    }

    @Override
    public Instant start() {
        return Instant.parse("2026-11-24T09:10:00Z");
    }

    @Override
    public Seq<IncidentId> incidents() {
        return List.of(SERVERS, MEMORY);
    }

    @Override
    public void play(ScenarioRun run) {
        // a ticket that does not reproduce: ask the reporter for more
        run.act(SERVERS, ANA.id(), h -> TriageCommand.Report.of(h,
                ReportSource.supportTicket("FD-2041", KIM.id()), "My server does not start on hub.example.org"));
        run.pass(ofMinutes(15));
        run.act(SERVERS, ANA.id(), h -> new TriageCommand.Assess(h, Assessment.builder().usersAffected(1)
                .symptoms(Symptom.CANNOT_START_SERVERS).reproduction(Reproduction.NOT_REPRODUCED).build()));
        run.act(SERVERS, ANA.id(), h -> new TriageCommand.RequestInformation(h,
                "Which server image did you choose, and since when does it fail? A screenshot of the error helps."));

        // a second ticket meanwhile: a support matter, declined, and the reporter told where it went
        run.pass(ofMinutes(20));
        run.act(MEMORY, ANA.id(), h -> TriageCommand.Report.of(h,
                ReportSource.supportTicket("FD-2042", LEE.id()), "Please give my server 64 GB of memory"));
        run.act(MEMORY, ANA.id(), h -> new TriageCommand.Assess(h, Assessment.builder().usersAffected(1)
                .reproduction(Reproduction.REPRODUCED).build()));
        run.act(MEMORY, ANA.id(), h -> new TriageCommand.Decline(h,
                "A request for more resources is a support matter, not an outage.",
                DeclineRoute.to(DeclineRoute.Destination.SUPPORT_TICKET, "FD-2042")));
        run.act(MEMORY, ANA.id(), h -> new TriageCommand.InformReporter(h,
                "To report an outage, open a ticket and "
                        + "tell us how many users are affected."));

        // the reporter answers; it reproduces for three users: an incident
        run.pass(ofMinutes(45));
        run.act(SERVERS, ANA.id(), h -> new TriageCommand.Assess(h, Assessment.builder().usersAffected(3)
                .symptoms(Symptom.CANNOT_START_SERVERS).reproduction(Reproduction.REPRODUCED).build()));
        run.act(SERVERS, ANA.id(), h -> ResponseCommand.Declare.of(h, "Servers with the GPU image fail to start",
                process().severityScale().get("P2"), Impact.of("users of the GPU image cannot start servers", 3),
                "Managed JupyterHubs"));
        run.act(SERVERS, ANA.id(), h -> new CommunicationCommand.AddLink(h,
                Link.of(LinkKind.INCIDENT_CHANNEL, "#incident-2026-11-24-gpu-servers")));
        run.act(SERVERS, ANA.id(), h -> CommunicationCommand.PostUpdate.progress(h, Audience.STAKEHOLDERS,
                "We reproduced the problem: servers with the GPU image fail to start. We are on it.",
                h.recordedAt().plus(ofHours(3))));
        run.pass(ofHours(1));
        run.act(SERVERS, ANA.id(), h -> new ResponseCommand.Resolve(h,
                "started a GPU server as a test user after pinning the previous image", Option.none()));
        run.act(SERVERS, ANA.id(), h -> CommunicationCommand.PostUpdate.resolution(h, Audience.STAKEHOLDERS,
                "GPU servers start again; we pinned the previous image. Thank you, Kim, for the details."));
    }
}
