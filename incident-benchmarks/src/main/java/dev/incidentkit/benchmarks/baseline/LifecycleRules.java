package dev.incidentkit.benchmarks.baseline;

import dev.incidentkit.base.TextRules;
import dev.incidentkit.incident.IncidentCommand;
import dev.incidentkit.incident.IncidentStatus;
import dev.incidentkit.incident.UpdateKind;
import dev.incidentkit.incident.communication.CommunicationCommand;
import dev.incidentkit.incident.response.ResponseCommand;
import dev.incidentkit.incident.triage.TriageCommand;
import dev.incidentkit.process.IncidentProcess;
import dev.incidentkit.role.Audience;
import java.time.Instant;
import java.util.Objects;

/**
 * The lifecycle rules every baseline applies, written once so that the baselines differ only in how
 * they hold the status and pick the transition: the command-id and time-order checks, the text checks
 * of {@link TextRules} (the same the decider uses), the known severity, the promised next update, the
 * reported-after-it-happened times, and closing only once the resolution was told and no postmortem is
 * required.
 *
 * <p>What the baselines leave out, and the decider does: events (the audit trail); who may do what (the
 * process's authority); the order of milestones; the checks on a report's source and a decline's route;
 * the process's own audiences for the resolution notice (the baselines ask only the stakeholders); roles,
 * handoffs, advisories, links, the official start and the postmortem workflow; and the rejection's
 * explanation (a baseline says only which rule failed). The baselines do less, so ratios to them
 * flatter the baselines.
 *
 * @since 0.1.0
 */
public final class LifecycleRules {

    private final IncidentProcess process;

    /**
     * Rules of a process.
     *
     * @param process the process whose severity scale and postmortem policy apply; never {@code null}
     */
    public LifecycleRules(IncidentProcess process) {
        this.process = Objects.requireNonNull(process, "process");
    }

    /**
     * Why the command breaks a rule other than the status rule, or {@code null} when it keeps them all.
     * A command id already applied is a problem here ("already applied"): the baselines refuse a
     * duplicate instead of accepting it as a no-op.
     *
     * @param c the command; never {@code null}
     * @param d the incident's data; never {@code null}
     * @return the rule broken, or {@code null}
     */
    public String problem(IncidentCommand c, LifecycleData d) {
        if (!c.incidentId().equals(d.id)) {
            throw new IllegalArgumentException(c.commandId() + " is about " + c.incidentId() + ", not " + d.id);
        }
        if (d.applied.contains(c.commandId())) {
            return "already applied";
        }
        if (d.lastRecordedAt != null && c.recordedAt().isBefore(d.lastRecordedAt)) {
            return "time out of order";
        }
        if (c instanceof TriageCommand.Report r) {
            return first(TextRules.labelProblem("the summary", r.summary()),
                    later(r.detectedAt().getOrNull(), c), later(r.impactStartedAt().getOrNull(), c));
        }
        if (c instanceof ResponseCommand.Declare r) {
            if (!process.severityScale().contains(r.severity())) {
                return "unknown severity";
            }
            if (r.impact().usersAffected().exists(n -> n < 0)) {
                return "negative users affected";
            }
            return first(TextRules.labelProblem("the title", r.title()),
                    TextRules.textProblem("the impact summary", r.impact().summary()),
                    TextRules.labelProblem("the impacted service", r.impactedService()));
        }
        if (c instanceof CommunicationCommand.PostUpdate u) {
            if (u.kind() == UpdateKind.PROGRESS
                    && (u.nextUpdateBy().isEmpty() || !u.nextUpdateBy().get().isAfter(c.recordedAt()))) {
                return "a progress update promises a later next one";
            }
            if (u.kind() == UpdateKind.RESOLUTION && u.nextUpdateBy().isDefined()) {
                return "a resolution notice promises nothing";
            }
            return TextRules.textProblem("the update", u.text()).getOrNull();
        }
        if (c instanceof ResponseCommand.Mitigate m) {
            return first(TextRules.textProblem("the note", m.note()), later(m.occurredAt().getOrNull(), c));
        }
        if (c instanceof ResponseCommand.Resolve r) {
            return first(TextRules.textProblem("the verification", r.verification()),
                    later(r.occurredAt().getOrNull(), c));
        }
        if (c instanceof ResponseCommand.Reopen r) {
            return TextRules.textProblem("the reason", r.reason()).getOrNull();
        }
        if (c instanceof TriageCommand.Decline r) {
            return TextRules.textProblem("the reason", r.reason()).getOrNull();
        }
        if (c instanceof ResponseCommand.Cancel r) {
            return TextRules.textProblem("the reason", r.reason()).getOrNull();
        }
        if (c instanceof ResponseCommand.Merge r) {
            return r.into().equals(d.id) ? "merged into itself" : null;
        }
        if (c instanceof ResponseCommand.Close) {
            if (d.severity != null && process.postmortem().requiredFor(d.severity)) {
                return "postmortem required";
            }
            return d.resolutionToldAt == null || d.resolutionToldAt.isBefore(d.resolvedAt)
                    ? "resolution not communicated" : null;
        }
        return "not a lifecycle command";
    }

    /**
     * Records an accepted command's effect on the data, except the status (the machine's job).
     *
     * @param c the accepted command; never {@code null}
     * @param d the incident's data; never {@code null}
     */
    public void record(IncidentCommand c, LifecycleData d) {
        d.applied.add(c.commandId());
        d.lastRecordedAt = c.recordedAt();
        if (c instanceof TriageCommand.Report r) {
            d.summary = r.summary();
            d.detectedAt = r.detectedAt().getOrElse(c.recordedAt());
        } else if (c instanceof ResponseCommand.Declare r) {
            d.title = r.title();
            d.severity = r.severity();
        } else if (c instanceof CommunicationCommand.PostUpdate u) {
            d.updates++;
            if (u.kind() == UpdateKind.RESOLUTION && u.audience() == Audience.STAKEHOLDERS) {
                d.resolutionToldAt = c.recordedAt();
            }
        } else if (c instanceof ResponseCommand.Mitigate m) {
            d.mitigatedAt = m.occurredAt().getOrElse(c.recordedAt());
        } else if (c instanceof ResponseCommand.Resolve r) {
            d.resolvedAt = r.occurredAt().getOrElse(c.recordedAt());
        } else if (c instanceof ResponseCommand.Reopen) {
            d.reopenCount++;
            d.mitigatedAt = null;
            d.resolvedAt = null;
        } else if (c instanceof TriageCommand.Decline r) {
            d.outcomeReason = r.reason();
        } else if (c instanceof ResponseCommand.Cancel r) {
            d.outcomeReason = r.reason();
        } else if (c instanceof ResponseCommand.Merge r) {
            d.mergedInto = r.into();
        }
    }

    /**
     * The status a lifecycle command moves to from a status, the status itself for a command that keeps
     * it, or {@code null} when the command is not allowed there: the transition table the hand-written
     * baseline switches on (the library baselines declare the same table in their own builders).
     *
     * @param from the current status, or {@code null} before the report
     * @param c the command; never {@code null}
     * @return the next status, or {@code null}
     */
    public static IncidentStatus next(IncidentStatus from, IncidentCommand c) {
        if (from == null) {
            return c instanceof TriageCommand.Report ? IncidentStatus.TRIAGE : null;
        }
        if (c instanceof ResponseCommand.Declare) {
            return from == IncidentStatus.TRIAGE ? IncidentStatus.DECLARED : null;
        }
        if (c instanceof TriageCommand.Decline) {
            return from == IncidentStatus.TRIAGE ? IncidentStatus.DECLINED : null;
        }
        if (c instanceof CommunicationCommand.PostUpdate u) {
            boolean allowed = u.kind() == UpdateKind.RESOLUTION
                    ? from == IncidentStatus.RESOLVED : from.isOpen();
            return allowed ? from : null;
        }
        if (c instanceof ResponseCommand.Mitigate) {
            return from == IncidentStatus.DECLARED ? IncidentStatus.MITIGATED : null;
        }
        if (c instanceof ResponseCommand.Resolve) {
            return from == IncidentStatus.DECLARED || from == IncidentStatus.MITIGATED ? IncidentStatus.RESOLVED : null;
        }
        if (c instanceof ResponseCommand.Reopen) {
            return from == IncidentStatus.MITIGATED || from == IncidentStatus.RESOLVED ? IncidentStatus.DECLARED : null;
        }
        if (c instanceof ResponseCommand.Cancel) {
            return from.isOpen() ? IncidentStatus.CANCELED : null;
        }
        if (c instanceof ResponseCommand.Merge) {
            return from.isOpen() ? IncidentStatus.MERGED : null;
        }
        if (c instanceof ResponseCommand.Close) {
            return from == IncidentStatus.RESOLVED ? IncidentStatus.CLOSED : null;
        }
        return null;
    }

    private static String later(Instant claimed, IncidentCommand c) {
        return claimed != null && claimed.isAfter(c.recordedAt()) ? "a fact is reported after it happens" : null;
    }

    private static String first(io.vavr.control.Option<String> a, String b) {
        return a.isDefined() ? a.get() : b;
    }

    private static String first(io.vavr.control.Option<String> a, String b, String c) {
        return a.isDefined() ? a.get() : b != null ? b : c;
    }

    private static String first(io.vavr.control.Option<String> a, io.vavr.control.Option<String> b,
            io.vavr.control.Option<String> c) {
        return a.isDefined() ? a.get() : b.isDefined() ? b.get() : c.getOrNull();
    }
}
