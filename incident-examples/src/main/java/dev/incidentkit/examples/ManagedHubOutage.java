package dev.incidentkit.examples;

import static java.time.Duration.ofHours;
import static java.time.Duration.ofMinutes;

import dev.incidentkit.incident.ActionKind;
import dev.incidentkit.incident.Impact;
import dev.incidentkit.incident.IncidentEvent;
import dev.incidentkit.incident.IncidentId;
import dev.incidentkit.incident.Link;
import dev.incidentkit.incident.LinkKind;
import dev.incidentkit.incident.communication.CommunicationCommand;
import dev.incidentkit.incident.postmortem.PostmortemCommand;
import dev.incidentkit.incident.response.ResponseCommand;
import dev.incidentkit.incident.team.HandoffId;
import dev.incidentkit.incident.team.TeamCommand;
import dev.incidentkit.incident.team.TeamEvent;
import dev.incidentkit.incident.triage.TriageCommand;
import dev.incidentkit.postmortem.Section;
import dev.incidentkit.process.IncidentProcess;
import dev.incidentkit.process.Presets;
import dev.incidentkit.report.Assessment;
import dev.incidentkit.report.ReportSource;
import dev.incidentkit.report.Symptom;
import dev.incidentkit.role.Audience;
import dev.incidentkit.role.Responder;
import dev.incidentkit.role.Role;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;

/**
 * Guides 000, 001 and 002: a paging alert tagged {@code take immediate action} on a managed hub. The
 * support triager on call validates it (the tag says it is an outage), declares a P1 and commands; the
 * paging incident is acknowledged, the dedicated channel and the community's ticket are linked and the
 * community is informed, which officially starts the incident. The commander delegates the External
 * Liaison, who updates the community every few hours; a Subject Matter Expert and the Technology Lead are
 * pulled in; the commander hands over at the end of their day; the Technology Lead validates the fix and
 * resolves; the community is told; the incident report is written, reviewed, marked Reviewed, published
 * to the reports repository and its link sent to the community; the incident closes.
 */
final class ManagedHubOutage implements Scenario {

    static final IncidentId HUB = IncidentId.of("HUB-2026-11-23");
    static final Responder SAM = Responder.of("sam", "Sam Okafor");
    static final Responder ERIN = Responder.of("erin", "Erin Liaison");
    static final Responder GEORGIA = Responder.of("georgia", "Georgia Expert");
    static final Responder YUVI = Responder.of("yuvi", "Yuvi Lead");
    static final Responder CHRIS = Responder.of("chris", "Chris Night");

    @Override
    public String key() {
        return "1-managed-hub-outage";
    }

    @Override
    public String title() {
        return "A paging alert on a managed hub: P1, handover, resolution and the incident report";
    }

    @Override
    public String guides() {
        return "000, 001, 002";
    }

    @Override
    public IncidentProcess process() {
        return Presets.managedHub();
    }

    @Override
    public Instant start() {
        return Instant.parse("2026-11-23T14:05:00Z");
    }

    @Override
    public Seq<IncidentId> incidents() {
        return List.of(HUB);
    }

    @Override
    public void play(ScenarioRun run) {
        Instant t0 = run.clock().instant();
        var p1 = process().severityScale().get("P1");

        // the alert arrives; the triager on call acknowledges the page and validates it
        run.act(HUB, SAM.id(), h -> new TriageCommand.Report(h,
                new ReportSource.PagingAlert("JupyterHubDown", io.vavr.collection.HashSet.of("take immediate action"),
                        Option.some("PD-Q7XK2")),
                "Hub at hub.example.org answers 503 for every login", Option.some(t0.minusSeconds(60)),
                Option.some(t0.minusSeconds(300))));
        run.pass(ofMinutes(2));
        run.act(HUB, SAM.id(), ResponseCommand.AcknowledgePaging::new);
        run.act(HUB, SAM.id(), h -> new TriageCommand.Assess(h, Assessment.builder().usersAffected(120)
                .symptoms(Symptom.CANNOT_LOG_IN).build()));
        run.act(HUB, SAM.id(), h -> ResponseCommand.Declare.of(h, "Logins fail on hub.example.org", p1,
                Impact.of("nobody can log in to the hub", 120), "Managed JupyterHubs"));

        // the four conditions of the official start: P1 paging incident, acknowledged, channel, community told
        String ticket = run.openTicket("Logins fail on hub.example.org");
        run.act(HUB, SAM.id(), h -> new CommunicationCommand.AddLink(h, Link.of(LinkKind.PAGING_INCIDENT, "PD-Q7XK2")));
        run.act(HUB, SAM.id(), h -> new CommunicationCommand.AddLink(h,
                Link.of(LinkKind.INCIDENT_CHANNEL, "#incident-2026-11-23-hub-logins")));
        run.act(HUB, SAM.id(), h -> new CommunicationCommand.AddLink(h, Link.of(LinkKind.TICKET, ticket)));
        // the community representative is e-mailed the report once it is shared (001)
        run.act(HUB, SAM.id(), h -> new CommunicationCommand.AddLink(h,
                Link.of(LinkKind.EMAIL, "representative@community.example.org")));
        run.pass(ofMinutes(3));
        run.act(HUB, SAM.id(), h -> CommunicationCommand.PostUpdate.progress(h, Audience.STAKEHOLDERS,
                "Logins to hub.example.org fail. We are investigating and will update here within three hours.",
                h.recordedAt().plus(ofHours(3))));

        // the commander delegates the External Liaison and pulls in an expert and the Technology Lead
        run.act(HUB, SAM.id(), h -> new TeamCommand.AssignRole(h, Role.COMMUNICATIONS_LIAISON, ERIN,
                "community updates while I coordinate"));
        run.act(HUB, SAM.id(), h -> new TeamCommand.AssignRole(h, Role.SUBJECT_MATTER_EXPERT, GEORGIA,
                "knows the hub's proxy"));
        run.act(HUB, SAM.id(), h -> new TeamCommand.AssignRole(h, Role.TECHNOLOGY_LEAD, YUVI,
                "validates what we change"));
        run.pass(ofMinutes(10));
        run.act(HUB, GEORGIA.id(), h -> new ResponseCommand.RecordAction(h, ActionKind.DEBUGGING,
                "kubectl -n hub logs deploy/proxy --since=1h shows 'too many open files'", Option.none()));
        run.act(HUB, GEORGIA.id(), h -> new ResponseCommand.RecordAction(h, ActionKind.HYPOTHESIS,
                "the proxy leaks connections since the upgrade at 13:50", Option.none()));

        // every few hours the liaison updates the community
        run.pass(ofHours(2).plusMinutes(45));
        run.act(HUB, ERIN.id(), h -> CommunicationCommand.PostUpdate.progress(h, Audience.STAKEHOLDERS,
                "We found the cause in the hub's proxy and are testing a fix. Next update within three hours.",
                h.recordedAt().plus(ofHours(3))));

        // the commander's day ends: a handover, relieved only once Chris accepts
        Seq<IncidentEvent> offer = run.act(HUB, SAM.id(), h -> new TeamCommand.OfferHandoff(h,
                Role.INCIDENT_COMMANDER, SAM.id(), CHRIS, "proxy fix in test; next update due 20:00 UTC"));
        HandoffId handoff = ((TeamEvent.HandoffOffered) offer.head()).handoff().id();
        run.pass(ofMinutes(5));
        run.act(HUB, CHRIS.id(), h -> new TeamCommand.AcceptHandoff(h, handoff));

        // the fix, validated by the Technology Lead, who resolves
        run.pass(ofMinutes(40));
        run.act(HUB, GEORGIA.id(), h -> new ResponseCommand.RecordAction(h, ActionKind.FIX_ATTEMPT,
                "rolled the proxy back to 4.1.2", Option.none()));
        run.act(HUB, YUVI.id(), h -> new ResponseCommand.Mitigate(h, "proxy rolled back; logins work again",
                Option.none()));
        run.pass(ofMinutes(30));
        run.act(HUB, YUVI.id(), h -> new ResponseCommand.RecordAction(h, ActionKind.VERIFICATION,
                "logged in as a test user on three hubs; error rate back to zero", Option.none()));
        run.act(HUB, YUVI.id(), h -> new ResponseCommand.Resolve(h, "logged in as a test user on three hubs",
                Option.none()));
        run.act(HUB, ERIN.id(), h -> CommunicationCommand.PostUpdate.resolution(h, Audience.STAKEHOLDERS,
                "Logins work again. Thank you for your patience."));

        // the incident report, in the order of guide 001
        run.pass(ofHours(16));
        run.act(HUB, CHRIS.id(), h -> new PostmortemCommand.StartPostmortem(h, Option.some(GEORGIA.id())));
        run.act(HUB, GEORGIA.id(), h -> new PostmortemCommand.SetImpactWindow(h, t0.minusSeconds(300),
                Option.some(t0.plus(ofHours(3).plusMinutes(40)))));
        run.act(HUB, GEORGIA.id(), h -> new PostmortemCommand.WriteSection(h, Section.OVERVIEW,
                "For about four hours nobody could log in to hub.example.org."));
        run.act(HUB, GEORGIA.id(), h -> new PostmortemCommand.WriteSection(h, Section.WHAT_HAPPENED,
                "An upgrade of the hub's proxy made it keep connections open until it ran out of file handles."));
        run.act(HUB, GEORGIA.id(), h -> new PostmortemCommand.WriteSection(h, Section.RESOLUTION,
                "The proxy was rolled back to 4.1.2."));
        run.act(HUB, GEORGIA.id(), h -> new PostmortemCommand.WriteSection(h, Section.ROOT_CAUSE,
                "Proxy 4.2.0 does not close idle upstream connections; our load test did not hold connections open."));
        run.act(HUB, GEORGIA.id(), h -> new PostmortemCommand.WriteSection(h, Section.WHERE_WE_GOT_LUCKY,
                "The outage began in working hours, and the proxy's previous release was still in the registry."));
        run.act(HUB, GEORGIA.id(), h -> new PostmortemCommand.WriteSection(h, Section.WHAT_WENT_WELL,
                "The alert paged us within four minutes, and the handover at the end of the shift was smooth."));
        run.act(HUB, GEORGIA.id(), h -> new PostmortemCommand.WriteSection(h, Section.WHAT_DID_NOT_GO_SO_WELL,
                "Three hours passed before anyone looked at the proxy: its logs were not in the dashboards we checked"
                        + " first."));
        run.act(HUB, GEORGIA.id(), h -> new PostmortemCommand.AddActionItem(h, "AI-1",
                "Alert on the proxy's open file handles", Option.some("https://github.com/example-org/hub/issues/101")));
        run.act(HUB, GEORGIA.id(), h -> new PostmortemCommand.AddActionItem(h, "AI-2",
                "Hold connections open in the proxy load test", Option.some("https://github.com/example-org/hub/issues/102")));
        run.act(HUB, GEORGIA.id(), PostmortemCommand.RequestReview::new);
        run.pass(ofHours(2));
        run.act(HUB, YUVI.id(), h -> new PostmortemCommand.ReviewPostmortem(h,
                "Clear. The timeline shows when the upgrade happened; good."));
        run.act(HUB, CHRIS.id(), PostmortemCommand.MarkReviewed::new);
        String location = run.publishReport(HUB);
        run.act(HUB, GEORGIA.id(), h -> new PostmortemCommand.PublishPostmortem(h, location));
        run.act(HUB, ERIN.id(), PostmortemCommand.SharePostmortem::new);
        run.act(HUB, CHRIS.id(), ResponseCommand.Close::new);
    }
}
