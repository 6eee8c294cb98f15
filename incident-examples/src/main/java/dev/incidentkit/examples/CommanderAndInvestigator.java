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
import dev.incidentkit.incident.postmortem.PostmortemEvent;
import dev.incidentkit.incident.response.ResponseCommand;
import dev.incidentkit.incident.team.HandoffId;
import dev.incidentkit.incident.team.TeamCommand;
import dev.incidentkit.incident.team.TeamEvent;
import dev.incidentkit.incident.triage.TriageCommand;
import dev.incidentkit.postmortem.ReviewComment;
import dev.incidentkit.postmortem.Section;
import dev.incidentkit.process.IncidentProcess;
import dev.incidentkit.process.Presets;
import dev.incidentkit.report.Assessment;
import dev.incidentkit.report.ReportSource;
import dev.incidentkit.role.Audience;
import dev.incidentkit.role.OnCallRoster;
import dev.incidentkit.role.Responder;
import dev.incidentkit.role.Role;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;

/**
 * Guide 004: a customer-impacting alert is declared with the on-call defaults (the on-call engineer
 * investigates, the secondary commands); hypotheses are tried; the investigator hands over, relieved only
 * once the successor acknowledged; the bleeding is stopped before the root cause is known; the incident
 * is resolved; the Post Incident Review is due within one working day and written, reviewed and published
 * in time, with its follow-ups.
 */
final class CommanderAndInvestigator implements Scenario {

    static final IncidentId CHECKOUT = IncidentId.of("PAY-311");
    static final Responder ADA = Responder.of("ada", "Ada On-Call");
    static final Responder GRACE = Responder.of("grace", "Grace Secondary");
    static final Responder LINUS = Responder.of("linus", "Linus Payments");
    static final Responder MARGARET = Responder.of("margaret", "Margaret Payments");

    @Override
    public String key() {
        return "4-commander-and-investigator";
    }

    @Override
    public String title() {
        return "A customer-impacting incident with on-call defaults, a handover, mitigation first and a PIR in a day";
    }

    @Override
    public String guides() {
        return "004";
    }

    @Override
    public IncidentProcess process() {
        return Presets.commanderAndInvestigator();
    }

    @Override
    public Instant start() {
        return Instant.parse("2026-11-23T10:00:00Z");
    }

    @Override
    public Seq<IncidentId> incidents() {
        return List.of(CHECKOUT);
    }

    @Override
    public void play(ScenarioRun run) {
        Instant t0 = run.clock().instant();

        // the page reaches the on-call engineer; customers are affected, so it is an incident
        run.act(CHECKOUT, ADA.id(), h -> new TriageCommand.Report(h, new ReportSource.PagingAlert(
                "CheckoutErrorRate", HashSet.of("payments", "customer-facing"), Option.some("ALERT-8812")),
                "Checkout error rate at 35%", Option.some(t0.minusSeconds(120)), Option.some(t0.minusSeconds(600))));
        run.act(CHECKOUT, ADA.id(), ResponseCommand.AcknowledgePaging::new);
        run.act(CHECKOUT, ADA.id(), h -> new TriageCommand.Assess(h, Assessment.builder().usersAffected(400)
                .customerImpact().build()));
        run.act(CHECKOUT, ADA.id(), h -> new ResponseCommand.Declare(h, "Checkout fails for a third of customers",
                process().severityScale().get("SEV2"), Impact.of("a third of checkouts fail", 400), "Checkout",
                Option.some(t0.minusSeconds(600)),
                OnCallRoster.of(OnCallRoster.Member.available(ADA), OnCallRoster.Member.available(GRACE), "payments",
                        OnCallRoster.Member.available(LINUS), OnCallRoster.Member.available(MARGARET))));
        run.act(CHECKOUT, GRACE.id(), h -> new CommunicationCommand.AddLink(h,
                Link.of(LinkKind.INCIDENT_CHANNEL, "#inc-pay-311")));
        String ticket = run.openTicket("Checkout fails for a third of customers");
        run.act(CHECKOUT, GRACE.id(), h -> new CommunicationCommand.AddLink(h, Link.of(LinkKind.TICKET, ticket)));
        run.act(CHECKOUT, GRACE.id(), h -> CommunicationCommand.PostUpdate.progress(h, Audience.STAKEHOLDERS,
                "Checkout fails for about a third of customers. Ada investigates, I coordinate.",
                h.recordedAt().plus(ofHours(1))));

        // hypotheses, one at a time, written down
        run.pass(ofMinutes(10));
        run.act(CHECKOUT, ADA.id(), h -> new ResponseCommand.RecordAction(h, ActionKind.HYPOTHESIS,
                "deploy 1142 of checkout-api at 09:48 broke something", Option.none()));
        run.act(CHECKOUT, ADA.id(), h -> new ResponseCommand.RecordAction(h, ActionKind.FIX_ATTEMPT,
                "rolled checkout-api back to 1141: error rate unchanged", Option.none()));
        run.pass(ofMinutes(10));
        run.act(CHECKOUT, ADA.id(), h -> new ResponseCommand.RecordAction(h, ActionKind.HYPOTHESIS,
                "the card network times out for one acquirer", Option.none()));
        run.act(CHECKOUT, GRACE.id(), h -> new TeamCommand.AssignRole(h, Role.SUBJECT_MATTER_EXPERT, LINUS,
                "knows the acquirer integration"));

        // the investigator hands over; until Linus acknowledges, Ada keeps the role
        Seq<IncidentEvent> offer = run.act(CHECKOUT, ADA.id(), h -> new TeamCommand.OfferHandoff(h,
                Role.INVESTIGATOR, ADA.id(), LINUS, "acquirer timeouts suspected; dashboards in the channel"));
        HandoffId handoff = ((TeamEvent.HandoffOffered) offer.head()).handoff().id();
        run.pass(ofMinutes(4));
        run.act(CHECKOUT, LINUS.id(), h -> new TeamCommand.AcceptHandoff(h, handoff));

        // stop the bleeding before the root cause is known
        run.pass(ofMinutes(6));
        run.act(CHECKOUT, LINUS.id(), h -> new ResponseCommand.Mitigate(h,
                "routed card payments to the second acquirer; error rate down to 0.4%", Option.none()));
        run.act(CHECKOUT, GRACE.id(), h -> CommunicationCommand.PostUpdate.progress(h, Audience.STAKEHOLDERS,
                "Mitigated: payments go through the second acquirer. We keep looking for the cause.",
                h.recordedAt().plus(ofHours(1))));
        run.pass(ofMinutes(50));
        run.act(CHECKOUT, LINUS.id(), h -> new ResponseCommand.RecordAction(h, ActionKind.DEBUGGING,
                "the first acquirer rejects our TLS client certificate since 09:50; it expired", Option.none()));
        run.act(CHECKOUT, LINUS.id(), h -> new ResponseCommand.RecordAction(h, ActionKind.FIX_ATTEMPT,
                "installed the renewed certificate and moved traffic back", Option.none()));
        run.act(CHECKOUT, GRACE.id(), h -> new ResponseCommand.Resolve(h,
                "20 test payments through the first acquirer succeeded", Option.none()));
        run.act(CHECKOUT, GRACE.id(), h -> CommunicationCommand.PostUpdate.resolution(h, Audience.STAKEHOLDERS,
                "Resolved: an expired certificate; renewed. The PIR follows tomorrow."));

        // the Post Incident Review, due within one working day
        run.pass(ofMinutes(20));
        run.act(CHECKOUT, GRACE.id(), h -> new PostmortemCommand.StartPostmortem(h, Option.none()));
        run.pass(ofHours(20));
        run.act(CHECKOUT, GRACE.id(), h -> new PostmortemCommand.WriteSection(h, Section.WHAT_HAPPENED,
                "The TLS client certificate for the first acquirer expired at 09:50; a third of payments failed."));
        run.act(CHECKOUT, GRACE.id(), h -> new PostmortemCommand.WriteSection(h, Section.ROOT_CAUSE,
                "The certificate was renewed by hand last year and nothing reminded us to renew it again."));
        run.act(CHECKOUT, GRACE.id(), h -> new PostmortemCommand.WriteSection(h, Section.WHAT_WENT_WELL,
                "Routing to the second acquirer stopped the bleeding within 40 minutes."));
        run.act(CHECKOUT, GRACE.id(), h -> new PostmortemCommand.WriteSection(h, Section.OVERVIEW,
                "For 40 minutes a third of card payments failed: a client certificate had expired."));
        run.act(CHECKOUT, GRACE.id(), h -> new PostmortemCommand.WriteSection(h, Section.RESOLUTION,
                "Payments were routed to the second acquirer, then the certificate was renewed and routing restored."));
        run.act(CHECKOUT, GRACE.id(), h -> new PostmortemCommand.WriteSection(h, Section.WHERE_WE_GOT_LUCKY,
                "Only one of the two acquirers used the expired certificate."));
        run.act(CHECKOUT, GRACE.id(), h -> new PostmortemCommand.WriteSection(h, Section.WHAT_DID_NOT_GO_SO_WELL,
                "We suspected the morning's deploy first and spent 15 minutes on it."));
        String renew = run.openTicket("Renew acquirer certificates automatically");
        String monitor = run.openTicket("Alert 30 days before a client certificate expires");
        run.act(CHECKOUT, GRACE.id(), h -> new PostmortemCommand.AddActionItem(h, "PIR-1",
                "Renew acquirer certificates automatically", Option.some(run.ticketUrl(renew))));
        run.act(CHECKOUT, GRACE.id(), h -> new PostmortemCommand.AddActionItem(h, "PIR-2",
                "Alert 30 days before a client certificate expires", Option.some(run.ticketUrl(monitor))));
        run.act(CHECKOUT, GRACE.id(), PostmortemCommand.RequestReview::new);
        run.pass(ofHours(1));
        // a review comment that asks for a change stays open until the report answers it
        String comment = ((PostmortemEvent.ReviewCommentRaised) run.act(CHECKOUT, LINUS.id(),
                h -> new PostmortemCommand.RaiseReviewComment(h, "Add that the rollback of 1141 ruled out the deploy"
                        + " early.")).head()).commentId();
        run.act(CHECKOUT, GRACE.id(), h -> new PostmortemCommand.WriteSection(h, Section.WHAT_HAPPENED,
                "The TLS client certificate for the first acquirer expired at 09:50; a third of payments failed."
                        + " Rolling back deploy 1141 changed nothing, which ruled the deploy out early."));
        run.act(CHECKOUT, GRACE.id(), h -> new PostmortemCommand.SettleReviewComment(h, comment,
                ReviewComment.State.ADDRESSED, "Added to What happened."));
        run.act(CHECKOUT, LINUS.id(), h -> new PostmortemCommand.ReviewPostmortem(h, "Complete now."));
        run.act(CHECKOUT, GRACE.id(), PostmortemCommand.MarkReviewed::new);
        String location = run.publishReport(CHECKOUT);
        run.act(CHECKOUT, GRACE.id(), h -> new PostmortemCommand.PublishPostmortem(h, location));
        run.act(CHECKOUT, GRACE.id(), PostmortemCommand.SharePostmortem::new);
        run.act(CHECKOUT, GRACE.id(), ResponseCommand.Close::new);
    }
}
