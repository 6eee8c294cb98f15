package dev.incidentkit.incident.communication;

import dev.incidentkit.base.Nulls;
import dev.incidentkit.base.TextRules;
import dev.incidentkit.incident.ChatMessage;
import dev.incidentkit.incident.DataSource;
import dev.incidentkit.incident.EventHeader;
import dev.incidentkit.incident.IncidentEvent;
import dev.incidentkit.incident.IncidentId;
import dev.incidentkit.incident.Link;
import dev.incidentkit.incident.LinkPurpose;
import dev.incidentkit.incident.NotImported;
import dev.incidentkit.incident.UpdateKind;
import dev.incidentkit.role.Audience;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/**
 * Events of communication: a status update posted, a link added, chat imported, a message with someone outside
 * the response recorded, a follow-up report after the resolution recorded, answered and settled. A slice of
 * {@link IncidentEvent}.
 *
 * @since 0.1.0
 */
public sealed interface CommunicationEvent extends IncidentEvent {

    /**
     * A status update was posted.
     *
     * @param header the header
     * @param kind progress or resolution notice
     * @param audience who it is for
     * @param text what it says
     * @param nextUpdateBy when the next update is promised, if given
     */
    record UpdatePosted(
            EventHeader header, UpdateKind kind, Audience audience, String text, Option<Instant> nextUpdateBy)
            implements CommunicationEvent {
        /**
         * Creates the value.
         *
         * @throws NullPointerException if an argument is {@code null}
         */
        public UpdatePosted {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(audience, "audience");
            Objects.requireNonNull(text, "text");
            Nulls.requireContent(nextUpdateBy, "nextUpdateBy");
            TextRules.requireText("the update", text);
        }
    }

    /**
     * A link to an outside place was added.
     *
     * @param header the header
     * @param link the link
     * @param purpose what the link is for; the decider always says, and none is read only from events
     *     stored before links had purposes, for which the first ticket linked became the stakeholders' one
     */
    record LinkAdded(EventHeader header, Link link, Option<LinkPurpose> purpose) implements CommunicationEvent {
        /**
         * Creates the value.
         *
         * @throws NullPointerException if an argument is {@code null}
         */
        public LinkAdded {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(link, "link");
            Nulls.requireContent(purpose, "purpose");
        }

        /**
         * A link added with a purpose.
         *
         * @param header the header
         * @param link the link
         * @param purpose what the link is for
         * @throws NullPointerException if an argument is {@code null}
         */
        public LinkAdded(EventHeader header, Link link, LinkPurpose purpose) {
            this(header, link, Option.some(Objects.requireNonNull(purpose, "purpose")));
        }
    }

    /**
     * Chat messages were imported into the timeline; the ones left out are listed with the reason.
     *
     * @param header the header
     * @param source the channel and window
     * @param imported the messages imported, new ones only
     * @param notImported the messages left out, with why
     */
    record ChatImported(EventHeader header, DataSource source, Seq<ChatMessage> imported, Seq<NotImported> notImported) implements CommunicationEvent {
        /**
         * Creates the event.
         *
         * @throws NullPointerException if an argument is {@code null}
         */
        public ChatImported {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(source, "source");
            Nulls.requireElements(imported, "imported");
            Nulls.requireElements(notImported, "notImported");
            TextRules.requireLabel("the channel", source.channel());
            imported.forEach(ChatImported::requireImportable);
            notImported.forEach(ChatImported::requireKept);
        }

        /** An imported message passed the import's checks, which a stored one is held to again. */
        private static void requireImportable(ChatMessage message) {
            TextRules.requireNone(TextRules.identifierProblem("an imported message's id", message.id(), 200));
            TextRules.requireText("an imported message's text", message.text());
            message.link().forEach(link -> TextRules.requireNone(Link.urlProblem(link)));
        }

        /** A message left out is kept as {@link ChatMessage#storable()} made it, with a reason. */
        private static void requireKept(NotImported left) {
            ChatMessage message = left.message();
            if (!message.storable().equals(message)) {
                throw new IllegalArgumentException("a message left out holds text no store can keep");
            }
            TextRules.requireText("why a message was left out", left.reason());
        }
    }

    /**
     * A message exchanged with someone outside the response was recorded. {@link EventHeader#effectiveAt()}
     * is when it was said.
     *
     * @param header the header
     * @param direction received or sent
     * @param counterpart who it was exchanged with
     * @param text what was said
     */
    record MessageRecorded(EventHeader header, Direction direction, Counterpart counterpart, String text)
            implements CommunicationEvent {
        /**
         * Creates the value.
         *
         * @throws NullPointerException if an argument is {@code null}
         * @throws IllegalArgumentException if the text is blank or cannot be stored
         */
        public MessageRecorded {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(direction, "direction");
            Objects.requireNonNull(counterpart, "counterpart");
            Objects.requireNonNull(text, "text");
            TextRules.requireText("the message", text);
        }
    }

    /**
     * A report reached the team after the incident was resolved. {@link EventHeader#effectiveAt()} is when.
     *
     * @param header the header
     * @param id the follow-up's id, from the command that recorded it
     * @param from who reported it
     * @param report what they reported
     * @since 0.4.0
     */
    record FollowUpReported(EventHeader header, FollowUpId id, Counterpart from, String report)
            implements CommunicationEvent {
        /**
         * Creates the value.
         *
         * @throws NullPointerException if an argument is {@code null}
         * @throws IllegalArgumentException if the report is blank or cannot be stored
         */
        public FollowUpReported {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(report, "report");
            TextRules.requireText("the follow-up", report);
        }
    }

    /**
     * The team answered a follow-up report.
     *
     * @param header the header
     * @param id the follow-up
     * @param answer what the team said
     * @since 0.4.0
     */
    record FollowUpAnswered(EventHeader header, FollowUpId id, String answer) implements CommunicationEvent {
        /**
         * Creates the value.
         *
         * @throws NullPointerException if an argument is {@code null}
         * @throws IllegalArgumentException if the answer is blank or cannot be stored
         */
        public FollowUpAnswered {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(answer, "answer");
            TextRules.requireText("the answer", answer);
        }
    }

    /**
     * A follow-up report was settled. A reopening follows as its own {@code Reopened} event.
     *
     * @param header the header
     * @param id the follow-up
     * @param settlement how it was settled
     * @param reason why
     * @param newIncident the incident opened for it, exactly when settled as {@link Settlement#NEW_INCIDENT}
     * @since 0.4.0
     */
    record FollowUpSettled(EventHeader header, FollowUpId id, Settlement settlement, String reason,
            Option<IncidentId> newIncident) implements CommunicationEvent {
        /**
         * Creates the value.
         *
         * @throws NullPointerException if an argument is {@code null}
         * @throws IllegalArgumentException if the reason is blank, or a new incident is named for another
         *     settlement or missing for a new incident
         */
        public FollowUpSettled {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(settlement, "settlement");
            Objects.requireNonNull(reason, "reason");
            Nulls.requireContent(newIncident, "newIncident");
            TextRules.requireText("the reason", reason);
            if (newIncident.isDefined() != (settlement == Settlement.NEW_INCIDENT)) {
                throw new IllegalArgumentException("a follow-up names the new incident exactly when it was settled"
                        + " as a new incident");
            }
        }
    }
}
