package dev.incidentkit.process;

import dev.incidentkit.role.OnCallRoster.Member;
import dev.incidentkit.role.OnCallRoster;
import dev.incidentkit.role.Responder;
import dev.incidentkit.role.Role;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * How a process fills its roles when an incident is declared: a pure choice from the on-call roster
 * and the declarer, each choice explained.
 *
 * <p>A team may write its own rule. Whatever the rule, every required role ({@link dev.incidentkit.role.Cardinality#EXACTLY_ONE}) of
 * the process is filled: a required role the rule leaves open goes to the declarer, who is by
 * definition on hand.
 *
 * @since 0.1.0
 */
public interface StaffingRule {

    /**
     * Chooses who takes which role.
     *
     * @param roles the process's roles
     * @param roster who is on call and available
     * @param declarer who declares the incident
     * @return one staffing per filled role, every required role included
     */
    Seq<Staffing> staff(Seq<Role> roles, OnCallRoster roster, Responder declarer);

    /**
     * The on-call defaults of guide 004: the on-call engineer becomes Investigator, or the secondary if
     * the on-call is unavailable; the secondary becomes Incident Commander, or an available member of
     * the owning team if the secondary is unavailable (or is already the Investigator).
     *
     * @return the rule
     */
    static StaffingRule onCallDefaults() {
        return OnCallDefaults.INSTANCE;
    }

    /**
     * The declarer commands, as in guide 001: "by default this is one of the Support Triagers or the
     * person triggering the event". The declarer takes every required role.
     *
     * @return the rule
     */
    static StaffingRule declarerCommands() {
        return DeclarerCommands.INSTANCE;
    }

    /**
     * Fills every required role not yet in {@code chosen} with the declarer.
     *
     * @param roles the process's roles
     * @param chosen the choices so far
     * @param declarer who declares
     * @param why the explanation for each such choice
     * @return {@code chosen} followed by the declarer's roles
     */
    private static Seq<Staffing> declarerTakesTheRest(Seq<Role> roles, Seq<Staffing> chosen, Responder declarer,
            String why) {
        return chosen.appendAll(roles
                .filter(role -> role.cardinality().isRequired())
                .filter(role -> !chosen.exists(s -> s.role().equals(role)))
                .map(role -> new Staffing(role, declarer, why)));
    }

    /**
     * The rule of guide 004.
     */
    final class OnCallDefaults implements StaffingRule {
        private static final OnCallDefaults INSTANCE = new OnCallDefaults();

        private OnCallDefaults() {}

        @Override
        public Seq<Staffing> staff(Seq<Role> roles, OnCallRoster roster, Responder declarer) {
            Objects.requireNonNull(roles, "roles");
            Objects.requireNonNull(roster, "roster");
            Objects.requireNonNull(declarer, "declarer");
            List<Staffing> chosen = List.empty();
            Option<Role> investigator = roles.find(Role.INVESTIGATOR::equals);
            if (investigator.isDefined()) {
                chosen = chosen.appendAll(investigator(roster, investigator.get()));
            }
            Option<Role> commander = roles.find(Role.INCIDENT_COMMANDER::equals);
            if (commander.isDefined()) {
                chosen = chosen.appendAll(commander(roster, chosen, commander.get()));
            }
            return declarerTakesTheRest(roles, chosen, declarer,
                    "no available on-call responder or team member was left; the declarer takes the role");
        }

        private static Option<Staffing> investigator(OnCallRoster roster, Role role) {
            if (isAvailable(roster.primary())) {
                return Option.some(new Staffing(role, roster.primary().get().responder(),
                        "the on-call engineer " + name(roster.primary()) + " becomes the Investigator"));
            }
            String why = "primary on-call " + describe(roster.primary());
            if (isAvailable(roster.secondary())) {
                return Option.some(new Staffing(role, roster.secondary().get().responder(),
                        why + "; the secondary on-call " + name(roster.secondary()) + " becomes the Investigator"));
            }
            return teamMember(roster, List.empty(), role,
                    why + " and secondary on-call " + describe(roster.secondary()));
        }

        private static Option<Staffing> commander(OnCallRoster roster, Seq<Staffing> chosen, Role role) {
            boolean secondaryFree = isAvailable(roster.secondary())
                    && !chosen.exists(s -> s.responder().id().equals(roster.secondary().get().responder().id()));
            if (secondaryFree) {
                return Option.some(new Staffing(role, roster.secondary().get().responder(),
                        "the secondary on-call " + name(roster.secondary()) + " becomes the Incident Commander"));
            }
            String why = isAvailable(roster.secondary())
                    ? "secondary on-call " + name(roster.secondary()) + " is already the Investigator"
                    : "secondary on-call " + describe(roster.secondary());
            return teamMember(roster, chosen, role, why);
        }

        private static Option<Staffing> teamMember(OnCallRoster roster, Seq<Staffing> chosen, Role role, String why) {
            return roster.teamMembers()
                    .filter(Member::available)
                    .map(Member::responder)
                    .find(r -> !chosen.exists(s -> s.responder().id().equals(r.id())))
                    .map(r -> new Staffing(role, r, why + "; chose " + r.displayName() + " from team "
                            + (roster.team().isEmpty() ? "(unnamed)" : roster.team())));
        }

        private static boolean isAvailable(Option<Member> member) {
            return member.exists(Member::available);
        }

        private static String name(Option<Member> member) {
            return member.get().responder().displayName();
        }

        private static String describe(Option<Member> member) {
            return member.isEmpty() ? "is not known" : name(member) + " is unavailable";
        }

        @Override
        public String toString() {
            return "on-call defaults";
        }
    }

    /**
     * The rule of guide 001.
     */
    final class DeclarerCommands implements StaffingRule {
        private static final DeclarerCommands INSTANCE = new DeclarerCommands();

        private DeclarerCommands() {}

        @Override
        public Seq<Staffing> staff(Seq<Role> roles, OnCallRoster roster, Responder declarer) {
            Objects.requireNonNull(roles, "roles");
            Objects.requireNonNull(roster, "roster");
            Objects.requireNonNull(declarer, "declarer");
            return declarerTakesTheRest(roles, List.empty(), declarer,
                    "the person who declares the incident takes the role");
        }

        @Override
        public String toString() {
            return "declarer commands";
        }
    }
}
