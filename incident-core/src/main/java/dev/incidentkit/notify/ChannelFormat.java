package dev.incidentkit.notify;

/**
 * The text format a target reads, which decides how a renderer escapes untrusted text.
 *
 * @since 0.1.0
 */
public enum ChannelFormat {
    /** Plain text. */
    PLAIN_TEXT,
    /** Markdown. */
    MARKDOWN,
    /** Slack-style mrkdwn. */
    SLACK_MRKDWN,
    /** HTML. */
    HTML
}
