package dev.incidentkit.incident;

import dev.incidentkit.incident.communication.CommunicationCommand;
import dev.incidentkit.incident.postmortem.PostmortemCommand;
import dev.incidentkit.incident.response.ResponseCommand;
import dev.incidentkit.incident.team.TeamCommand;
import dev.incidentkit.incident.triage.TriageCommand;
import dev.incidentkit.process.CommandKind;
import dev.incidentkit.role.ResponderId;
import io.vavr.collection.Seq;
import java.time.Instant;

/**
 * Something a person or system asks of an incident. The {@link IncidentDecider} accepts a command
 * with events or refuses it with a {@link Rejection}; a command itself changes nothing.
 *
 * <p>Commands are immutable values. Their texts come from outside and are checked by the decider, so
 * constructors only refuse {@code null}, including {@code null} inside an option or a collection. A time a command claims for a fact ({@code occurredAt}) may
 * be earlier than when it was recorded, never later.
 *
 * @since 0.1.0
 */
public sealed interface IncidentCommand
        permits TriageCommand, ResponseCommand, TeamCommand, CommunicationCommand, PostmortemCommand {

    /**
     * The command's id, incident, actor and recording time.
     *
     * @return the header
     */
    CommandHeader header();

    /**
     * The command's id.
     *
     * @return the id
     */
    default CommandId commandId() {
        return header().commandId();
    }

    /**
     * The incident the command is about.
     *
     * @return the id
     */
    default IncidentId incidentId() {
        return header().incidentId();
    }

    /**
     * Who issues the command.
     *
     * @return the actor
     */
    default ResponderId actor() {
        return header().actor();
    }

    /**
     * When the command was recorded.
     *
     * @return the time
     */
    default Instant recordedAt() {
        return header().recordedAt();
    }

    /**
     * The same command under another header: another id, actor or recording time. The desk uses it to
     * stamp each attempt with its own clock's time (see {@code IncidentDesk}); what the command says
     * happened, and when ({@code occurredAt} where it has one), is unchanged.
     *
     * @param header the new header
     * @return the command with that header
     * @throws NullPointerException if {@code header} is {@code null}
     */
    IncidentCommand withHeader(CommandHeader header);

    /**
     * What kind of command this is, as the process's authority table names it.
     *
     * @return the kind
     */
    CommandKind commandKind();

    /**
     * The command's name as a verb for sentences, such as {@code "declare"} or {@code "change severity"}.
     *
     * @return the verb, lower case
     */
    default String verb() {
        return commandKind().verb();
    }

    /**
     * Every kind of command, as its record class: the capability slices in turn (triage, response, team,
     * communication, postmortem), each in the order its records are declared. Codecs, dispatch tables
     * and tests that must handle every kind check themselves against this list.
     *
     * @return the record classes, each once
     */
    static Seq<Class<? extends IncidentCommand>> recordTypes() {
        return SealedLeaves.COMMANDS;
    }
}
