package dev.incidentkit.incident.communication;

import dev.incidentkit.base.Nulls;
import dev.incidentkit.base.TextRules;
import dev.incidentkit.role.ResponderId;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * Who a message was exchanged with, from outside the response or in it: the community, the person who
 * reported the problem, a monitoring system, the stakeholders, or someone else, by name, with their id
 * where they have one.
 *
 * @param kind who they are to the incident
 * @param name how the record names them, one line, such as {@code "the community forum"} or {@code "Alertmanager"}
 * @param id their responder id, when they have one
 * @since 0.1.0
 */
public record Counterpart(Kind kind, String name, Option<ResponderId> id) {

    /**
     * Creates the value.
     *
     * @throws NullPointerException if an argument is {@code null}, or the option holds {@code null}
     * @throws IllegalArgumentException if the name is not a one-line label
     */
    public Counterpart {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Nulls.requireContent(id, "id");
        TextRules.requireLabel("the counterpart's name", name);
    }

    /**
     * A counterpart known by name only.
     *
     * @param kind who they are to the incident
     * @param name how the record names them
     * @return the counterpart
     * @throws NullPointerException if an argument is {@code null}
     * @throws IllegalArgumentException if the name is not a one-line label
     */
    public static Counterpart of(Kind kind, String name) {
        return new Counterpart(kind, name, Option.none());
    }

    /** Who a counterpart is to the incident. */
    public enum Kind {
        /** The affected community or users at large (001: community communication). */
        COMMUNITY,
        /** The person who reported the problem. */
        REPORTER,
        /** A monitoring or alerting system raising a further alert. */
        MONITORING,
        /** The stakeholders the process keeps informed. */
        STAKEHOLDERS,
        /** Anyone else: another team, a vendor, a relay between the response and the community. */
        OTHER
    }
}
