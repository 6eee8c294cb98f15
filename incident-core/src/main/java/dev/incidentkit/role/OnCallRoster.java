package dev.incidentkit.role;

import dev.incidentkit.base.Nulls;
import dev.incidentkit.base.TextRules;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * Who is on call and who is available when an incident is declared, as data: the primary and
 * secondary on-call responders and the members of the team that owns the affected service.
 *
 * <p>A directory fills this in; the choice of default roles from it is pure. An empty roster says
 * nothing is known, and the declarer takes whatever required role is left.
 *
 * @param primary the primary on-call responder, if any
 * @param secondary the secondary on-call responder, if any
 * @param team the owning team's name, one line, or empty if unknown
 * @param teamMembers the owning team's members with their availability
 * @since 0.1.0
 */
public record OnCallRoster(Option<Member> primary, Option<Member> secondary, String team, Seq<Member> teamMembers) {

    private static final OnCallRoster EMPTY = new OnCallRoster(Option.none(), Option.none(), "", List.empty());

    /**
     * Creates a roster.
     *
     * @throws NullPointerException if an argument is {@code null}
     * @throws IllegalArgumentException if the team name is not one line
     */
    public OnCallRoster {
        Nulls.requireContent(primary, "primary");
        Nulls.requireContent(secondary, "secondary");
        Objects.requireNonNull(team, "team");
        Nulls.requireElements(teamMembers, "teamMembers");
        if (!team.isEmpty()) {
            TextRules.requireNone(TextRules.labelProblem("a team name", team));
        }
    }

    /**
     * The roster that knows nobody.
     *
     * @return the empty roster
     */
    public static OnCallRoster empty() {
        return EMPTY;
    }

    /**
     * A roster with a primary and secondary on-call and the owning team.
     *
     * @param primary the primary on-call
     * @param secondary the secondary on-call
     * @param team the owning team's name
     * @param teamMembers the team's members
     * @return the roster
     */
    public static OnCallRoster of(Member primary, Member secondary, String team, Member... teamMembers) {
        Objects.requireNonNull(teamMembers, "teamMembers");
        return new OnCallRoster(Option.some(primary), Option.some(secondary), team, List.of(teamMembers));
    }

    /**
     * Tells whether the roster knows nobody.
     *
     * @return {@code true} if it has no on-call responders and no team members
     */
    public boolean isEmpty() {
        return primary.isEmpty() && secondary.isEmpty() && teamMembers.isEmpty();
    }

    /**
     * A responder on the roster and whether they can take on work now.
     *
     * @param responder the responder
     * @param available whether they are available
     */
    public record Member(Responder responder, boolean available) {

        /**
         * Creates a member.
         *
         * @throws NullPointerException if {@code responder} is {@code null}
         */
        public Member {
            Objects.requireNonNull(responder, "responder");
        }

        /**
         * An available member.
         *
         * @param responder the responder
         * @return the member
         */
        public static Member available(Responder responder) {
            return new Member(responder, true);
        }

        /**
         * An unavailable member.
         *
         * @param responder the responder
         * @return the member
         */
        public static Member unavailable(Responder responder) {
            return new Member(responder, false);
        }
    }
}
