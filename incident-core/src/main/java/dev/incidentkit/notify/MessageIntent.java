package dev.incidentkit.notify;

import dev.incidentkit.base.TextRules;
import dev.incidentkit.incident.IncidentId;
import io.vavr.collection.Map;
import java.util.Objects;

/**
 * A message the desk decided to send, before it is rendered: which template, to whom, in what format,
 * with what facts. Its idempotency key is derived from the event that caused it and the target, so it is
 * the same on every retry and after every restart.
 *
 * @param idempotencyKey stable across retries and restarts
 * @param incident the incident
 * @param templateKey the template, such as {@code "status-update"}
 * @param target where it goes
 * @param format the format the target reads
 * @param model the facts the template uses, by name
 * @since 0.1.0
 */
public record MessageIntent(
        String idempotencyKey,
        IncidentId incident,
        String templateKey,
        Target target,
        ChannelFormat format,
        Map<String, String> model) {

    /** The longest idempotency key, template key or fact name, in characters. */
    public static final int MAX_KEY_LENGTH = 1_000;

    /** The longest fact, in characters. */
    public static final int MAX_FACT_LENGTH = 100_000;

    /**
     * Creates an intent.
     *
     * @throws NullPointerException if an argument is {@code null}
     * @throws IllegalArgumentException if the key, the template key or a fact's name is not an identifier of
     *     at most {@value #MAX_KEY_LENGTH} characters, or a fact holds text no store can keep (control
     *     characters other than line breaks and tabs, unpaired surrogates) or is longer than
     *     {@value #MAX_FACT_LENGTH} characters: what an outbox reads back is held to what the desk makes
     */
    public MessageIntent {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(incident, "incident");
        Objects.requireNonNull(templateKey, "templateKey");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(model, "model");
        TextRules.requireNone(TextRules.identifierProblem("an idempotency key", idempotencyKey, MAX_KEY_LENGTH));
        TextRules.requireNone(TextRules.identifierProblem("a template key", templateKey, MAX_KEY_LENGTH));
        model.forEach((name, value) -> {
            TextRules.requireNone(TextRules.identifierProblem("a fact's name", name, MAX_KEY_LENGTH));
            if (!value.isEmpty()) {
                TextRules.requireStorable("the fact " + name, value, MAX_FACT_LENGTH);
            }
        });
    }
}
