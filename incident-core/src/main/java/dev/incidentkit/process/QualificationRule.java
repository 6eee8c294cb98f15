package dev.incidentkit.process;

import dev.incidentkit.report.Assessment;
import dev.incidentkit.report.ReportSource;
import dev.incidentkit.report.Reproduction;
import dev.incidentkit.report.Symptom;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.Objects;

/**
 * One rule of what counts as an incident: given where a report came from and what triage found, it
 * either decides (a {@link Verdict}) or has nothing to say. A process lists its rules; the first that
 * decides wins. The guides' rules are here as factories; a team may write its own.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface QualificationRule {

    /**
     * Judges a report.
     *
     * @param source where the report came from
     * @param assessment what triage found
     * @return the verdict, or none when this rule does not decide
     */
    Option<Verdict> judge(ReportSource source, Assessment assessment);

    /**
     * Guide 000: a paging alert tagged {@code take immediate action} is definitely an outage.
     *
     * @return the rule
     */
    static QualificationRule takeImmediateActionTag() {
        return (source, assessment) -> source instanceof ReportSource.PagingAlert
                && ((ReportSource.PagingAlert) source).hasTag(ReportSource.TAKE_IMMEDIATE_ACTION)
                ? Option.some(Verdict.of(Verdict.Outcome.INCIDENT,
                        "a paging alert tagged '" + ReportSource.TAKE_IMMEDIATE_ACTION + "' is definitely an outage (000)"))
                : Option.none();
    }

    /**
     * Guide 000: a paging alert without the {@code take immediate action} tag is tested by hand against
     * the definition of an outage first; until it was tried, more information is needed. Once tested, the
     * rules after this one decide.
     *
     * @return the rule
     */
    static QualificationRule testUntaggedAlerts() {
        return (source, assessment) -> source instanceof ReportSource.PagingAlert
                && !((ReportSource.PagingAlert) source).hasTag(ReportSource.TAKE_IMMEDIATE_ACTION)
                && assessment.reproduction() == Reproduction.NOT_TRIED
                ? Option.some(Verdict.of(Verdict.Outcome.NEEDS_MORE_INFORMATION,
                        "an alert without the '" + ReportSource.TAKE_IMMEDIATE_ACTION + "' tag is tested by hand"
                                + " against the definition of an outage (000)"))
                : Option.none();
    }

    /**
     * Guide 000: a support ticket is reproduced first; if it cannot be, more information is asked of the
     * reporter. Once reproduced, the rules after this one decide.
     *
     * @return the rule
     */
    static QualificationRule reproduceSupportTickets() {
        return (source, assessment) -> {
            if (!(source instanceof ReportSource.SupportTicket)) {
                return Option.none();
            }
            switch (assessment.reproduction()) {
                case NOT_TRIED:
                    return Option.some(Verdict.of(Verdict.Outcome.NEEDS_MORE_INFORMATION,
                            "a support ticket is reproduced before it is called an outage (000)"));
                case NOT_REPRODUCED:
                    return Option.some(Verdict.of(Verdict.Outcome.NEEDS_MORE_INFORMATION,
                            "the problem could not be reproduced; ask the community representative for more"
                                    + " information (000)"));
                default:
                    return Option.none();
            }
        };
    }

    /**
     * Guide 001: an incident is when at least {@code minUsers} users cannot log in, start their servers,
     * execute code, or use Dask clusters; everything else is a support ticket. When users cannot work but
     * nobody counted them yet, more information is needed. This rule always decides.
     *
     * @param minUsers the least number of affected users, 2 in the guide
     * @return the rule
     */
    static QualificationRule usersCannotWork(int minUsers) {
        Set<Symptom> outage = HashSet.of(Symptom.CANNOT_LOG_IN, Symptom.CANNOT_START_SERVERS,
                Symptom.CANNOT_EXECUTE_CODE, Symptom.CANNOT_USE_DASK_CLUSTERS);
        return (source, assessment) -> {
            Set<Symptom> seen = assessment.symptoms().intersect(outage);
            if (!seen.isEmpty() && assessment.usersAffected().isEmpty()) {
                return Option.some(Verdict.of(Verdict.Outcome.NEEDS_MORE_INFORMATION,
                        seen.map(Symptom::description).toList().sorted().mkString(", ")
                                + "; find out how many users are affected: " + minUsers + " or more make an incident (001)"));
            }
            int users = assessment.usersAffected().getOrElse(0);
            if (!seen.isEmpty() && users >= minUsers) {
                return Option.some(Verdict.of(Verdict.Outcome.INCIDENT, users + " users affected: "
                        + seen.map(Symptom::description).toList().sorted().mkString(", ")
                        + "; at least " + minUsers + " users who cannot work make an incident (001)"));
            }
            String why = seen.isEmpty()
                    ? "users can still log in, start servers, execute code and use Dask clusters"
                    : "only " + users + " user(s) affected, fewer than " + minUsers;
            return Option.some(Verdict.of(Verdict.Outcome.SUPPORT_TICKET,
                    why + "; everything else is a support ticket (001)"));
        };
    }

    /**
     * Guide 004: an incident is when any of these is true: there may be visible impact for customers, a
     * second team is needed, it is unresolved after {@code analysisLimit} of concentrated analysis, or
     * there may be significant financial impact. Decides only when one is true.
     *
     * @param analysisLimit how long analysis may go on before it is an incident, an hour in the guide
     * @return the rule
     */
    static QualificationRule anyIncidentCondition(Duration analysisLimit) {
        Objects.requireNonNull(analysisLimit, "analysisLimit");
        return (source, assessment) -> {
            List<String> reasons = List.<String>empty()
                    .appendAll(Option.when(assessment.customerImpact(), "there may be visible impact for customers"))
                    .appendAll(Option.when(assessment.secondTeamNeeded(), "a second team is needed to fix it"))
                    .appendAll(Option.when(assessment.unresolvedFor().compareTo(analysisLimit) >= 0,
                            "it is unresolved after " + analysisLimit.toMinutes() + " minutes of concentrated analysis"))
                    .appendAll(Option.when(assessment.financialImpact(), "there may be significant financial impact"));
            return reasons.isEmpty()
                    ? Option.none()
                    : Option.some(new Verdict(Verdict.Outcome.INCIDENT, reasons.map(r -> r + " (004)")));
        };
    }

    /**
     * Guide 003: assess how many are affected, whether it was reproduced, and whether it is new or known.
     * A problem affecting at least {@code minUsers} qualifies for an immediate response, known or not; so
     * does a reproduced new problem. A known problem affecting fewer, or one nobody could reproduce that
     * affects fewer, does not: it goes to a product team's backlog. Otherwise more information is needed.
     * The guide gives no number; {@code minUsers} is the team's.
     *
     * @param minUsers how many affected users qualify a problem on their own
     * @return the rule
     */
    static QualificationRule assessImpactReproducibilityAndNovelty(int minUsers) {
        return (source, assessment) -> {
            int users = assessment.usersAffected().getOrElse(0);
            String answers = "affects " + assessment.usersAffected().map(String::valueOf).getOrElse("an unknown number of")
                    + " users, " + assessment.reproduction().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                    + ", " + assessment.knownProblem().map(known -> known ? "a known problem" : "a new problem")
                            .getOrElse("not known whether new");
            if (users >= minUsers || (assessment.reproduction() == Reproduction.REPRODUCED
                    && assessment.knownProblem().contains(false))) {
                return Option.some(Verdict.of(Verdict.Outcome.INCIDENT, answers + " (003)"));
            }
            if (assessment.knownProblem().contains(true)) {
                return Option.some(Verdict.of(Verdict.Outcome.SUPPORT_TICKET, answers
                        + "; a known problem affecting few does not qualify for an immediate response: track it in"
                        + " the product team's backlog (003)"));
            }
            if (assessment.reproduction() == Reproduction.NOT_REPRODUCED) {
                return Option.some(Verdict.of(Verdict.Outcome.SUPPORT_TICKET, answers
                        + "; it does not qualify for an immediate response (003)"));
            }
            return Option.some(Verdict.of(Verdict.Outcome.NEEDS_MORE_INFORMATION, answers
                    + "; reproduce it and find out whether it is new (003)"));
        };
    }
}
