package dev.incidentkit.metrics;

import java.util.Locale;

/**
 * The response times measured on every incident, each between two moments of its life.
 *
 * @since 0.1.0
 */
public enum Measure {
    /** From the start of impact to its detection. Zero when detection came first (an early warning). */
    TIME_TO_DETECT("impact started", "detected"),
    /** From detection to the acknowledgement in the paging tool. */
    TIME_TO_ACKNOWLEDGE("detected", "acknowledged"),
    /**
     * From detection to the team's first response: the earliest thing a responder did about the incident
     * (see {@link dev.incidentkit.incident.IncidentState#firstResponseAt()}).
     */
    TIME_TO_FIRST_RESPONSE("detected", "first responded"),
    /** From detection to the declaration. */
    TIME_TO_DECLARE("detected", "declared"),
    /** From detection to the first time the bleeding stopped: the earlier of the first mitigation and resolution. */
    TIME_TO_MITIGATE("detected", "first mitigated"),
    /** From the declaration to the official start: how long the checklist that opens the response took. */
    TIME_TO_OFFICIAL_START("declared", "officially started"),
    /** From detection to the latest resolution. */
    TIME_TO_RESOLVE("detected", "resolved"),
    /** From the declaration to the latest resolution: how long the declared response lasted. */
    DECLARED_TO_RESOLVED("declared", "resolved"),
    /** From the first mitigation to the latest resolution: how long the fix took once the bleeding stopped. */
    MITIGATED_TO_RESOLVED("first mitigated", "resolved"),
    /**
     * From the start of impact to its end: the postmortem's impact end when set, else the first time the
     * bleeding stopped.
     */
    IMPACT_DURATION("impact started", "impact ended");

    private final String from;
    private final String to;

    Measure(String from, String to) {
        this.from = from;
        this.to = to;
    }

    /**
     * The moment the measure starts at, for sentences.
     *
     * @return the starting moment's name
     */
    public String from() {
        return from;
    }

    /**
     * The moment the measure ends at, for sentences.
     *
     * @return the ending moment's name
     */
    public String to() {
        return to;
    }

    /** Whether the measure starts or ends at the declaration, which an undeclared incident never had. */
    boolean involvesTheDeclaration() {
        return from.equals("declared") || to.equals("declared");
    }

    /**
     * The measure's name in lower case words, such as {@code "time to resolve"}.
     *
     * @return the label
     */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
