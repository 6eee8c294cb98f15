package dev.incidentkit.incident;

import static dev.incidentkit.incident.Checks.accept;
import static dev.incidentkit.incident.Checks.notLater;
import static dev.incidentkit.incident.Checks.reject;
import static dev.incidentkit.incident.Checks.status;
import static dev.incidentkit.incident.Checks.text;
import static dev.incidentkit.incident.Checks.when;

import dev.incidentkit.base.TextRules;
import dev.incidentkit.incident.postmortem.PostmortemCommand;
import dev.incidentkit.incident.postmortem.PostmortemEvent;
import dev.incidentkit.incident.team.TeamEvent;
import dev.incidentkit.postmortem.ActionItem;
import dev.incidentkit.postmortem.Blameless;
import dev.incidentkit.postmortem.Postmortem;
import dev.incidentkit.postmortem.PostmortemStatus;
import dev.incidentkit.postmortem.ReviewComment;
import dev.incidentkit.postmortem.Section;
import dev.incidentkit.process.IncidentProcess;
import dev.incidentkit.role.ResponderId;
import dev.incidentkit.role.Role;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Locale;

/**
 * The postmortem's review workflow inside the incident's stream (001): started after resolution by the
 * commander, owned by the commander or whoever they delegate to, written, reviewed by others, marked
 * Reviewed by the commander, published, and shared with the stakeholders. Package-private part of the
 * decider.
 */
final class PostmortemDecisions {

    private final IncidentProcess process;

    PostmortemDecisions(IncidentProcess process) {
        this.process = process;
    }

    Either<Rejection, Emitter> decide(IncidentCommand c, IncidentState s) {
        if (c instanceof PostmortemCommand.StartPostmortem) {
            return start((PostmortemCommand.StartPostmortem) c, s);
        }
        // an action item is tracked after the close too, if the incident had a postmortem at all
        Option<Rejection> started = Rulebook.statusProblem(c, s, process).orElse(() -> when(s.postmortem().isEmpty(), c,
                RejectionCode.WRONG_STATUS, "incident " + s.id() + " was closed without a postmortem"));
        if (started.isDefined()) {
            return Either.left(started.get());
        }
        Postmortem pm = s.postmortem().get();
        if (c instanceof PostmortemCommand.SetImpactWindow) {
            PostmortemCommand.SetImpactWindow w = (PostmortemCommand.SetImpactWindow) c;
            return accept(editable(c, pm)
                    .orElse(() -> notLater(c, "the impact end", w.end()))
                    .orElse(() -> Checks.impactStart(c, s.milestones(), w.end(), Option.some(w.start()))),
                    c, s, h -> new PostmortemEvent.ImpactWindowSet(h, w.start(), w.end()));
        }
        if (c instanceof PostmortemCommand.WriteSection) {
            PostmortemCommand.WriteSection w = (PostmortemCommand.WriteSection) c;
            return accept(editable(c, pm).orElse(() -> text(c, "the section", w.text())), c, s,
                    h -> new PostmortemEvent.SectionWritten(h, w.section(), w.text()))
                    .map(e -> blameless(e, s, w.text(), "the section \"" + w.section().title() + "\""));
        }
        if (c instanceof PostmortemCommand.AddActionItem) {
            PostmortemCommand.AddActionItem a = (PostmortemCommand.AddActionItem) c;
            return accept(editable(c, pm)
                    .orElse(() -> TextRules.identifierProblem("an action item id", a.itemId(), 64)
                            .map(p -> reject(c, RejectionCode.INVALID_INPUT, p)))
                    .orElse(() -> text(c, "the action item", a.text()))
                    .orElse(() -> a.issue().flatMap(ActionItem::referenceProblem).map(p -> reject(c,
                            RejectionCode.INVALID_INPUT, "the action item's issue: " + p)))
                    .orElse(() -> a.due().filter(d -> d.isBefore(ActionItem.EARLIEST_DUE) || d.isAfter(ActionItem.LATEST_DUE))
                            .map(d -> reject(c, RejectionCode.INVALID_INPUT, "the action item's due date " + d
                                    + " is outside " + ActionItem.EARLIEST_DUE + " to " + ActionItem.LATEST_DUE)))
                    .orElse(() -> when(pm.actionItems().containsKey(a.itemId()), c, RejectionCode.INVALID_INPUT,
                            "there is already an action item " + a.itemId())),
                    c, s, h -> new PostmortemEvent.ActionItemAdded(h,
                            new ActionItem(a.itemId(), a.text(), a.issue(), ActionItem.Status.OPEN, a.owner(), a.due())))
                    .map(e -> blameless(e, s, a.text(), "the action item \"" + a.itemId() + "\""));
        }
        if (c instanceof PostmortemCommand.UpdateActionItem) {
            PostmortemCommand.UpdateActionItem u = (PostmortemCommand.UpdateActionItem) c;
            Option<ActionItem> item = pm.actionItems().get(u.itemId());
            return accept(when(item.isEmpty(), c, RejectionCode.INVALID_INPUT, "there is no action item " + u.itemId())
                    .orElse(() -> when(item.get().status() == u.status(), c, RejectionCode.NO_CHANGE,
                            "action item " + u.itemId() + " is already " + u.status())),
                    c, s, h -> new PostmortemEvent.ActionItemUpdated(h, u.itemId(), u.status()));
        }
        if (c instanceof PostmortemCommand.RequestReview) {
            return accept(postmortemIs(c, pm, PostmortemStatus.DRAFT, "asked for review")
                    .orElse(() -> when(!c.actor().equals(pm.owner()), c, RejectionCode.UNAUTHORISED,
                            "only the owner of the review process, " + pm.owner() + ", asks for review")),
                    c, s, PostmortemEvent.ReviewRequested::new);
        }
        if (c instanceof PostmortemCommand.ReviewPostmortem) {
            PostmortemCommand.ReviewPostmortem r = (PostmortemCommand.ReviewPostmortem) c;
            return accept(postmortemIs(c, pm, PostmortemStatus.IN_REVIEW, "reviewed")
                    .orElse(() -> when(c.actor().equals(pm.owner()), c, RejectionCode.UNAUTHORISED,
                            "the owner does not review their own report; other responders do (001)"))
                    .orElse(() -> text(c, "the review", r.comment())),
                    c, s, h -> new PostmortemEvent.PostmortemReviewed(h, r.comment()))
                    .map(e -> blameless(e, s, r.comment(), "the review"));
        }
        if (c instanceof PostmortemCommand.RaiseReviewComment) {
            PostmortemCommand.RaiseReviewComment r = (PostmortemCommand.RaiseReviewComment) c;
            return accept(editable(c, pm)
                    .orElse(() -> when(c.actor().equals(pm.owner()), c, RejectionCode.UNAUTHORISED,
                            "the owner does not review their own report; other responders do (001)"))
                    .orElse(() -> text(c, "the comment", r.text())),
                    c, s, h -> new PostmortemEvent.ReviewCommentRaised(h, c.header().commandId().value(), r.text()))
                    .map(e -> blameless(e, s, r.text(), "the review comment"));
        }
        if (c instanceof PostmortemCommand.SettleReviewComment) {
            PostmortemCommand.SettleReviewComment r = (PostmortemCommand.SettleReviewComment) c;
            Option<ReviewComment> comment = pm.comments().get(r.commentId()).filter(ReviewComment::isOpen);
            return accept(editable(c, pm)
                    .orElse(() -> when(comment.isEmpty(), c, RejectionCode.REVIEW_COMMENT_OPEN,
                            "no open review comment has the id " + TextRules.storable(r.commentId(), 100)))
                    .orElse(() -> when(r.outcome() == ReviewComment.State.OPEN, c, RejectionCode.INVALID_INPUT,
                            "a comment is settled as addressed or dismissed"))
                    .orElse(() -> when(!c.actor().equals(pm.owner()) && !c.actor().equals(comment.get().author())
                            && !s.holds(c.actor(), Role.INCIDENT_COMMANDER), c, RejectionCode.UNAUTHORISED,
                            "only the owner of the review process, " + pm.owner() + ", the Incident Commander or"
                                    + " the comment's author settles it"))
                    .orElse(() -> text(c, r.outcome() == ReviewComment.State.DISMISSED ? "the reason"
                            : "how it was addressed", r.note())),
                    c, s, h -> new PostmortemEvent.ReviewCommentSettled(h, r.commentId(), r.outcome(), r.note()));
        }
        if (c instanceof PostmortemCommand.MarkReviewed) {
            return accept(postmortemIs(c, pm, PostmortemStatus.IN_REVIEW, "marked reviewed")
                    .orElse(() -> when(pm.reviews().isEmpty() && pm.comments().isEmpty(), c, RejectionCode.WRONG_STATUS,
                            "nobody has reviewed the postmortem yet"))
                    .orElse(() -> openComments(c, pm))
                    .orElse(() -> missingSections(c, pm)),
                    c, s, PostmortemEvent.MarkedReviewed::new);
        }
        if (c instanceof PostmortemCommand.PublishPostmortem) {
            PostmortemCommand.PublishPostmortem p = (PostmortemCommand.PublishPostmortem) c;
            return accept(postmortemIs(c, pm, PostmortemStatus.REVIEWED, "published")
                    .orElse(() -> when(!c.actor().equals(pm.owner()) && !s.holds(c.actor(), Role.INCIDENT_COMMANDER), c,
                            RejectionCode.UNAUTHORISED, "only the owner of the review process, " + pm.owner()
                                    + ", or the Incident Commander publishes it"))
                    .orElse(() -> Link.urlProblem(p.location()).map(problem -> reject(c, RejectionCode.INVALID_INPUT,
                            "the location: " + problem)))
                    .orElse(() -> missingSections(c, pm)),
                    c, s, h -> new PostmortemEvent.PostmortemPublished(h, p.location()));
        }
        return accept(postmortemIs(c, pm, PostmortemStatus.PUBLISHED, "shared")
                .orElse(() -> when(pm.sharedAt().isDefined(), c, RejectionCode.NO_CHANGE,
                        "the stakeholders were already sent the link")),
                c, s, PostmortemEvent.PostmortemShared::new);
    }

    /** Why the incident cannot close yet because of its postmortem, if it cannot. */
    Option<Rejection> closeProblem(IncidentCommand c, IncidentState s) {
        if (s.isIn(IncidentStatus.IN_REVIEW)) {
            Postmortem pm = s.postmortem().get();
            return when(pm.status() != PostmortemStatus.PUBLISHED, c, RejectionCode.POSTMORTEM_REQUIRED,
                    "the postmortem is " + name(pm.status()) + "; publish it before closing")
                    .orElse(() -> when(pm.sharedAt().isEmpty(), c, RejectionCode.POSTMORTEM_REQUIRED,
                            "the stakeholders have not been sent the link to the postmortem; share it before"
                                    + " closing (001)"));
        }
        // an incident resolved without a declaration has no severity, so owes no postmortem by its level
        return PostmortemOwed.at(s, process).map(owed -> reject(c, RejectionCode.POSTMORTEM_REQUIRED, "the "
                + process.name() + " process requires a postmortem at " + owed + (s.severity().contains(owed) ? ""
                        : ", the most severe level held since the resolution (now " + s.severity().get() + ")")
                + "; start it, and close once it is published"));
    }

    private Either<Rejection, Emitter> start(PostmortemCommand.StartPostmortem c, IncidentState s) {
        Option<ResponderId> commander = Responsibility.of(s, Role.INCIDENT_COMMANDER, process).headOption();
        ResponderId owner = c.owner().orElse(commander).getOrElse(c.actor());
        Option<Instant> impactStart = s.milestones().get(Milestone.IMPACT_STARTED);
        Option<Instant> impactEnd = firstRecovery(s.milestones());
        return accept(Rulebook.statusProblem(c, s, process)
                .orElse(() -> when(!s.participants().containsKey(owner), c, RejectionCode.INVALID_INPUT,
                        owner + " is not taking part in the response; check with them first, then name them (001)")),
                c, s, h -> new PostmortemEvent.PostmortemStarted(h, owner, impactStart, impactEnd));
    }

    /** The open review comments, named, when there are any. */
    private static Option<Rejection> openComments(IncidentCommand c, Postmortem pm) {
        Seq<ReviewComment> open = pm.openComments();
        return when(!open.isEmpty(), c, RejectionCode.REVIEW_COMMENT_OPEN, open.size() + " review comment"
                + (open.size() == 1 ? " is" : "s are") + " still open: " + open.take(MAX_QUOTED)
                .map(o -> o.id() + " (\"" + TextRules.storable(o.text(), 100) + "\")").mkString(", ")
                + (open.size() > MAX_QUOTED ? " and " + (open.size() - MAX_QUOTED) + " more" : "")
                + "; address or dismiss each first");
    }

    /** The sections the process requires and the report lacks, named, when there are any. */
    private Option<Rejection> missingSections(IncidentCommand c, Postmortem pm) {
        Seq<Section> missing = process.postmortem().missingSections(pm.sections());
        return when(!missing.isEmpty(), c, RejectionCode.SECTIONS_MISSING, "the " + process.name()
                + " process requires " + (missing.size() == 1 ? "the section " : "the sections ")
                + missing.map(m -> "\"" + m.title() + "\"").mkString(", ") + "; write "
                + (missing.size() == 1 ? "it" : "them") + " first");
    }

    private static Option<Rejection> editable(IncidentCommand c, Postmortem pm) {
        return when(pm.status() == PostmortemStatus.REVIEWED || pm.status() == PostmortemStatus.PUBLISHED, c,
                RejectionCode.WRONG_STATUS, "the postmortem is " + name(pm.status())
                        + "; what was reviewed is what is published");
    }

    /** The first moment the bleeding stopped: the earlier of the first mitigation and the first resolution. */
    static Option<Instant> firstRecovery(Milestones m) {
        return m.earliest(Milestone.MITIGATED).toList().appendAll(m.earliest(Milestone.RESOLVED)).minBy(i -> i);
    }

    private static Option<Rejection> postmortemIs(IncidentCommand c, Postmortem pm, PostmortemStatus needed,
            String whatHappens) {
        return when(pm.status() != needed, c, RejectionCode.WRONG_STATUS, "the postmortem is " + name(pm.status())
                + "; only a " + name(needed) + " postmortem is " + whatHappens);
    }

    private static final int MAX_QUOTED = 5;

    private static String name(PostmortemStatus status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** Raises the blameless advisory when the text points at a person; it never blocks. */
    private static Emitter blameless(Emitter emitter, IncidentState s, String text, String where) {
        Seq<String> names = s.participants().values().toList()
                .flatMap(r -> List.of(r.id().value(), r.displayName()));
        Seq<String> findings = Blameless.findings(text, names);
        if (findings.isEmpty()) {
            return emitter;
        }
        // a few quotes say enough, and keep the advice within the length of free text however long the text
        String quoted = findings.take(MAX_QUOTED).map(f -> "\"" + TextRules.storable(f, 100) + "\"").mkString(", ")
                + (findings.size() > MAX_QUOTED ? " and " + (findings.size() - MAX_QUOTED) + " more" : "");
        return emitter.emit(h -> new TeamEvent.AdvisoryRaised(h, new Advisory(AdvisoryCode.BLAMEFUL_LANGUAGE,
                h.actor(), TextRules.storable(where, 300) + " points at a person (" + quoted + "); incidents are"
                        + " always caused by systemic issues, so describe what in the system let it happen (001)")));
    }
}
