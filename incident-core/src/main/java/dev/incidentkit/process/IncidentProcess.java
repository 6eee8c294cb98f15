package dev.incidentkit.process;

import dev.incidentkit.base.TextRules;
import dev.incidentkit.role.Role;
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
    private final Duration handoffOfferTimeout;
    private final Option<Duration> investigatorAloneAdvisoryAfter;

    private IncidentProcess(Builder b) {
        this.name = b.name;
        this.severityScale = b.severityScale;
        this.roles = b.roles;
        this.authority = b.authority;
        this.staffingRule = b.staffingRule;
        this.technologyLeadIsSubjectMatterExpert = b.technologyLeadIsSubjectMatterExpert;
        this.liaisonChangeUpdatesChannels = b.liaisonChangeUpdatesChannels;
        this.commanderChangeReassignsPagingIncident = b.commanderChangeReassignsPagingIncident;
        this.handoffOfferTimeout = b.handoffOfferTimeout;
        this.investigatorAloneAdvisoryAfter = b.investigatorAloneAdvisoryAfter;
    }

    /**
     * The generic process: SEV1..SEV4, the six roles of the guides with the Incident Commander and the
     * Investigator required, the {@linkplain Authority#standard() standard authority table}, the
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

    @Override
    public String toString() {
        return "IncidentProcess[" + name + "]";
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
        private Duration handoffOfferTimeout = Duration.ofMinutes(30);
        private Option<Duration> investigatorAloneAdvisoryAfter = Option.some(Duration.ofHours(1));

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
            this.handoffOfferTimeout = p.handoffOfferTimeout;
            this.investigatorAloneAdvisoryAfter = p.investigatorAloneAdvisoryAfter;
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
         * Builds the process after checking that its parts fit together.
         *
         * @return the process
         * @throws IllegalArgumentException if the name is invalid, role keys repeat, a role is covered by
         *     a role the process lacks, the authority table names a role the process lacks or misses a
         *     kind of command, or a duration is not positive
         */
        public IncidentProcess build() {
            TextRules.labelProblem("a process name", name).forEach(problem -> {
                throw new IllegalArgumentException(problem);
            });
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
            for (CommandKind kind : CommandKind.values()) {
                if (authority.asMap().get(kind).isEmpty()) {
                    throw new IllegalArgumentException("the authority table says nothing about " + kind);
                }
            }
            if (handoffOfferTimeout.isNegative() || handoffOfferTimeout.isZero()) {
                throw new IllegalArgumentException("a handoff offer timeout must be positive");
            }
            investigatorAloneAdvisoryAfter.filter(d -> d.isNegative() || d.isZero()).forEach(d -> {
                throw new IllegalArgumentException("the investigator-alone advisory time must be positive");
            });
            return new IncidentProcess(this);
        }
    }
}
