package dev.incidentkit.process;

import dev.incidentkit.base.TextRules;
import dev.incidentkit.base.TimeRules;
import dev.incidentkit.report.Assessment;
import dev.incidentkit.report.ReportSource;
import dev.incidentkit.role.Role;
import dev.incidentkit.severity.Severity;
import dev.incidentkit.severity.SeverityScale;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.Objects;

/**
 * Everything a team decides about how it responds to incidents, as one immutable value: its severity
 * scale, its roles, who may do what, how roles are filled at declaration, and the rules around role
 * changes. The decider reads the process; nothing about a team's process lives in code.
 *
 * <p>Build one with {@link #builder()}; {@link #standard()} is the generic process.
 *
 * @since 0.1.0
 */
public final class IncidentProcess {

    private final String name;
    private final SeverityScale severityScale;
    private final List<Role> roles;
    private final Authority authority;
    private final StaffingRule staffingRule;
    private final boolean technologyLeadIsSubjectMatterExpert;
    private final boolean liaisonChangeUpdatesChannels;
    private final boolean commanderChangeReassignsPagingIncident;
    private final boolean pagesDeclaredIncidents;
    private final Duration handoffOfferTimeout;
    private final Option<Duration> investigatorAloneAdvisoryAfter;
    private final List<QualificationRule> qualification;
    private final boolean downgradeNeedsReason;
    private final List<StartCondition> officialStart;
    private final UpdateCadence cadence;
    private final PostmortemPolicy postmortem;

    private IncidentProcess(Builder b) {
        this.name = b.name;
        this.severityScale = b.severityScale;
        this.roles = b.roles;
        this.authority = b.authority;
        this.staffingRule = b.staffingRule;
        this.technologyLeadIsSubjectMatterExpert = b.technologyLeadIsSubjectMatterExpert;
        this.liaisonChangeUpdatesChannels = b.liaisonChangeUpdatesChannels;
        this.commanderChangeReassignsPagingIncident = b.commanderChangeReassignsPagingIncident;
        this.pagesDeclaredIncidents = b.pagesDeclaredIncidents;
        this.handoffOfferTimeout = b.handoffOfferTimeout;
        this.investigatorAloneAdvisoryAfter = b.investigatorAloneAdvisoryAfter;
        this.qualification = b.qualification;
        this.downgradeNeedsReason = b.downgradeNeedsReason;
        this.officialStart = b.officialStart;
        this.cadence = b.cadence.getOrElse(() -> UpdateCadence.every(Duration.ofHours(3), b.severityScale.levels()));
        this.postmortem = b.postmortem.getOrElse(() -> defaultPostmortem(b.severityScale));
    }

    /**
     * The generic process: SEV1..SEV4; an incident when a paging alert says "take immediate action" or any
     * condition of guide 004 holds; the six roles of the guides with the Incident Commander and the
     * Investigator required; officially started once a dedicated channel exists; a stakeholder update
     * every three hours at every severity from the liaison; a postmortem for SEV1 and SEV2 incidents within
     * five working days (Monday to Friday, UTC); a reason to lower the severity; the {@linkplain Authority#standard() standard authority table}, the
     * {@linkplain StaffingRule#onCallDefaults() on-call defaults} at declaration, the technology lead
     * always a subject matter expert, the paging incident assigned to each new commander, a change of
     * liaison carried to the ticket and the paging incident, role offers that expire after 30 minutes, and an advisory when the investigator has
     * worked alone for an hour.
     *
     * @return the generic process
     */
    public static IncidentProcess standard() {
        return builder().build();
    }

    /**
     * A builder that starts from the generic process.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder that starts from this process, to change parts of it.
     *
     * @return a new builder with this process's settings
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * The process's name, for people.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * The severity scale that incidents are rated on.
     *
     * @return the scale
     */
    public SeverityScale severityScale() {
        return severityScale;
    }

    /**
     * The roles of the response team, in the order they are listed to people.
     *
     * @return the roles
     */
    public Seq<Role> roles() {
        return roles;
    }

    /**
     * Finds a role of this process by key.
     *
     * @param key the role's key; never {@code null}
     * @return the role, or none
     */
    public Option<Role> role(String key) {
        Objects.requireNonNull(key, "key");
        return roles.find(role -> role.key().equals(key));
    }

    /**
     * Who may issue which command.
     *
     * @return the authority table
     */
    public Authority authority() {
        return authority;
    }

    /**
     * How roles are filled at declaration.
     *
     * @return the rule
     */
    public StaffingRule staffingRule() {
        return staffingRule;
    }

    /**
     * Whether whoever becomes Technology Lead also becomes a Subject Matter Expert (001: "the Tech
     * Lead must always be included as a Subject Matter Expert").
     *
     * @return {@code true} if so
     */
    public boolean technologyLeadIsSubjectMatterExpert() {
        return technologyLeadIsSubjectMatterExpert;
    }

    /**
     * Whether a new Communications Liaison is carried to the outside channels: the ticket is assigned
     * to them and a note is put on the paging incident (001).
     *
     * @return {@code true} if so
     */
    public boolean liaisonChangeUpdatesChannels() {
        return liaisonChangeUpdatesChannels;
    }

    /**
     * Whether the paging incident follows the Incident Commander: assigned to them at declaration and
     * reassigned on every change of commander (001).
     *
     * @return {@code true} if so
     */
    public boolean commanderChangeReassignsPagingIncident() {
        return commanderChangeReassignsPagingIncident;
    }

    /**
     * Whether an incident declared without a paging incident is paged: the paging tool is asked to open
     * one (000: for an outage reported by a support ticket, first create a P1 incident in the paging tool).
     * An incident that has a paging incident (its alert's own, or one linked) is never paged again.
     *
     * @return {@code true} if so; {@code false} by default
     * @since 0.1.0
     */
    public boolean pagesDeclaredIncidents() {
        return pagesDeclaredIncidents;
    }

    /**
     * How long a role offer stays open before it expires unanswered.
     *
     * @return the timeout
     */
    public Duration handoffOfferTimeout() {
        return handoffOfferTimeout;
    }

    /**
     * How long an investigator may work alone on an unmitigated incident before an advisory suggests
     * asking for help (004: "unresolved after an hour of concentrated analysis"); none for no advisory.
     *
     * @return the time, or none
     */
    public Option<Duration> investigatorAloneAdvisoryAfter() {
        return investigatorAloneAdvisoryAfter;
    }

    /**
     * The rules of what counts as an incident, in order; the first that decides wins.
     *
     * @return the rules
     */
    public Seq<QualificationRule> qualification() {
        return qualification;
    }

    /**
     * Judges a report with the qualification rules: the first rule that decides gives the verdict; when
     * none does, the report is a support ticket.
     *
     * @param source where the report came from; never {@code null}
     * @param assessment what triage found; never {@code null}
     * @return the verdict with its reasons
     */
    public Verdict qualify(ReportSource source, Assessment assessment) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(assessment, "assessment");
        for (QualificationRule rule : qualification) {
            Option<Verdict> verdict = rule.judge(source, assessment);
            if (verdict.isDefined()) {
                return verdict.get();
            }
        }
        return Verdict.of(Verdict.Outcome.SUPPORT_TICKET, "no rule of the " + name + " process calls it an incident");
    }

    /**
     * Whether lowering the severity needs a reason.
     *
     * @return {@code true} if so
     */
    public boolean downgradeNeedsReason() {
        return downgradeNeedsReason;
    }

    /**
     * The checklist that officially marks the beginning of an incident; empty when the process has none.
     *
     * @return the conditions
     */
    public Seq<StartCondition> officialStart() {
        return officialStart;
    }

    /**
     * How often status updates are due, to whom, and who sends them.
     *
     * @return the cadence
     */
    public UpdateCadence cadence() {
        return cadence;
    }

    /**
     * When a postmortem is needed, by when, and with a review meeting or not.
     *
     * @return the policy
     */
    public PostmortemPolicy postmortem() {
        return postmortem;
    }

    @Override
    public String toString() {
        return "IncidentProcess[" + name + "]";
    }

    private static PostmortemPolicy defaultPostmortem(SeverityScale scale) {
        Severity nonTrivial = scale.levels().get(Math.min(1, scale.levels().size() - 1));
        return PostmortemPolicy.builder().requiredFrom(nonTrivial).dueInWorkingDays(5).build();
    }

    /**
     * Builds an {@link IncidentProcess}. Starts from the generic process; each setter replaces one part.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private String name = "generic";
        private SeverityScale severityScale = SeverityScale.standard();
        private List<Role> roles = Role.builtIns();
        private Authority authority = Authority.standard();
        private StaffingRule staffingRule = StaffingRule.onCallDefaults();
        private boolean technologyLeadIsSubjectMatterExpert = true;
        private boolean liaisonChangeUpdatesChannels = true;
        private boolean commanderChangeReassignsPagingIncident = true;
        private boolean pagesDeclaredIncidents;
        private Duration handoffOfferTimeout = Duration.ofMinutes(30);
        private Option<Duration> investigatorAloneAdvisoryAfter = Option.some(Duration.ofHours(1));
        private List<QualificationRule> qualification = List.of(
                QualificationRule.takeImmediateActionTag(),
                QualificationRule.anyIncidentCondition(Duration.ofHours(1)));
        private boolean downgradeNeedsReason = true;
        private List<StartCondition> officialStart = List.of(StartCondition.DEDICATED_CHANNEL);
        private Option<UpdateCadence> cadence = Option.none();
        private Option<PostmortemPolicy> postmortem = Option.none();

        private Builder() {}

        private Builder(IncidentProcess p) {
            this.name = p.name;
            this.severityScale = p.severityScale;
            this.roles = p.roles;
            this.authority = p.authority;
            this.staffingRule = p.staffingRule;
            this.technologyLeadIsSubjectMatterExpert = p.technologyLeadIsSubjectMatterExpert;
            this.liaisonChangeUpdatesChannels = p.liaisonChangeUpdatesChannels;
            this.commanderChangeReassignsPagingIncident = p.commanderChangeReassignsPagingIncident;
            this.pagesDeclaredIncidents = p.pagesDeclaredIncidents;
            this.handoffOfferTimeout = p.handoffOfferTimeout;
            this.investigatorAloneAdvisoryAfter = p.investigatorAloneAdvisoryAfter;
            this.qualification = p.qualification;
            this.downgradeNeedsReason = p.downgradeNeedsReason;
            this.officialStart = p.officialStart;
            this.cadence = Option.some(p.cadence);
            this.postmortem = Option.some(p.postmortem);
        }

        /**
         * Sets the process's name.
         *
         * @param name one line; never {@code null}
         * @return this builder
         */
        public Builder name(String name) {
            this.name = Objects.requireNonNull(name, "name");
            return this;
        }

        /**
         * Sets the severity scale.
         *
         * @param severityScale the scale; never {@code null}
         * @return this builder
         */
        public Builder severityScale(SeverityScale severityScale) {
            this.severityScale = Objects.requireNonNull(severityScale, "severityScale");
            return this;
        }

        /**
         * Sets the roles of the response team.
         *
         * @param roles the roles, with unique keys; never {@code null}
         * @return this builder
         */
        public Builder roles(Iterable<Role> roles) {
            this.roles = List.ofAll(Objects.requireNonNull(roles, "roles"));
            return this;
        }

        /**
         * Sets the authority table.
         *
         * @param authority the table; never {@code null}
         * @return this builder
         */
        public Builder authority(Authority authority) {
            this.authority = Objects.requireNonNull(authority, "authority");
            return this;
        }

        /**
         * Sets how roles are filled at declaration.
         *
         * @param staffingRule the rule; never {@code null}
         * @return this builder
         */
        public Builder staffingRule(StaffingRule staffingRule) {
            this.staffingRule = Objects.requireNonNull(staffingRule, "staffingRule");
            return this;
        }

        /**
         * Sets whether the Technology Lead is always also a Subject Matter Expert.
         *
         * @param value {@code true} if so
         * @return this builder
         */
        public Builder technologyLeadIsSubjectMatterExpert(boolean value) {
            this.technologyLeadIsSubjectMatterExpert = value;
            return this;
        }

        /**
         * Sets whether a new liaison is carried to the ticket and the paging incident.
         *
         * @param value {@code true} if so
         * @return this builder
         */
        public Builder liaisonChangeUpdatesChannels(boolean value) {
            this.liaisonChangeUpdatesChannels = value;
            return this;
        }

        /**
         * Sets whether the paging incident is assigned to each new Incident Commander.
         *
         * @param value {@code true} if so
         * @return this builder
         */
        public Builder commanderChangeReassignsPagingIncident(boolean value) {
            this.commanderChangeReassignsPagingIncident = value;
            return this;
        }

        /**
         * Sets whether an incident declared without a paging incident is paged.
         *
         * @param value {@code true} if so
         * @return this builder
         * @since 0.1.0
         */
        public Builder pagesDeclaredIncidents(boolean value) {
            this.pagesDeclaredIncidents = value;
            return this;
        }

        /**
         * Sets how long a role offer stays open.
         *
         * @param timeout a positive duration; never {@code null}
         * @return this builder
         */
        public Builder handoffOfferTimeout(Duration timeout) {
            this.handoffOfferTimeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        /**
         * Sets after how long alone an investigator gets an advisory to ask for help.
         *
         * @param after a positive duration, or none for no advisory; never {@code null}
         * @return this builder
         */
        public Builder investigatorAloneAdvisoryAfter(Option<Duration> after) {
            this.investigatorAloneAdvisoryAfter = Objects.requireNonNull(after, "after");
            return this;
        }

        /**
         * Sets the rules of what counts as an incident, in the order they are tried.
         *
         * @param rules the rules; never {@code null}
         * @return this builder
         */
        public Builder qualification(Iterable<QualificationRule> rules) {
            this.qualification = List.ofAll(Objects.requireNonNull(rules, "rules"));
            return this;
        }

        /**
         * Sets whether lowering the severity needs a reason.
         *
         * @param value {@code true} if so
         * @return this builder
         */
        public Builder downgradeNeedsReason(boolean value) {
            this.downgradeNeedsReason = value;
            return this;
        }

        /**
         * Sets the checklist that officially marks the beginning of an incident.
         *
         * @param conditions the conditions; none for no checklist; never {@code null}
         * @return this builder
         */
        public Builder officialStart(StartCondition... conditions) {
            Objects.requireNonNull(conditions, "conditions");
            this.officialStart = List.of(conditions).distinct();
            return this;
        }

        /**
         * Sets the status update cadence. Unless set, updates to the stakeholders are due every three hours
         * at every level of the process's scale, from the liaison.
         *
         * @param cadence the cadence; never {@code null}
         * @return this builder
         */
        public Builder cadence(UpdateCadence cadence) {
            this.cadence = Option.some(Objects.requireNonNull(cadence, "cadence"));
            return this;
        }

        /**
         * Sets the postmortem policy. Unless set, a postmortem is required from the second most severe
         * level up (the non-trivial incidents of 004), due in five working days, Monday to Friday, UTC.
         *
         * @param postmortem the policy; never {@code null}
         * @return this builder
         */
        public Builder postmortem(PostmortemPolicy postmortem) {
            this.postmortem = Option.some(Objects.requireNonNull(postmortem, "postmortem"));
            return this;
        }

        /**
         * Builds the process after checking that its parts fit together.
         *
         * @return the process
         * @throws IllegalArgumentException if the name is invalid, role keys repeat, a role is covered by
         *     a role the process lacks, the authority table names a role the process lacks or misses a
         *     kind of command, or a duration is not positive
         */
        public IncidentProcess build() {
            TextRules.requireNone(TextRules.labelProblem("a process name", name));
            Seq<String> keys = roles.map(Role::key);
            if (keys.distinct().size() != keys.size()) {
                throw new IllegalArgumentException("role keys must be unique, got " + keys.mkString(", "));
            }
            for (Role role : roles) {
                role.coveredBy().filter(key -> !keys.contains(key)).forEach(key -> {
                    throw new IllegalArgumentException("role " + role.key() + " is covered by " + key
                            + ", which is not a role of this process");
                });
            }
            authority.asMap().values()
                    .flatMap(p -> p instanceof Permission.RoleHolders ? ((Permission.RoleHolders) p).roles() : List.empty())
                    .filter(role -> !roles.contains(role))
                    .headOption()
                    .forEach(role -> {
                        throw new IllegalArgumentException("the authority table names " + role.key()
                                + ", which is not a role of this process");
                    });
            PostmortemPolicy chosenPostmortem = postmortem.getOrElse(() -> defaultPostmortem(severityScale));
            UpdateCadence chosenCadence = cadence.getOrElse(() ->
                    UpdateCadence.every(Duration.ofHours(3), severityScale.levels()));
            chosenCadence.intervals().keySet().toList().appendAll(chosenPostmortem.requiredFrom())
                    .appendAll(chosenPostmortem.meetingFrom())
                    .find(severity -> !severityScale.contains(severity))
                    .forEach(severity -> {
                        throw new IllegalArgumentException("the cadence or postmortem policy names " + severity
                                + ", which is not a level of " + severityScale);
                    });
            if (!chosenCadence.intervals().isEmpty() && !roles.contains(chosenCadence.sender())) {
                throw new IllegalArgumentException("updates are sent by " + chosenCadence.sender().key()
                        + ", which is not a role of this process");
            }
            for (CommandKind kind : CommandKind.values()) {
                if (authority.asMap().get(kind).isEmpty()) {
                    throw new IllegalArgumentException("the authority table says nothing about " + kind);
                }
            }
            TextRules.requireNone(TimeRules.durationProblem("a handoff offer timeout", handoffOfferTimeout));
            TextRules.requireNone(investigatorAloneAdvisoryAfter.flatMap(d -> TimeRules.durationProblem(
                    "the investigator-alone advisory time", d)));
            return new IncidentProcess(this);
        }
    }
}
