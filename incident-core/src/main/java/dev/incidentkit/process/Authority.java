package dev.incidentkit.process;

import static dev.incidentkit.process.Permission.anyone;
import static dev.incidentkit.process.Permission.holdersOf;
import static dev.incidentkit.process.Permission.participants;
import static dev.incidentkit.role.Role.COMMUNICATIONS_LIAISON;
import static dev.incidentkit.role.Role.INCIDENT_COMMANDER;
import static dev.incidentkit.role.Role.INVESTIGATOR;
import static dev.incidentkit.role.Role.TECHNOLOGY_LEAD;

import io.vavr.Tuple;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import java.util.Objects;

/**
 * Who may issue which kind of command: a table from {@link CommandKind} to {@link Permission}.
 *
 * <p>Some rules are part of a protocol and hold whatever the table says: only the offered responder
 * accepts or declines a role offer, only the offeror or the commander withdraws it, a role is offered
 * by its holder or the commander, and only a holder steps down from a role. The one way past a holder
 * is a takeover ({@link CommandKind#TAKE_OVER_ROLE}), recorded with its reason and still accepted by the
 * new holder. The table is checked first; the protocol second.
 *
 * @since 0.1.0
 */
public final class Authority {

    private static final Authority STANDARD = new Authority(LinkedHashMap.ofEntries(
            Tuple.of(CommandKind.REPORT, anyone()),
            Tuple.of(CommandKind.DECLARE, anyone()),
            Tuple.of(CommandKind.DECLINE, anyone()),
            Tuple.of(CommandKind.ESTIMATE_IMPACT_START, participants()),
            Tuple.of(CommandKind.CHANGE_SEVERITY, holdersOf(INCIDENT_COMMANDER, INVESTIGATOR, TECHNOLOGY_LEAD)),
            Tuple.of(CommandKind.POST_UPDATE, holdersOf(COMMUNICATIONS_LIAISON, INCIDENT_COMMANDER)),
            Tuple.of(CommandKind.ADD_LINK, participants()),
            Tuple.of(CommandKind.MITIGATE, holdersOf(INCIDENT_COMMANDER, INVESTIGATOR, TECHNOLOGY_LEAD)),
            Tuple.of(CommandKind.RESOLVE, holdersOf(INCIDENT_COMMANDER, TECHNOLOGY_LEAD)),
            Tuple.of(CommandKind.REOPEN, participants()),
            Tuple.of(CommandKind.CANCEL, holdersOf(INCIDENT_COMMANDER)),
            Tuple.of(CommandKind.MERGE, holdersOf(INCIDENT_COMMANDER)),
            Tuple.of(CommandKind.CLOSE, holdersOf(INCIDENT_COMMANDER)),
            Tuple.of(CommandKind.ASSIGN_ROLE, holdersOf(INCIDENT_COMMANDER, TECHNOLOGY_LEAD)),
            Tuple.of(CommandKind.RELEASE_ROLE, participants()),
            Tuple.of(CommandKind.OFFER_HANDOFF, participants()),
            Tuple.of(CommandKind.ACCEPT_HANDOFF, anyone()),
            Tuple.of(CommandKind.DECLINE_HANDOFF, anyone()),
            Tuple.of(CommandKind.WITHDRAW_HANDOFF, participants()),
            Tuple.of(CommandKind.EXPIRE_HANDOFF, anyone()),
            Tuple.of(CommandKind.TAKE_OVER_ROLE, holdersOf(TECHNOLOGY_LEAD)),
            Tuple.of(CommandKind.RECORD_ACTION, participants()),
            Tuple.of(CommandKind.ASSESS, participants()),
            Tuple.of(CommandKind.REQUEST_INFORMATION, participants()),
            Tuple.of(CommandKind.ACKNOWLEDGE, participants()),
            Tuple.of(CommandKind.INFORM_REPORTER, participants()),
            Tuple.of(CommandKind.IMPORT_CHAT, participants()),
            Tuple.of(CommandKind.RECORD_MESSAGE, participants()),
            Tuple.of(CommandKind.RECORD_FOLLOW_UP, participants()),
            Tuple.of(CommandKind.ANSWER_FOLLOW_UP, participants()),
            Tuple.of(CommandKind.SETTLE_FOLLOW_UP, holdersOf(INCIDENT_COMMANDER)),
            Tuple.of(CommandKind.START_POSTMORTEM, holdersOf(INCIDENT_COMMANDER)),
            Tuple.of(CommandKind.SET_IMPACT_WINDOW, participants()),
            Tuple.of(CommandKind.WRITE_SECTION, participants()),
            Tuple.of(CommandKind.ADD_ACTION_ITEM, participants()),
            Tuple.of(CommandKind.UPDATE_ACTION_ITEM, participants()),
            Tuple.of(CommandKind.REQUEST_REVIEW, participants()),
            Tuple.of(CommandKind.REVIEW_POSTMORTEM, participants()),
            Tuple.of(CommandKind.RAISE_REVIEW_COMMENT, participants()),
            Tuple.of(CommandKind.SETTLE_REVIEW_COMMENT, participants()),
            Tuple.of(CommandKind.MARK_REVIEWED, holdersOf(INCIDENT_COMMANDER)),
            Tuple.of(CommandKind.PUBLISH_POSTMORTEM, participants()),
            Tuple.of(CommandKind.SHARE_POSTMORTEM, holdersOf(COMMUNICATIONS_LIAISON, INCIDENT_COMMANDER))));

    private final Map<CommandKind, Permission> permissions;

    private Authority(Map<CommandKind, Permission> permissions) {
        this.permissions = permissions;
    }

    /**
     * The default table, from the guides: anyone reports, declares or declines in triage; the
     * commander or the technology lead resolves, assigns and releases roles (the technology lead "is
     * empowered to delegate", 000), and assigns roles; the technology lead takes a role over from a holder
     * who cannot hand it off (000: "empowered to delegate on your behalf"); the commander cancels, merges
     * and closes; the commander, the investigator or the technology lead changes severity and
     * mitigates; the liaison (or the
     * commander while there is none) posts updates; any participant links, records actions, estimates
     * the impact start, reopens, assesses, asks the reporter for information, acknowledges the page, tells
     * the reporter where a declined report went, imports chat, offers a role it holds, and writes and
     * reviews the postmortem; the commander starts the postmortem and marks it reviewed (001); the
     * liaison or the commander shares it with the stakeholders.
     *
     * @return the standard table
     */
    public static Authority standard() {
        return STANDARD;
    }

    /**
     * This table with one kind of command given another permission.
     *
     * @param kind the kind of command
     * @param permission who may issue it
     * @return the new table
     */
    public Authority with(CommandKind kind, Permission permission) {
        return new Authority(permissions.put(Objects.requireNonNull(kind, "kind"),
                Objects.requireNonNull(permission, "permission")));
    }

    /**
     * Who may issue a kind of command.
     *
     * @param kind the kind
     * @return the permission
     */
    public Permission permissionFor(CommandKind kind) {
        return permissions.get(Objects.requireNonNull(kind, "kind")).getOrElseThrow(
                () -> new IllegalStateException("the authority table has no entry for " + kind));
    }

    /**
     * The whole table, in command-kind order.
     *
     * @return kind to permission
     */
    public Map<CommandKind, Permission> asMap() {
        return permissions;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Authority && ((Authority) other).permissions.equals(permissions);
    }

    @Override
    public int hashCode() {
        return permissions.hashCode();
    }

    @Override
    public String toString() {
        return permissions.mkString("Authority[", ", ", "]");
    }
}
