package dev.incidentkit.notify;

import dev.incidentkit.incident.EventId;
import dev.incidentkit.incident.IncidentEvent;
import dev.incidentkit.incident.IncidentId;
import dev.incidentkit.incident.IncidentState;
import dev.incidentkit.incident.LinkKind;
import dev.incidentkit.incident.UpdateKind;
import dev.incidentkit.incident.communication.CommunicationEvent;
import dev.incidentkit.incident.postmortem.PostmortemEvent;
import dev.incidentkit.incident.response.ResponseEvent;
import dev.incidentkit.incident.team.TeamEvent;
import dev.incidentkit.incident.triage.TriageEvent;
import dev.incidentkit.process.IncidentProcess;
import dev.incidentkit.report.ReportSource;
import dev.incidentkit.incident.triage.DeclineRoute;
import dev.incidentkit.role.Audience;
import dev.incidentkit.role.Responder;
import io.vavr.Lazy;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Locale;
import java.util.Objects;

/**
 * Which messages an event calls for, as a pure function of the event and the incident's state just after
 * it. Status updates go where their audience listens (the ticket for the stakeholders, the status page
 * for the public, the incident channel inside); a new liaison's ticket assignment and a note go to the
 * ticket and the paging incident; the paging incident follows the commander; role changes, the
 * resolution and the postmortem are announced (the shared report also to every e-mail contact linked). The
 * reporter hears when triage asks for more information, tells them something, or declines the report (with
 * where it went): in the thread of the chat message a chat report came from (003), otherwise on the ticket. The paging
 * incident is acknowledged with the acknowledgement and resolved when the incident is resolved, canceled,
 * declined or merged: the alert's own or the linked one, by its id; one is triggered only for an incident
 * that has none (see {@link #plan(IncidentEvent, IncidentState, IncidentProcess)}), keyed by the incident
 * id so that repeated triggers open one. A message whose target the incident has no link for is
 * not planned: the obligations say what is still owed. A message's idempotency key is the incident, the
 * event id (derived from the command id) and the target's kind.
 *
 * @since 0.1.0
 */
public final class Notifications {

    /**
     * The event types that send no message of their own (paging aside, which has its own rules), and
     * {@code LinkAdded}, which sends one only for some links. Any other type must plan its messages below,
     * or planning throws: a new event type cannot be forgotten silently (EveryEventIsHandledTest).
     */
    private static final java.util.Set<Class<? extends IncidentEvent>> QUIET = java.util.Set.of(
            CommunicationEvent.LinkAdded.class,
            // said by people to people already: the record keeps it, nobody needs telling again
            CommunicationEvent.MessageRecorded.class,
            CommunicationEvent.FollowUpReported.class,
            CommunicationEvent.FollowUpAnswered.class,
            // a reopening follows as its own event, which tells people
            CommunicationEvent.FollowUpSettled.class,
            TriageEvent.Reported.class,
            TriageEvent.Assessed.class,
            ResponseEvent.Declared.class,
            TeamEvent.RoleAssigned.class,
            ResponseEvent.OfficiallyStarted.class,
            ResponseEvent.SeverityChanged.class,
            ResponseEvent.ActionRecorded.class,
            ResponseEvent.Mitigated.class,
            CommunicationEvent.ChatImported.class,
            PostmortemEvent.PostmortemStarted.class,
            PostmortemEvent.SectionWritten.class,
            PostmortemEvent.ActionItemAdded.class,
            TriageEvent.ImpactStartEstimated.class,
            ResponseEvent.Reopened.class,
            ResponseEvent.Canceled.class,
            ResponseEvent.Absorbed.class,
            ResponseEvent.Merged.class,
            ResponseEvent.Closed.class,
            TeamEvent.RoleReleased.class,
            TeamEvent.HandoffOffered.class,
            TeamEvent.TakeoverOffered.class,
            TeamEvent.HandoffDeclined.class,
            TeamEvent.HandoffWithdrawn.class,
            TeamEvent.HandoffExpired.class,
            TeamEvent.AdvisoryRaised.class,
            ResponseEvent.PagingAcknowledged.class,
            PostmortemEvent.ImpactWindowSet.class,
            PostmortemEvent.ActionItemUpdated.class,
            PostmortemEvent.ReviewRequested.class,
            PostmortemEvent.PostmortemReviewed.class,
            PostmortemEvent.MarkedReviewed.class,
            PostmortemEvent.ReviewCommentRaised.class,
            PostmortemEvent.ReviewCommentSettled.class,
            PostmortemEvent.PostmortemPublished.class);

    private Notifications() {}

    /**
     * The messages an event calls for under a process that does not page declared incidents, with times
     * in UTC and the default formats (see {@link #plan(IncidentEvent, IncidentState, IncidentProcess, TargetFormats)}).
     *
     * @param event the event
     * @param after the incident's state just after the event
     * @return the intents, each with a key derived from the event and its target
     */
    public static Seq<MessageIntent> plan(IncidentEvent event, IncidentState after) {
        return plan(event, after, Option.none(), TargetFormats.defaults());
    }

    /**
     * The messages an event calls for under a process, in the default formats (see
     * {@link #plan(IncidentEvent, IncidentState, IncidentProcess, TargetFormats)}).
     *
     * @param event the event
     * @param after the incident's state just after the event
     * @param process the incident's process
     * @return the intents, each with a key derived from the event and its target
     */
    public static Seq<MessageIntent> plan(IncidentEvent event, IncidentState after, IncidentProcess process) {
        return plan(event, after, process, TargetFormats.defaults());
    }

    /**
     * The messages an event calls for under a process, which says whether declared incidents are paged,
     * whether a postmortem will follow, and the team's time zone (its working calendar's), in which the
     * renderer shows times. Every intent's model carries the raw facts ({@code status} as the status's
     * name, {@code nextUpdateBy} as an ISO instant, {@code at} the event's recording time, {@code zone} the
     * team's zone id), so a renderer can put them in words and a custom template can still use them.
     *
     * @param event the event
     * @param after the incident's state just after the event
     * @param process the incident's process
     * @param formats the format each target reads
     * @return the intents, each with a key derived from the event and its target
     * @since 0.4.0
     */
    public static Seq<MessageIntent> plan(IncidentEvent event, IncidentState after, IncidentProcess process,
            TargetFormats formats) {
        return plan(event, after, Option.some(Objects.requireNonNull(process, "process")), formats);
    }

    private static Seq<MessageIntent> plan(IncidentEvent event, IncidentState after, Option<IncidentProcess> process,
            TargetFormats formats) {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(formats, "formats");
        boolean pageDeclared = process.exists(IncidentProcess::pagesDeclaredIncidents);
        // Most events call for no message: the common facts are put together only when one does.
        Lazy<Map<String, String>> model = Lazy.of(() -> LinkedHashMap.of(
                "incident", after.id().value(),
                "title", after.title().orElse(after.summary()).getOrElse(""),
                "severity", after.severity().map(s -> s.name()).getOrElse(""),
                "status", after.status().map(s -> s.name()).getOrElse(""),
                "at", event.header().recordedAt().toString(),
                "zone", process.map(p -> p.postmortem().calendar().zone().getId()).getOrElse("UTC")));
        return paging(event, after, pageDeclared, model, formats)
                .appendAll(messages(event, after, process, model, formats));
    }

    private static Seq<MessageIntent> messages(IncidentEvent event, IncidentState after,
            Option<IncidentProcess> process, Lazy<Map<String, String>> model, TargetFormats formats) {
        if (event instanceof CommunicationEvent.UpdatePosted) {
            CommunicationEvent.UpdatePosted e = (CommunicationEvent.UpdatePosted) event;
            String template = e.kind() == UpdateKind.RESOLUTION ? "resolution-notice"
                    : e.audience() == Audience.PUBLIC ? "status-page-update"
                    : isFirstResponse(e, after) ? "first-response" : "status-update";
            Map<String, String> facts = model.get().put("text", e.text())
                    .put("audience", e.audience().name().toLowerCase(Locale.ROOT))
                    .put("nextUpdateBy", e.nextUpdateBy().map(Object::toString).getOrElse(""))
                    .put("postmortemRequired", e.kind() == UpdateKind.RESOLUTION && postmortemRequired(after, process)
                            ? "yes" : "");
            return targetFor(e.audience(), after).map(t -> intent(event, template, t, facts, formats)).toList();
        }
        if (event instanceof TeamEvent.TicketAssigned) {
            TeamEvent.TicketAssigned e = (TeamEvent.TicketAssigned) event;
            return List.of(intent(event, "ticket-assignment", new Target(Target.Kind.TICKET, e.ticket()),
                    model.get().put("assignee", e.assignee().displayName()).put("assigneeId", e.assignee().id().value()),
                    formats));
        }
        if (event instanceof TeamEvent.PagingIncidentReassigned) {
            TeamEvent.PagingIncidentReassigned e = (TeamEvent.PagingIncidentReassigned) event;
            return List.of(intent(event, "paging-reassignment", new Target(Target.Kind.PAGING_INCIDENT,
                    e.pagingIncident()), model.get().put("assignee", e.assignee().displayName())
                    .put("assigneeId", e.assignee().id().value()), formats));
        }
        if (event instanceof TeamEvent.PagingIncidentNoted) {
            TeamEvent.PagingIncidentNoted e = (TeamEvent.PagingIncidentNoted) event;
            return List.of(intent(event, "paging-note", new Target(Target.Kind.PAGING_INCIDENT, e.pagingIncident()),
                    model.get().put("note", e.note()), formats));
        }
        if (event instanceof TeamEvent.HandoffAccepted) {
            TeamEvent.HandoffAccepted e = (TeamEvent.HandoffAccepted) event;
            return channel(after).map(t -> intent(event, "role-handoff", t, model.get().put("role", e.role().name())
                    .put("from", name(after, e.from())).put("fromId", e.from().value())
                    .put("to", e.to().displayName()).put("toId", e.to().id().value()), formats)).toList();
        }
        if (event instanceof CommunicationEvent.LinkAdded
                && ((CommunicationEvent.LinkAdded) event).link().kind() == LinkKind.INCIDENT_CHANNEL) {
            return channel(after).map(t -> intent(event, "channel-kickoff", t, model.get().put("roles", roles(after)),
                    formats)).toList();
        }
        if (event instanceof ResponseEvent.Resolved) {
            return channel(after).map(t -> intent(event, "resolved", t,
                    model.get().put("verification", ((ResponseEvent.Resolved) event).verification()), formats)).toList();
        }
        if (event instanceof TriageEvent.Declined) {
            TriageEvent.Declined e = (TriageEvent.Declined) event;
            return reporter(after).map(t -> {
                // a route to the very place the reporter reads is said as "here", not as a pointer to itself
                boolean here = e.route().reference().contains(t.address());
                String words = destination(e.route().destination());
                String route = here ? "" : e.route().reference().map(r -> words.isEmpty() ? r : words + ", " + r)
                        .getOrElse(words);
                return intent(event, "decline-notice", t, model.get().put("reason", e.reason()).put("route", route)
                        .put("routeHere", here ? destination(e.route().destination()) : "")
                        .put("destination", e.route().destination().name())
                        .put("reference", e.route().reference().getOrElse("")).put("howToReport", ""), formats);
            }).toList();
        }
        if (event instanceof TriageEvent.InformationRequested) {
            TriageEvent.InformationRequested e = (TriageEvent.InformationRequested) event;
            return reporter(after).map(t -> intent(event, "information-request", t,
                    model.get().put("question", e.question()), formats)).toList();
        }
        if (event instanceof TriageEvent.ReporterInformed) {
            TriageEvent.ReporterInformed e = (TriageEvent.ReporterInformed) event;
            return reporter(after).map(t -> intent(event, "reporter-update", t,
                    model.get().put("text", e.message()), formats)).toList();
        }
        if (event instanceof PostmortemEvent.PostmortemShared) {
            String location = after.postmortem().flatMap(pm -> pm.location()).getOrElse("");
            // the ticket the stakeholders were told through, and every e-mail contact linked (001: e-mail a
            // link to the report to the community representative)
            return targetFor(Audience.STAKEHOLDERS, after).toList()
                    .appendAll(after.links(LinkKind.EMAIL).map(l -> new Target(Target.Kind.EMAIL, l.reference())))
                    .map(t -> intent(event, "postmortem-published", t, model.get().put("location", location), formats));
        }
        if (QUIET.contains(event.getClass())) {
            return List.empty();
        }
        throw new IllegalArgumentException("the notifications do not know the event type "
                + event.getClass().getName() + ": plan its messages, or list it among the quiet ones");
    }

    /**
     * Whether an update is the incident's first word to the stakeholders, who include the reporter (000,
     * 001: answer the reporter with the first-response text once the incident is validated): the first
     * progress update to them of a declared incident.
     */
    private static boolean isFirstResponse(CommunicationEvent.UpdatePosted e, IncidentState after) {
        return e.kind() == UpdateKind.PROGRESS && e.audience() == Audience.STAKEHOLDERS
                && after.milestones().get(dev.incidentkit.incident.Milestone.DECLARED).isDefined()
                && after.updatesTo(Audience.STAKEHOLDERS).size() == 1;
    }

    /**
     * The paging incident's life. An incident that has one (the alert's own, or one linked) has it
     * acknowledged and resolved, addressed by its id; nothing triggers a second one. An incident that has
     * none is paged by us, keyed by the incident id as the paging service's de-duplication key (model field
     * {@code dedupKey}): when a paging alert that does not name its paging incident reports it, or when it
     * is declared under a process that pages declared incidents (000: first create a P1 incident for an
     * outage reported by a ticket). Should the paging incident be linked later, the acknowledgement and
     * the resolution go to it by id.
     */
    private static Seq<MessageIntent> paging(IncidentEvent event, IncidentState after, boolean pageDeclared,
            Lazy<Map<String, String>> model, TargetFormats formats) {
        Option<String> known = after.pagingIncident();
        boolean alert = after.source().exists(ReportSource.PagingAlert.class::isInstance);
        boolean declared = after.milestones().get(dev.incidentkit.incident.Milestone.DECLARED).isDefined();
        boolean ours = known.isEmpty() && (alert || pageDeclared && declared);
        String action;
        if (event instanceof TriageEvent.Reported) {
            action = alert && known.isEmpty() ? "paging-trigger" : null;
        } else if (event instanceof ResponseEvent.Declared) {
            action = pageDeclared && !alert && known.isEmpty() ? "paging-trigger" : null;
        } else if (event instanceof ResponseEvent.PagingAcknowledged) {
            action = "paging-acknowledge";
        } else if (event instanceof ResponseEvent.Resolved || event instanceof ResponseEvent.Canceled
                || event instanceof TriageEvent.Declined || event instanceof ResponseEvent.Merged) {
            action = "paging-resolve";
        } else {
            action = null;
        }
        if (action == null || known.isEmpty() && !ours) {
            return List.empty();
        }
        Target target = new Target(Target.Kind.PAGING_INCIDENT, known.getOrElse(() -> after.id().value()));
        Map<String, String> facts = ours ? model.get().put("dedupKey", after.id().value()) : model.get();
        return List.of(intent(event, action, target, facts, formats));
    }

    /**
     * The idempotency key of the message an event sends to a kind of target: the incident id, the event id
     * and the kind, each id preceded by its length, such as {@code 5:INC-7/6:INC-7#0/ticket}. The lengths
     * make the key unambiguous whatever the ids hold: two different (incident, event, kind) triples never
     * share a key.
     *
     * @param incident the incident
     * @param event the event
     * @param kind the kind of target
     * @return the key
     */
    public static String idempotencyKey(IncidentId incident, EventId event, Target.Kind kind) {
        String i = Objects.requireNonNull(incident, "incident").value();
        String e = Objects.requireNonNull(event, "event").value();
        return i.length() + ":" + i + "/" + e.length() + ":" + e + "/"
                + Objects.requireNonNull(kind, "kind").name().toLowerCase(Locale.ROOT);
    }

    private static MessageIntent intent(IncidentEvent event, String template, Target target, Map<String, String> model,
            TargetFormats formats) {
        String key = idempotencyKey(event.incidentId(), event.header().eventId(), target.kind());
        return new MessageIntent(key, event.incidentId(), template, target, formats.of(target), model);
    }

    /**
     * Where the reporter is answered during triage: in the thread of the chat message the report came from
     * (003), or on the stakeholders' ticket.
     */
    private static Option<Target> reporter(IncidentState state) {
        Option<ReportSource.ChatReport> chat = state.source().filter(ReportSource.ChatReport.class::isInstance)
                .map(ReportSource.ChatReport.class::cast);
        return chat.isDefined()
                ? Option.some(new Target(Target.Kind.CHAT_THREAD, chat.get().messageLink().getOrElse(chat.get().channel())))
                : targetFor(Audience.STAKEHOLDERS, state);
    }

    private static boolean postmortemRequired(IncidentState state, Option<IncidentProcess> process) {
        return process.exists(p -> state.severity().exists(s -> p.postmortem().requiredFor(s)));
    }

    private static String destination(DeclineRoute.Destination destination) {
        switch (destination) {
            case SUPPORT_TICKET:
                return "a support request";
            case PRODUCT_BACKLOG:
                return "an issue in the product team's backlog";
            default:
                return "";
        }
    }

    /** A responder as people know them: the display name where the incident knows one, else the id. */
    private static String name(IncidentState state, dev.incidentkit.role.ResponderId id) {
        return state.participants().get(id).map(Responder::displayName).getOrElse(id.value());
    }

    private static Option<Target> targetFor(Audience audience, IncidentState state) {
        switch (audience) {
            case STAKEHOLDERS:
                return ticket(state).map(t -> new Target(Target.Kind.TICKET, t));
            case PUBLIC:
                return state.links(LinkKind.STATUS_PAGE).headOption()
                        .map(l -> new Target(Target.Kind.STATUS_PAGE, l.reference()));
            default:
                return channel(state);
        }
    }

    private static Option<Target> channel(IncidentState state) {
        return state.links(LinkKind.INCIDENT_CHANNEL).headOption()
                .map(l -> new Target(Target.Kind.INCIDENT_CHANNEL, l.reference()));
    }

    private static Option<String> ticket(IncidentState state) {
        return state.stakeholdersTicket();
    }

    private static String roles(IncidentState state) {
        return state.roleHolders().filter(e -> !e._2.isEmpty())
                .map(e -> e._1.name() + ": " + e._2.map(id -> name(state, id)).mkString(", ")).mkString("; ");
    }
}
