package dev.incidentkit.process;

import dev.incidentkit.base.Nulls;
import dev.incidentkit.role.Role;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.Set;
import java.util.Objects;

/**
 * Who may issue a kind of command: anyone, anyone taking part in the response, or the holders of
 * certain roles.
 *
 * <p>Before an incident is declared nobody holds a role and no response team exists, so until then a
 * restricted command is open to anyone: triage is done by whoever is on hand. A role that is vacant
 * and covered by another (the liaison by the commander) counts its cover as a holder.
 *
 * @since 0.1.0
 */
public sealed interface Permission {

    /**
     * Describes who may, for sentences: "anyone", "a participant in the response", "the Incident
     * Commander or the Technology Lead".
     *
     * @return the description
     */
    String describe();

    /**
     * Anyone at all, participant or not.
     *
     * @return the permission
     */
    static Permission anyone() {
        return Anyone.INSTANCE;
    }

    /**
     * Anyone who takes part in the response: who declared it, or holds or held a role in it.
     *
     * @return the permission
     */
    static Permission participants() {
        return Participants.INSTANCE;
    }

    /**
     * The holders of any of the given roles.
     *
     * @param roles the roles; at least one
     * @return the permission
     * @throws IllegalArgumentException if no role is given
     */
    static Permission holdersOf(Role... roles) {
        Objects.requireNonNull(roles, "roles");
        return new RoleHolders(LinkedHashSet.of(roles));
    }

    /**
     * Anyone at all.
     */
    final class Anyone implements Permission {
        private static final Anyone INSTANCE = new Anyone();

        private Anyone() {}

        @Override
        public String describe() {
            return "anyone";
        }

        @Override
        public String toString() {
            return describe();
        }
    }

    /**
     * Anyone who takes part in the response.
     */
    final class Participants implements Permission {
        private static final Participants INSTANCE = new Participants();

        private Participants() {}

        @Override
        public String describe() {
            return "a participant in the response";
        }

        @Override
        public String toString() {
            return describe();
        }
    }

    /**
     * The holders of any of a set of roles.
     *
     * @param roles the roles; at least one
     */
    record RoleHolders(Set<Role> roles) implements Permission {

        /**
         * Creates the permission.
         *
         * @throws NullPointerException if {@code roles} is {@code null}
         * @throws IllegalArgumentException if {@code roles} is empty
         */
        public RoleHolders {
            Nulls.requireElements(roles, "roles");
            if (roles.isEmpty()) {
                throw new IllegalArgumentException("a role permission names at least one role");
            }
        }

        @Override
        public String describe() {
            return roles.map(role -> "the " + role.name()).mkString(" or ");
        }
    }
}
