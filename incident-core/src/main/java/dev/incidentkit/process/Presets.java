package dev.incidentkit.process;

import static dev.incidentkit.process.Permission.holdersOf;

import dev.incidentkit.role.Role;
import dev.incidentkit.severity.SeverityScale;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Duration;

/**
 * The processes of the guides, each built from one guide's rules and named for what it is. Use them as
 * they are, or as a start: {@code Presets.managedHub().toBuilder()...build()}.
 *
 * @since 0.1.0
 */
public final class Presets {

    private Presets() {}

    /**
     * The managed-hub process of guides 000, 001 and 002:
     * <ul>
     *   <li>P1..P5; a paging alert tagged {@code take immediate action} is definitely an outage, another
     *       alert is tested by hand first; a support ticket is reproduced first, and more information asked
     *       for when it cannot be (000); an incident is when 2 or more users cannot log in, start servers,
     *       execute code or use Dask clusters, everything else is a support ticket (001);
     *   <li>the incident officially starts when a P1 paging incident exists, someone acknowledged it, a
     *       dedicated channel exists and the community was informed (000);
     *   <li>roles: Incident Commander (whoever declares, "one of the Support Triagers or the person
     *       triggering the event"), External Liaison (the commander until delegated), Subject Matter
     *       Experts, Support Triagers, Technology Lead, who is always an expert (001);
     *   <li>status updates to the community "every few hours" (000; 001 says working hours) from the
     *       liaison: every three hours of the clock here, the library's reading; the paging incident
     *       follows the commander and the ticket the liaison (001);
     *   <li>an incident report after every incident (001: "we should do this after each incident"); the
     *       guides set no deadline, so the obligation has none.
     * </ul>
     *
     * @return the process
     */
    public static IncidentProcess managedHub() {
        SeverityScale scale = SeverityScale.priorities();
        List<Role> roles = List.of(Role.INCIDENT_COMMANDER,
                new Role(Role.COMMUNICATIONS_LIAISON.key(), "External Liaison",
                        Role.COMMUNICATIONS_LIAISON.cardinality(), Role.COMMUNICATIONS_LIAISON.coveredBy()),
                Role.SUBJECT_MATTER_EXPERT, Role.SUPPORT_TRIAGER, Role.TECHNOLOGY_LEAD);
        return IncidentProcess.builder()
                .name("managed hub (000, 001, 002)")
                .severityScale(scale)
                .roles(roles)
                .authority(withoutInvestigator(Authority.standard()))
                .staffingRule(StaffingRule.declarerCommands())
                .qualification(List.of(
                        QualificationRule.takeImmediateActionTag(),
                        QualificationRule.testUntaggedAlerts(),
                        QualificationRule.reproduceSupportTickets(),
                        QualificationRule.usersCannotWork(2)))
                .officialStart(StartCondition.TOP_PRIORITY_PAGING_INCIDENT, StartCondition.PAGING_ACKNOWLEDGED,
                        StartCondition.DEDICATED_CHANNEL, StartCondition.STAKEHOLDERS_INFORMED)
                .pagesDeclaredIncidents(true)
                .cadence(UpdateCadence.every(Duration.ofHours(3), scale.levels()))
                .postmortem(PostmortemPolicy.builder().build())
                .investigatorAloneAdvisoryAfter(Option.none())
                .build();
    }

    /**
     * The on-call process of guide 003:
     * <ul>
     *   <li>Critical, Major, Minor; a report is assessed by how many are affected, whether it reproduces,
     *       and whether it is new or known: ten or more affected users, or a reproduced new problem,
     *       qualify (ten is the library's choice; the guide gives no number); a known problem or one that
     *       does not reproduce, affecting fewer, is redirected to a product team's backlog;
     *   <li>the incident is tracked in a ticket and discussed in a dedicated channel;
     *   <li>the on-call member who takes it facilitates (commands) and may delegate communication to the
     *       other on-call member; anyone on call resolves what they can; with no technology lead, the
     *       liaison or an expert takes over the role of a facilitator who cannot be reached (the library's
     *       choice; the guide names nobody);
     *   <li>updates on the ticket and, for public impact, the status page as there is news, with no fixed
     *       cadence;
     *   <li>a post-mortem for Critical incidents only;
     *   <li>a problem fixed before anyone declared it may be resolved and closed as it is, undeclared
     *       ({@link IncidentProcess#resolvesUndeclared()}): a mitigated problem is a resolved one here.
     * </ul>
     *
     * @return the process
     */
    public static IncidentProcess onCall() {
        SeverityScale scale = SeverityScale.criticalMajorMinor();
        List<Role> roles = List.of(Role.INCIDENT_COMMANDER, Role.COMMUNICATIONS_LIAISON, Role.SUBJECT_MATTER_EXPERT);
        return IncidentProcess.builder()
                .name("on-call (003)")
                .resolvesUndeclared(true)
                .severityScale(scale)
                .roles(roles)
                .authority(Authority.standard()
                        .with(CommandKind.CHANGE_SEVERITY, holdersOf(Role.INCIDENT_COMMANDER))
                        .with(CommandKind.MITIGATE, holdersOf(Role.INCIDENT_COMMANDER, Role.SUBJECT_MATTER_EXPERT))
                        .with(CommandKind.RESOLVE, holdersOf(Role.INCIDENT_COMMANDER, Role.SUBJECT_MATTER_EXPERT))
                        .with(CommandKind.ASSIGN_ROLE, holdersOf(Role.INCIDENT_COMMANDER))
                        .with(CommandKind.TAKE_OVER_ROLE, holdersOf(Role.COMMUNICATIONS_LIAISON,
                                Role.SUBJECT_MATTER_EXPERT)))
                .staffingRule(StaffingRule.declarerCommands())
                .qualification(List.of(QualificationRule.assessImpactReproducibilityAndNovelty(10)))
                .officialStart(StartCondition.TICKET_TRACKED, StartCondition.DEDICATED_CHANNEL)
                .cadence(UpdateCadence.none())
                .postmortem(PostmortemPolicy.builder().requiredFrom(scale.get("Critical")).build())
                .technologyLeadIsSubjectMatterExpert(false)
                .investigatorAloneAdvisoryAfter(Option.none())
                .build();
    }

    /**
     * The commander and investigator process of guide 004:
     * <ul>
     *   <li>SEV1..SEV4 (when the severity is unclear, declare with {@code scale.assumeHigher(candidates)});
     *       an incident when there may be customer impact, a second team is needed, it is unresolved
     *       after an hour of concentrated analysis, or there may be significant financial impact;
     *   <li>an Incident Commander and a single named Investigator from declaration on, by the on-call
     *       defaults (on-call investigates, or the secondary; the secondary commands, or an available
     *       member of the squad); a role is let go only once the successor acknowledged;
     *   <li>all communication in a dedicated channel;
     *   <li>the guide asks to communicate internally and externally without a number; updates every
     *       three hours here are the library's choice; an advisory when the investigator has worked alone
     *       for an hour;
     *   <li>the PIR complete within 1 working day, with a PIR meeting for non-trivial incidents (SEV1 and
     *       SEV2 here);
     *   <li>a problem the on-call engineer fixed within the hour, never declared, may be resolved and closed
     *       as it is ({@link IncidentProcess#resolvesUndeclared()}).
     * </ul>
     *
     * @return the process
     */
    public static IncidentProcess commanderAndInvestigator() {
        SeverityScale scale = SeverityScale.standard();
        return IncidentProcess.builder()
                .name("commander and investigator (004)")
                .resolvesUndeclared(true)
                .severityScale(scale)
                .roles(List.of(Role.INCIDENT_COMMANDER, Role.INVESTIGATOR, Role.COMMUNICATIONS_LIAISON,
                        Role.SUBJECT_MATTER_EXPERT, Role.TECHNOLOGY_LEAD))
                .authority(Authority.standard())
                .staffingRule(StaffingRule.onCallDefaults())
                .qualification(List.of(QualificationRule.anyIncidentCondition(Duration.ofHours(1))))
                .officialStart(StartCondition.DEDICATED_CHANNEL)
                .cadence(UpdateCadence.every(Duration.ofHours(3), scale.levels()))
                .postmortem(PostmortemPolicy.builder().dueInWorkingDays(1).meetingFrom(scale.get("SEV2")).build())
                .build();
    }

    private static Authority withoutInvestigator(Authority authority) {
        return authority
                .with(CommandKind.CHANGE_SEVERITY, holdersOf(Role.INCIDENT_COMMANDER, Role.TECHNOLOGY_LEAD))
                .with(CommandKind.MITIGATE, holdersOf(Role.INCIDENT_COMMANDER, Role.SUBJECT_MATTER_EXPERT,
                        Role.TECHNOLOGY_LEAD));
    }
}
