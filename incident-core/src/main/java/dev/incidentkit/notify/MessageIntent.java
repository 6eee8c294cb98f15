package dev.incidentkit.notify;

import dev.incidentkit.incident.IncidentId;
import io.vavr.collection.Map;
import java.util.Objects;

/**
 * A message the desk decided to send, before it is rendered: which template, to whom, in what format,
 * with what facts. Its idempotency key is derived from the event that caused it and the target, so it is
 * the same on every retry and after every restart.
 *
 * @param idempotencyKey stable across retries and restarts; never {@code null}
 * @param incident the incident; never {@code null}
 * @param templateKey the template, such as {@code "status-update"}; never {@code null}
 * @param target where it goes; never {@code null}
 * @param format the format the target reads; never {@code null}
 * @param model the facts the template uses, by name; never {@code null}
 * @since 0.1.0
 */
public record MessageIntent(
        String idempotencyKey,
        IncidentId incident,
        String templateKey,
        Target target,
        ChannelFormat format,
        Map<String, String> model) {

    /**
     * Creates an intent.
     *
     * @param idempotencyKey the key; never {@code null}
     * @param incident the incident; never {@code null}
     * @param templateKey the template; never {@code null}
     * @param target the target; never {@code null}
     * @param format the format; never {@code null}
     * @param model the facts; never {@code null}
     * @throws NullPointerException if an argument is {@code null}
     */
    public MessageIntent {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(incident, "incident");
        Objects.requireNonNull(templateKey, "templateKey");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(model, "model");
    }
}
