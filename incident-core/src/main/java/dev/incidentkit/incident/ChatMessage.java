package dev.incidentkit.incident;

import dev.incidentkit.base.Nulls;
import dev.incidentkit.base.TextRules;
import dev.incidentkit.role.ResponderId;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/**
 * A message from a chat channel, as an integrator's chat adapter hands it over for the timeline.
 *
 * @param channel the channel it was posted in, such as {@code "#inc-42"}
 * @param id the message's id in the chat system, unique within the channel
 * @param threadParent the id of the message it replies to in a thread, if it is a threaded reply; never
 *     {@code null}
 * @param author who wrote it
 * @param postedAt when it was posted
 * @param text what it says
 * @param link a link to the message, if the chat system has one
 * @since 0.1.0
 */
public record ChatMessage(
        String channel,
        String id,
        Option<String> threadParent,
        ResponderId author,
        Instant postedAt,
        String text,
        Option<String> link) {

    /**
     * Creates a message.
     *
     * @throws NullPointerException if an argument is {@code null}
     */
    public ChatMessage {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(id, "id");
        Nulls.requireContent(threadParent, "threadParent");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(postedAt, "postedAt");
        Objects.requireNonNull(text, "text");
        Nulls.requireContent(link, "link");
    }

    /**
     * This message as any store can keep it: its channel, id, thread parent, text and link with control
     * characters and unpaired surrogates replaced and cut to the lengths the text rules allow. A message
     * that breaks the rules is kept this way in the list of what was not imported.
     *
     * @return the message to keep; this message itself when it needs no change
     */
    public ChatMessage storable() {
        ChatMessage kept = new ChatMessage(TextRules.storable(channel, TextRules.MAX_LABEL_LENGTH),
                TextRules.storable(id, 200), threadParent.map(p -> TextRules.storable(p, 200)), author, postedAt,
                TextRules.storable(text, TextRules.MAX_TEXT_LENGTH),
                link.map(l -> TextRules.storable(l, Link.MAX_REFERENCE_LENGTH)));
        return kept.equals(this) ? this : kept;
    }

    /**
     * The message's identity across channels: channel and id, in a form two different messages cannot
     * share.
     *
     * @return the key
     */
    public String key() {
        return channel.length() + ":" + channel + "/" + id;
    }

    /**
     * A message posted to the channel itself, not in a thread.
     *
     * @param channel the channel
     * @param id the message id
     * @param author the author
     * @param postedAt when posted
     * @param text the text
     * @return the message
     */
    public static ChatMessage inChannel(String channel, String id, ResponderId author, Instant postedAt, String text) {
        return new ChatMessage(channel, id, Option.none(), author, postedAt, text, Option.none());
    }

    /**
     * A reply in the thread of another message.
     *
     * @param channel the channel
     * @param id the message id
     * @param parent the id of the message replied to
     * @param author the author
     * @param postedAt when posted
     * @param text the text
     * @return the message
     */
    public static ChatMessage inThread(
            String channel, String id, String parent, ResponderId author, Instant postedAt, String text) {
        Objects.requireNonNull(parent, "parent");
        return new ChatMessage(channel, id, Option.some(parent), author, postedAt, text, Option.none());
    }
}
