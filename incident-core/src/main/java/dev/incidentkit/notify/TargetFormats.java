package dev.incidentkit.notify;

import io.vavr.collection.HashMap;
import io.vavr.collection.Map;
import java.util.Objects;

/**
 * Which {@link ChannelFormat} each place reads: a default per kind of place, overridable per kind and per
 * single target by the integrator, who knows what each workspace, tool and mail client shows.
 *
 * <p>The defaults: the incident channel and a chat thread read {@link ChannelFormat#SLACK_MRKDWN}; a ticket
 * reads {@link ChannelFormat#MARKDOWN}; the paging incident reads {@link ChannelFormat#PLAIN_TEXT}, since
 * a phone's notification shows text as it is; the status page reads {@link ChannelFormat#HTML}; e-mail
 * reads {@link ChannelFormat#PLAIN_TEXT}, the one form every mail client shows as written. A chat workspace
 * that renders Markdown sets {@code forKind(INCIDENT_CHANNEL, MARKDOWN)}; a team that mails HTML sets
 * {@code forKind(EMAIL, HTML)}. A format a template lacks is rendered by the fallback in plain text, so
 * nothing is lost.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.4.0
 */
public final class TargetFormats {

    private static final TargetFormats DEFAULTS = new TargetFormats(HashMap.of(
            Target.Kind.INCIDENT_CHANNEL, ChannelFormat.SLACK_MRKDWN,
            Target.Kind.CHAT_THREAD, ChannelFormat.SLACK_MRKDWN,
            Target.Kind.TICKET, ChannelFormat.MARKDOWN,
            Target.Kind.PAGING_INCIDENT, ChannelFormat.PLAIN_TEXT,
            Target.Kind.STATUS_PAGE, ChannelFormat.HTML,
            Target.Kind.EMAIL, ChannelFormat.PLAIN_TEXT), HashMap.empty());

    private final Map<Target.Kind, ChannelFormat> byKind;
    private final Map<Target, ChannelFormat> byTarget;

    private TargetFormats(Map<Target.Kind, ChannelFormat> byKind, Map<Target, ChannelFormat> byTarget) {
        this.byKind = byKind;
        this.byTarget = byTarget;
    }

    /**
     * The default format of every kind of place (see above).
     *
     * @return the defaults; never {@code null}
     */
    public static TargetFormats defaults() {
        return DEFAULTS;
    }

    /**
     * These formats with every place of a kind reading another format.
     *
     * @param kind the kind of place; not {@code null}
     * @param format what it reads; not {@code null}
     * @return the new formats; this value is unchanged
     */
    public TargetFormats forKind(Target.Kind kind, ChannelFormat format) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(format, "format");
        return new TargetFormats(byKind.put(kind, format), byTarget);
    }

    /**
     * These formats with one place reading another format than its kind, such as one channel in a
     * workspace that renders Markdown.
     *
     * @param target the place, its kind and address as the incident's links name it; not {@code null}
     * @param format what it reads; not {@code null}
     * @return the new formats; this value is unchanged
     */
    public TargetFormats forTarget(Target target, ChannelFormat format) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(format, "format");
        return new TargetFormats(byKind, byTarget.put(target, format));
    }

    /**
     * The format a place reads: its own override, else its kind's.
     *
     * @param target the place; not {@code null}
     * @return the format; never {@code null}
     */
    public ChannelFormat of(Target target) {
        Objects.requireNonNull(target, "target");
        return byTarget.get(target).getOrElse(() -> byKind.get(target.kind()).get());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TargetFormats && ((TargetFormats) other).byKind.equals(byKind)
                && ((TargetFormats) other).byTarget.equals(byTarget);
    }

    @Override
    public int hashCode() {
        return Objects.hash(byKind, byTarget);
    }

    @Override
    public String toString() {
        return "TargetFormats" + byKind.toList().sortBy(e -> e._1).map(e -> e._1 + "=" + e._2).mkString("{", ", ", "}")
                + (byTarget.isEmpty() ? "" : " with " + byTarget.mkString(", "));
    }
}
