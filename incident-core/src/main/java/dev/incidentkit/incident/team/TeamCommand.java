package dev.incidentkit.incident.team;

import dev.incidentkit.incident.CommandHeader;
import dev.incidentkit.incident.IncidentCommand;
import dev.incidentkit.process.CommandKind;
import dev.incidentkit.role.Responder;
import dev.incidentkit.role.ResponderId;
import dev.incidentkit.role.Role;
import java.util.Objects;

/**
 * Commands of the response team: assign and release roles; offer, accept, decline, withdraw and
 * expire handoffs; take a role over. A slice of {@link IncidentCommand}.
 *
 * @since 0.1.0
 */
public sealed interface TeamCommand extends IncidentCommand {

    /**
     * Gives a role to a responder: fills a vacant role, or pulls a responder in as one of several
     * holders (a Subject Matter Expert). A role with a holder already is relieved only by a handoff.
     *
     * @param header the command header
     * @param role the role, one of the process's
     * @param responder who takes it
     * @param reason why, such as the expertise needed
     */
    record AssignRole(CommandHeader header, Role role, Responder responder, String reason) implements TeamCommand {
        /**
         * Creates the command.
         *
         * @throws NullPointerException if an argument is {@code null}
         */
        public AssignRole {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(responder, "responder");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public CommandKind commandKind() {
            return CommandKind.ASSIGN_ROLE;
        }

        @Override
        public AssignRole withHeader(CommandHeader header) {
            return new AssignRole(header, role, responder, reason);
        }
    }

    /**
     * Takes a role that may be vacant away from one of its holders, for example when a Subject Matter
     * Expert is no longer needed. A required role cannot be released, only handed off.
     *
     * @param header the command header
     * @param role the role
     * @param holder the holder who lets go
     * @param reason why
     */
    record ReleaseRole(CommandHeader header, Role role, ResponderId holder, String reason) implements TeamCommand {
        /**
         * Creates the command.
         *
         * @throws NullPointerException if an argument is {@code null}
         */
        public ReleaseRole {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(holder, "holder");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public CommandKind commandKind() {
            return CommandKind.RELEASE_ROLE;
        }

        @Override
        public ReleaseRole withHeader(CommandHeader header) {
            return new ReleaseRole(header, role, holder, reason);
        }
    }

    /**
     * Offers a holder's role to another responder: the first phase of a handoff, made by the holder or
     * the Incident Commander. The holder keeps the role until the offer is accepted.
     *
     * @param header the command header; its command id becomes the {@link HandoffId}
     * @param role the role
     * @param from the holder to be relieved
     * @param to the responder offered the role
     * @param note what the new holder needs to know
     */
    record OfferHandoff(CommandHeader header, Role role, ResponderId from, Responder to, String note)
            implements TeamCommand {
        /**
         * Creates the command.
         *
         * @throws NullPointerException if an argument is {@code null}
         */
        public OfferHandoff {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(note, "note");
        }

        /**
         * The id that later commands use to answer this offer.
         *
         * @return the handoff id
         */
        public HandoffId handoffId() {
            return HandoffId.of(header.commandId());
        }

        @Override
        public CommandKind commandKind() {
            return CommandKind.OFFER_HANDOFF;
        }

        @Override
        public OfferHandoff withHeader(CommandHeader header) {
            return new OfferHandoff(header, role, from, to, note);
        }
    }

    /**
     * Accepts an open role offer: the second phase of a handoff, by the offered responder only. The
     * role moves to them at once.
     *
     * @param header the command header
     * @param handoff the offer
     */
    record AcceptHandoff(CommandHeader header, HandoffId handoff) implements TeamCommand {
        /**
         * Creates the command.
         *
         * @throws NullPointerException if an argument is {@code null}
         */
        public AcceptHandoff {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(handoff, "handoff");
        }

        @Override
        public CommandKind commandKind() {
            return CommandKind.ACCEPT_HANDOFF;
        }

        @Override
        public AcceptHandoff withHeader(CommandHeader header) {
            return new AcceptHandoff(header, handoff);
        }
    }

    /**
     * Declines an open role offer, by the offered responder only. The holder keeps the role.
     *
     * @param header the command header
     * @param handoff the offer
     * @param reason why
     */
    record DeclineHandoff(CommandHeader header, HandoffId handoff, String reason) implements TeamCommand {
        /**
         * Creates the command.
         *
         * @throws NullPointerException if an argument is {@code null}
         */
        public DeclineHandoff {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(handoff, "handoff");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public CommandKind commandKind() {
            return CommandKind.DECLINE_HANDOFF;
        }

        @Override
        public DeclineHandoff withHeader(CommandHeader header) {
            return new DeclineHandoff(header, handoff, reason);
        }
    }

    /**
     * Withdraws an open role offer, by whoever made it or the Incident Commander. The holder keeps the
     * role.
     *
     * @param header the command header
     * @param handoff the offer
     * @param reason why
     */
    record WithdrawHandoff(CommandHeader header, HandoffId handoff, String reason) implements TeamCommand {
        /**
         * Creates the command.
         *
         * @throws NullPointerException if an argument is {@code null}
         */
        public WithdrawHandoff {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(handoff, "handoff");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public CommandKind commandKind() {
            return CommandKind.WITHDRAW_HANDOFF;
        }

        @Override
        public WithdrawHandoff withHeader(CommandHeader header) {
            return new WithdrawHandoff(header, handoff, reason);
        }
    }

    /**
     * Records that an open role offer expired unanswered, once its time is up. The holder keeps the role.
     *
     * @param header the command header, recorded at or after the offer's expiry
     * @param handoff the offer
     */
    record ExpireHandoff(CommandHeader header, HandoffId handoff) implements TeamCommand {
        /**
         * Creates the command.
         *
         * @throws NullPointerException if an argument is {@code null}
         */
        public ExpireHandoff {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(handoff, "handoff");
        }

        @Override
        public CommandKind commandKind() {
            return CommandKind.EXPIRE_HANDOFF;
        }

        @Override
        public ExpireHandoff withHeader(CommandHeader header) {
            return new ExpireHandoff(header, handoff);
        }
    }

    /**
     * Takes a role over from a holder who cannot hand it off, such as an unreachable commander: the
     * first phase of a takeover. Someone the process's authority table allows (by default the
     * Technology Lead, whom guide 000 empowers "to delegate on your behalf") offers the role on the
     * holder's behalf, with the reason. The holder keeps the role until the new holder accepts with
     * {@link AcceptHandoff}, so the role is never vacant; when the actor offers the role to themselves,
     * the acceptance is part of this command. An open offer of the role from the same holder is
     * withdrawn by the takeover.
     *
     * @param header the command header
     * @param role the role
     * @param from the holder who cannot hand it off
     * @param to the responder who is to hold it
     * @param reason why the holder is passed over, such as "unreachable for 20 minutes"
     */
    record TakeOverRole(CommandHeader header, Role role, ResponderId from, Responder to, String reason)
            implements TeamCommand {
        /**
         * Creates the command.
         *
         * @throws NullPointerException if an argument is {@code null}
         */
        public TakeOverRole {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(reason, "reason");
        }

        /**
         * The id of the offer this takeover opens, which the new holder accepts.
         *
         * @return the handoff id
         */
        public HandoffId handoffId() {
            return HandoffId.of(header.commandId());
        }

        @Override
        public CommandKind commandKind() {
            return CommandKind.TAKE_OVER_ROLE;
        }

        @Override
        public TakeOverRole withHeader(CommandHeader header) {
            return new TakeOverRole(header, role, from, to, reason);
        }
    }
}
