package dev.incidentkit.incident;

import static dev.incidentkit.incident.Checks.accept;
import static dev.incidentkit.incident.Checks.label;
import static dev.incidentkit.incident.Checks.notLater;
import static dev.incidentkit.incident.Checks.reject;
import static dev.incidentkit.incident.Checks.status;
import static dev.incidentkit.incident.Checks.text;

import dev.incidentkit.base.TextRules;
import dev.incidentkit.base.TimeRules;
import dev.incidentkit.incident.communication.CommunicationCommand.AddLink;
import dev.incidentkit.incident.communication.CommunicationCommand.PostUpdate;
import dev.incidentkit.incident.communication.CommunicationCommand;
import dev.incidentkit.incident.communication.CommunicationEvent;
import dev.incidentkit.incident.communication.FollowUp;
import dev.incidentkit.incident.communication.FollowUpId;
import dev.incidentkit.incident.communication.Settlement;
import dev.incidentkit.incident.response.ResponseEvent;
import dev.incidentkit.process.IncidentProcess;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;

/**
 * The rules of communication: status updates, links and imported chat. Commands of
 * {@link dev.incidentkit.incident.communication.CommunicationCommand}.
 */
final class CommunicationDecisions {

    private final IncidentProcess process;

    CommunicationDecisions(IncidentProcess process) {
        this.process = process;
    }

    Either<Rejection, Emitter> postUpdate(PostUpdate c, IncidentState s) {
        return accept(Rulebook.statusProblem(c, s, process)
                .orElse(() -> text(c, "the update", c.text()))
                .orElse(() -> nextUpdateProblem(c, s))
                // a resolution notice recorded after the resolution tells of it: it went out after it, or
                // within the process's window before it
                .orElse(() -> c.kind() != UpdateKind.RESOLUTION ? Option.<Rejection>none()
                        : s.milestones().get(Milestone.RESOLVED)
                                .filter(resolved -> c.header().effectiveAt().isBefore(
                                        resolved.minus(process.resolutionNoticeWindow())))
                                .map(resolved -> reject(c, RejectionCode.MILESTONE_OUT_OF_ORDER, "a resolution notice"
                                        + " at " + c.header().effectiveAt() + " would come more than "
                                        + process.resolutionNoticeWindow().toMinutes() + " minutes before the"
                                        + " resolution at " + resolved))),
                c, s, h -> new CommunicationEvent.UpdatePosted(h, c.kind(), c.audience(), c.text(), c.nextUpdateBy()));
    }

    private static Option<Rejection> nextUpdateProblem(PostUpdate c, IncidentState s) {
        boolean open = s.status().exists(IncidentStatus::isOpen);
        if (c.nextUpdateBy().isEmpty()) {
            return c.kind() == UpdateKind.PROGRESS && open
                    ? Option.some(reject(c, RejectionCode.INVALID_INPUT,
                            "a progress update says when the next one comes"))
                    : Option.none();
        }
        if (c.kind() == UpdateKind.RESOLUTION) {
            return Option.some(reject(c, RejectionCode.INVALID_INPUT,
                    "a resolution notice promises no next update"));
        }
        if (!open) {
            return Option.some(reject(c, RejectionCode.INVALID_INPUT, "after the resolution no next update is owed,"
                    + " so an update promises none; say in the text when you will write again"));
        }
        Instant next = c.nextUpdateBy().get();
        Option<String> outOfRange = TimeRules.instantProblem("the next update's time", next);
        if (outOfRange.isDefined()) {
            return Option.some(reject(c, RejectionCode.INVALID_INPUT, outOfRange.get()));
        }
        Instant posted = c.header().effectiveAt();
        return next.isAfter(posted)
                ? Option.none()
                : Option.some(reject(c, RejectionCode.INVALID_INPUT, "the next update is promised for "
                        + next + ", which is not after this update at " + posted));
    }

    Either<Rejection, Emitter> addLink(AddLink c, IncidentState s) {
        return accept(Rulebook.statusProblem(c, s, process)
                .orElse(() -> s.isLinked(c.link())
                        ? Option.some(reject(c, RejectionCode.ALREADY_LINKED, "incident " + s.id()
                                + " is already linked to " + c.link().kind() + " " + c.link().reference()))
                        : Option.none()),
                c, s, h -> new CommunicationEvent.LinkAdded(h, c.link(),
                        c.purpose().getOrElse(() -> LinkPurpose.byDefault(c.link().kind(), s))));
    }

    Either<Rejection, Emitter> recordMessage(CommunicationCommand.RecordMessage c, IncidentState s) {
        return accept(Rulebook.statusProblem(c, s, process)
                .orElse(() -> text(c, "the message", c.text())),
                c, s, h -> new CommunicationEvent.MessageRecorded(h, c.direction(), c.counterpart(), c.text()));
    }

    Either<Rejection, Emitter> recordFollowUp(CommunicationCommand.RecordFollowUp c, IncidentState s) {
        return accept(Rulebook.statusProblem(c, s, process)
                .orElse(() -> text(c, "the follow-up", c.report())),
                c, s, h -> new CommunicationEvent.FollowUpReported(h, FollowUpId.of(c.commandId()), c.from(), c.report()));
    }

    Either<Rejection, Emitter> answerFollowUp(CommunicationCommand.AnswerFollowUp c, IncidentState s) {
        return accept(Rulebook.statusProblem(c, s, process)
                .orElse(() -> followUpProblem(c, s, c.followUp(), false))
                .orElse(() -> text(c, "the answer", c.answer())),
                c, s, h -> new CommunicationEvent.FollowUpAnswered(h, c.followUp(), c.answer()));
    }

    /**
     * Settles a follow-up: dismissed or a new incident changes nothing else; reopened reopens the incident
     * by the rules of a reopening, in the same command, so the two cannot part.
     */
    Either<Rejection, Emitter> settleFollowUp(CommunicationCommand.SettleFollowUp c, IncidentState s) {
        boolean reopens = c.settlement() == Settlement.REOPENED;
        Option<Rejection> problem = Rulebook.statusProblem(c, s, process)
                .orElse(() -> followUpProblem(c, s, c.followUp(), true))
                .orElse(() -> text(c, "the reason", c.reason()))
                .orElse(() -> Checks.when(c.newIncident().isDefined() != (c.settlement() == Settlement.NEW_INCIDENT), c,
                        RejectionCode.INVALID_INPUT, c.settlement() == Settlement.NEW_INCIDENT
                                ? "a follow-up settled as a new incident names that incident"
                                : "only a follow-up settled as a new incident names another incident"))
                .orElse(() -> Checks.when(c.newIncident().contains(s.id()), c, RejectionCode.INVALID_INPUT,
                        "the new incident must be another one than " + s.id()))
                .orElse(() -> !reopens ? Option.<Rejection>none()
                        : Checks.status(c, s, io.vavr.collection.TreeSet.of(IncidentStatus.RESOLVED),
                                "can be reopened by a follow-up; once in review or closed, open a new incident for it")
                                .orElse(() -> ResponseDecisions.reopenedInOrder(c, s)));
        if (problem.isDefined()) {
            return Either.left(problem.get());
        }
        Emitter emitter = new Emitter(c, s).emit(h -> new CommunicationEvent.FollowUpSettled(h, c.followUp(),
                c.settlement(), c.reason(), c.newIncident()));
        return Either.right(reopens ? emitter.emit(h -> new ResponseEvent.Reopened(h, c.reason(), s.status().get()))
                : emitter);
    }

    /** The follow-up named must exist and, unless it is only answered again, still be open. */
    private static Option<Rejection> followUpProblem(IncidentCommand c, IncidentState s, FollowUpId id,
            boolean mustBeOpen) {
        Option<FollowUp> followUp = s.followUp(id);
        if (followUp.isEmpty()) {
            return Option.some(reject(c, RejectionCode.FOLLOW_UP_OPEN, "incident " + s.id()
                    + " has no follow-up " + id));
        }
        if (!mustBeOpen || followUp.get().isOpen()) {
            return Option.none();
        }
        return Option.some(reject(c, RejectionCode.FOLLOW_UP_OPEN, "the follow-up " + id + " was settled already, as "
                + followUp.get().settlement().get().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')));
    }

    Either<Rejection, Emitter> importChat(CommunicationCommand.ImportChat c, IncidentState s) {
        DataSource source = c.source();
        Option<Rejection> problem = Rulebook.statusProblem(c, s, process)
                .orElse(() -> label(c, "the channel", source.channel()))
                .orElse(() -> Checks.when(!source.from().isBefore(source.to()), c, RejectionCode.INVALID_INPUT,
                        "the import window must end after it starts"))
                .orElse(() -> notLater(c, "the import window's start", Option.some(source.from())))
                .orElse(() -> TimeRules.instantProblem("the import window's end", source.to())
                        .map(p -> reject(c, RejectionCode.INVALID_INPUT, p)));
        if (problem.isDefined()) {
            return Either.left(problem.get());
        }
        io.vavr.collection.Vector<ChatMessage> imported = io.vavr.collection.Vector.empty();
        io.vavr.collection.Vector<NotImported> left = io.vavr.collection.Vector.empty();
        io.vavr.collection.Set<String> handled = io.vavr.collection.HashSet.empty();
        for (ChatMessage given : c.messages()) {
            // a message that breaks the text rules is kept, in what was not imported, as a store can keep it
            ChatMessage message = given.storable();
            String key = message.key();
            if (s.chatImported().contains(key) || handled.contains(key)) {
                continue;
            }
            handled = handled.add(key);
            // the reason may quote what was given (a channel, a thread's parent): kept as a store can keep it
            Option<String> why = whyNotImported(given, source, c.recordedAt())
                    .map(reason -> TextRules.storable(reason, TextRules.MAX_TEXT_LENGTH));
            if (why.isEmpty()) {
                imported = imported.append(message);
            } else if (!s.chatNotImported().get(key).contains(why.get())) {
                left = left.append(new NotImported(message, why.get()));
            }
        }
        if (imported.isEmpty() && left.isEmpty() && s.dataSources().contains(source)) {
            return Either.right(new Emitter(c, s));
        }
        io.vavr.collection.Vector<ChatMessage> in = imported.sortBy(ChatMessage::postedAt);
        io.vavr.collection.Vector<NotImported> out = left;
        return Either.right(new Emitter(c, s).emit(h -> new CommunicationEvent.ChatImported(h, source, in, out)));
    }

    /** Why a message stays out of the timeline, if it does; nothing disappears without a reason. */
    private static Option<String> whyNotImported(ChatMessage message, DataSource source, Instant recordedAt) {
        Option<String> malformed = TextRules.identifierProblem("its id", message.id(), 200)
                .orElse(() -> TextRules.textProblem("its text", message.text()))
                .orElse(() -> message.link().flatMap(Link::urlProblem));
        if (malformed.isDefined()) {
            return Option.some("the message cannot be kept: " + malformed.get());
        }
        if (!message.channel().equals(source.channel())) {
            return Option.some("posted in " + message.channel() + ", not in " + source.channel());
        }
        if (!source.covers(message.postedAt()) || message.postedAt().isAfter(recordedAt)) {
            return Option.some("posted at " + message.postedAt() + ", outside the window " + source.from() + " to "
                    + source.to());
        }
        if (message.threadParent().isDefined()) {
            return Option.some("a threaded reply (to " + message.threadParent().get() + ") cannot be imported into"
                    + " the timeline: only messages sent to the channel itself can (000, 001)");
        }
        return Option.none();
    }
}
