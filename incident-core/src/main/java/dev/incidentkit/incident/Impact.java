package dev.incidentkit.incident;

import dev.incidentkit.base.Nulls;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * Who is affected and how: a short description, and how many users are affected when that is known.
 *
 * <p>The texts come from outside; the decider checks them when an incident is declared.
 *
 * @param summary what the affected people experience, such as "users cannot start their servers"
 * @param usersAffected how many users are affected, when known
 * @since 0.1.0
 */
public record Impact(String summary, Option<Integer> usersAffected) {

    /**
     * Creates the value.
     *
     * @throws NullPointerException if an argument is {@code null}
     */
    public Impact {
        Objects.requireNonNull(summary, "summary");
        Nulls.requireContent(usersAffected, "usersAffected");
    }

    /**
     * An impact whose extent is not known yet.
     *
     * @param summary what the affected people experience
     * @return the impact
     */
    public static Impact of(String summary) {
        return new Impact(summary, Option.none());
    }

    /**
     * An impact on a known number of users.
     *
     * @param summary what the affected people experience
     * @param usersAffected how many users are affected
     * @return the impact
     */
    public static Impact of(String summary, int usersAffected) {
        return new Impact(summary, Option.some(usersAffected));
    }
}
