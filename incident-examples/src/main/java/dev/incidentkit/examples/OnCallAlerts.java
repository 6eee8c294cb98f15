package dev.incidentkit.examples;

import static java.time.Duration.ofHours;
import static java.time.Duration.ofMinutes;

import dev.incidentkit.incident.ActionKind;
import dev.incidentkit.incident.Impact;
import dev.incidentkit.incident.IncidentId;
import dev.incidentkit.incident.Link;
import dev.incidentkit.incident.LinkKind;
import dev.incidentkit.incident.communication.CommunicationCommand;
import dev.incidentkit.incident.postmortem.PostmortemCommand;
import dev.incidentkit.incident.response.ResponseCommand;
import dev.incidentkit.incident.team.TeamCommand;
import dev.incidentkit.incident.triage.TriageCommand;
import dev.incidentkit.postmortem.Section;
import dev.incidentkit.process.IncidentProcess;
import dev.incidentkit.process.Presets;
import dev.incidentkit.report.Assessment;
import dev.incidentkit.report.ReportSource;
import dev.incidentkit.report.Reproduction;
import dev.incidentkit.role.Audience;
import dev.incidentkit.role.Responder;
import dev.incidentkit.role.Role;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;

/**
 * Guide 003: Alert, Raise, Assess, Address, Resolve. An alert raised in the incidents channel is tracked in
 * a ticket, assessed as a known problem that does not reproduce for a few users, so it does not qualify:
 * canceled, and the reporter educated. A second alert affects hundreds of buyers and reproduces: Critical.
 * The on-call engineer fixes it with the status page kept current, resolves it, links the follow-up
 * tickets, and the post-mortem a Critical incident requires is started; closing before it is published is
 * refused.
 */
final class OnCallAlerts implements Scenario {

    static final IncidentId THUMBNAILS = IncidentId.of("ART-101");
    static final IncidentId CHECKOUT = IncidentId.of("ART-102");
    static final Responder MIKA = Responder.of("mika", "Mika On-Call");
    static final Responder NOOR = Responder.of("noor", "Noor Support");
    static final Responder ROB = Responder.of("rob", "Rob Second");

    @Override
    public String key() {
        return "3-on-call-alerts";
    }

    @Override
    public String title() {
        return "Two alerts in the incidents channel: one canceled as not qualifying, one Critical with a post-mortem";
    }

    @Override
    public String guides() {
        return "003";
    }

    @Override
    public IncidentProcess process() {
        return Presets.onCall();
    }

    @Override
    public Instant start() {
        return Instant.parse("2026-11-25T16:20:00Z");
    }

    @Override
    public Seq<IncidentId> incidents() {
        return List.of(THUMBNAILS, CHECKOUT);
    }

    @Override
    public void play(ScenarioRun run) {
        var scale = process().severityScale();

        // raised, tracked, assessed: a known problem that does not reproduce does not qualify
        run.act(THUMBNAILS, NOOR.id(), h -> TriageCommand.Report.of(h, ReportSource.chat("#incidents", NOOR.id()),
                "Two collectors say artwork thumbnails are blurry"));
        String first = run.openTicket("Blurry artwork thumbnails");
        run.act(THUMBNAILS, MIKA.id(), h -> new CommunicationCommand.AddLink(h, Link.of(LinkKind.TICKET, first)));
        run.pass(ofMinutes(10));
        run.act(THUMBNAILS, MIKA.id(), h -> new TriageCommand.Assess(h, Assessment.builder().usersAffected(2)
                .reproduction(Reproduction.NOT_REPRODUCED).knownProblem(true).build()));
        run.act(THUMBNAILS, MIKA.id(), h -> new ResponseCommand.Cancel(h,
                "A known thumbnail problem the media team tracks; it does not reproduce and affects two people."));
        run.act(THUMBNAILS, MIKA.id(), h -> new TriageCommand.InformReporter(h,
                "Thanks, Noor. This is the media team's known thumbnail issue; please send such reports to "
                        + "#media-help. Raise an incident when many people cannot use the site."));

        // a second alert: hundreds of buyers cannot check out, and it reproduces: Critical
        run.pass(ofHours(1));
        run.act(CHECKOUT, NOOR.id(), h -> TriageCommand.Report.of(h, ReportSource.chat("#incidents", NOOR.id()),
                "Checkout fails with 'payment declined' for every card"));
        run.act(CHECKOUT, MIKA.id(), h -> new TriageCommand.Assess(h, Assessment.builder().usersAffected(300)
                .reproduction(Reproduction.REPRODUCED).knownProblem(false).customerImpact().build()));
        run.act(CHECKOUT, MIKA.id(), h -> ResponseCommand.Declare.of(h, "Checkout declines every card",
                scale.get("Critical"), Impact.of("buyers cannot pay", 300), "Checkout"));
        String ticket = run.openTicket("Checkout declines every card");
        run.act(CHECKOUT, MIKA.id(), h -> new CommunicationCommand.AddLink(h, Link.of(LinkKind.TICKET, ticket)));
        run.act(CHECKOUT, MIKA.id(), h -> new CommunicationCommand.AddLink(h,
                Link.of(LinkKind.INCIDENT_CHANNEL, "#inc-art-102-checkout")));
        run.act(CHECKOUT, MIKA.id(), h -> new CommunicationCommand.AddLink(h,
                Link.of(LinkKind.STATUS_PAGE, "https://status.example-art.com")));
        run.act(CHECKOUT, MIKA.id(), h -> CommunicationCommand.PostUpdate.progress(h, Audience.PUBLIC,
                "Some payments fail at checkout. We are working on a fix.", h.recordedAt().plus(ofHours(1))));
        run.act(CHECKOUT, MIKA.id(), h -> CommunicationCommand.PostUpdate.progress(h, Audience.STAKEHOLDERS,
                "FIXING: every card is declined since 17:25. Payments team paged via Rob.",
                h.recordedAt().plus(ofHours(1))));

        // address: the second on-call engineer works the playbook while Mika facilitates
        run.act(CHECKOUT, MIKA.id(), h -> new TeamCommand.AssignRole(h, Role.SUBJECT_MATTER_EXPERT, ROB,
                "second on call; owns the payments playbook"));
        run.pass(ofMinutes(12));
        run.act(CHECKOUT, ROB.id(), h -> new ResponseCommand.RecordAction(h, ActionKind.DEBUGGING,
                "payment-service logs: 'invalid merchant key' since the secret rotation at 17:24", Option.none()));
        run.act(CHECKOUT, ROB.id(), h -> new ResponseCommand.RecordAction(h, ActionKind.FIX_ATTEMPT,
                "restored the previous merchant key and restarted payment-service", Option.none()));
        run.pass(ofMinutes(8));
        run.act(CHECKOUT, MIKA.id(), h -> new ResponseCommand.Resolve(h,
                "three test purchases with different cards succeeded", Option.none()));
        run.act(CHECKOUT, MIKA.id(), h -> CommunicationCommand.PostUpdate.resolution(h, Audience.PUBLIC,
                "Payments work again. We are sorry for the trouble."));
        run.act(CHECKOUT, MIKA.id(), h -> CommunicationCommand.PostUpdate.resolution(h, Audience.STAKEHOLDERS,
                "RESOLVED: the merchant key is restored; follow-ups are linked on the post-mortem."));

        // follow-up: a Critical incident requires a post-mortem before it closes
        run.pass(ofMinutes(30));
        run.act(CHECKOUT, MIKA.id(), h -> new PostmortemCommand.StartPostmortem(h, Option.none()));
        String rotation = run.openTicket("Secret rotation must not replace keys in use");
        String alert = run.openTicket("Alert when the card decline rate exceeds 20%");
        run.act(CHECKOUT, MIKA.id(), h -> new PostmortemCommand.AddActionItem(h, "F-1",
                "Rotate the merchant key without replacing the key in use", Option.some(run.ticketUrl(rotation))));
        run.act(CHECKOUT, MIKA.id(), h -> new PostmortemCommand.AddActionItem(h, "F-2",
                "Alert when the card decline rate exceeds 20%", Option.some(run.ticketUrl(alert))));
        run.act(CHECKOUT, MIKA.id(), h -> new PostmortemCommand.WriteSection(h, Section.ROOT_CAUSE,
                "The scheduled secret rotation replaced the merchant key the payment provider still expected."));
        run.refused(CHECKOUT, MIKA.id(), ResponseCommand.Close::new);
    }
}
