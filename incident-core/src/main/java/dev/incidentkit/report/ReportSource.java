package dev.incidentkit.report;

import dev.incidentkit.base.Nulls;
import dev.incidentkit.base.TextRules;
import dev.incidentkit.role.ResponderId;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * Where a report came from: a paging alert, a support ticket, a message in a chat channel, or a person
 * by hand. The source decides how a report is validated (an alert tagged {@code take immediate action}
 * is an outage; a support ticket must be reproduced first).
 *
 * <p>The texts inside a source come from outside; the decider checks them when the report arrives.
 *
 * @since 0.1.0
 */
public sealed interface ReportSource {

    /** The tag that marks a paging alert as definitely an outage (guide 000). */
    String TAKE_IMMEDIATE_ACTION = "take immediate action";

    /**
     * The person who reported the problem and is to be told what became of it (for example where a
     * declined report went and how to report next time), when the source names one.
     *
     * @return the reporter; none for an automated alert
     */
    default Option<ResponderId> namedReporter() {
        if (this instanceof SupportTicket) {
            return Option.some(((SupportTicket) this).reporter());
        }
        if (this instanceof ChatReport) {
            return Option.some(((ChatReport) this).reporter());
        }
        if (this instanceof Manual) {
            return Option.some(((Manual) this).reporter());
        }
        return Option.none();
    }

    /**
     * What is wrong with the texts of this source, if anything: an alert name, tag, external id,
     * ticket reference or chat channel that is not a one-line label, or a chat message link that is
     * not an http(s) URL. A report and its stored event refuse a source with a problem.
     *
     * @return the problem in words, or none
     */
    default Option<String> textProblem() {
        if (this instanceof PagingAlert alert) {
            Option<String> name = TextRules.labelProblem("the alert name", alert.alertName());
            if (name.isDefined()) {
                return name;
            }
            for (String tag : alert.tags()) {
                Option<String> problem = TextRules.labelProblem("an alert tag", tag);
                if (problem.isDefined()) {
                    return problem;
                }
            }
            return alert.externalId().flatMap(id -> TextRules.labelProblem("the alert's external id", id));
        }
        if (this instanceof SupportTicket ticket) {
            return TextRules.labelProblem("the ticket reference", ticket.reference());
        }
        if (this instanceof ChatReport chat) {
            return TextRules.labelProblem("the chat channel", chat.channel())
                    .orElse(() -> chat.messageLink().flatMap(link -> TextRules.urlProblem(link))
                            .map(p -> "the message link: " + p));
        }
        return Option.none();
    }

    /**
     * An automated alert from a paging or monitoring system.
     *
     * @param alertName the alert's name, one line
     * @param tags the alert's tags, such as {@value ReportSource#TAKE_IMMEDIATE_ACTION}
     * @param externalId the alert's or paging incident's id in that system, if known
     */
    record PagingAlert(String alertName, Set<String> tags, Option<String> externalId) implements ReportSource {
        /**
         * Creates the value.
         *
         * @throws NullPointerException if an argument is {@code null}
         */
        public PagingAlert {
            Objects.requireNonNull(alertName, "alertName");
            Nulls.requireElements(tags, "tags");
            Nulls.requireContent(externalId, "externalId");
        }

        /**
         * Tells whether the alert carries the given tag. Tags are compared without regard to case, as
         * people type them; the tag set itself keeps them as the alerting system sent them.
         *
         * @param tag the tag
         * @return {@code true} if one of the alert's tags matches
         */
        public boolean hasTag(String tag) {
            Objects.requireNonNull(tag, "tag");
            return tags.exists(t -> t.equalsIgnoreCase(tag));
        }
    }

    /**
     * A ticket from the support desk, opened by a community representative or customer.
     *
     * @param reference the ticket's reference, such as {@code "FD-4711"}, one line
     * @param reporter who opened the ticket
     */
    record SupportTicket(String reference, ResponderId reporter) implements ReportSource {
        /**
         * Creates the value.
         *
         * @throws NullPointerException if an argument is {@code null}
         */
        public SupportTicket {
            Objects.requireNonNull(reference, "reference");
            Objects.requireNonNull(reporter, "reporter");
        }
    }

    /**
     * A message raised in a chat channel such as {@code #incidents}.
     *
     * @param channel the channel's name or id, one line
     * @param reporter who wrote the message
     * @param messageLink a link to the message, if known
     */
    record ChatReport(String channel, ResponderId reporter, Option<String> messageLink) implements ReportSource {
        /**
         * Creates the value.
         *
         * @throws NullPointerException if an argument is {@code null}
         */
        public ChatReport {
            Objects.requireNonNull(channel, "channel");
            Objects.requireNonNull(reporter, "reporter");
            Nulls.requireContent(messageLink, "messageLink");
        }
    }

    /**
     * A report entered by hand, for example by an engineer who noticed something.
     *
     * @param reporter who reported it
     */
    record Manual(ResponderId reporter) implements ReportSource {
        /**
         * Creates the value.
         *
         * @throws NullPointerException if {@code reporter} is {@code null}
         */
        public Manual {
            Objects.requireNonNull(reporter, "reporter");
        }
    }

    /**
     * A paging alert.
     *
     * @param alertName the alert's name
     * @param tags the alert's tags
     * @return the source, with no external id
     */
    static PagingAlert pagingAlert(String alertName, String... tags) {
        Objects.requireNonNull(tags, "tags");
        return new PagingAlert(alertName, io.vavr.collection.LinkedHashSet.of(tags), Option.none());
    }

    /**
     * A support ticket.
     *
     * @param reference the ticket's reference
     * @param reporter who opened it
     * @return the source
     */
    static SupportTicket supportTicket(String reference, ResponderId reporter) {
        return new SupportTicket(reference, reporter);
    }

    /**
     * A chat report without a message link.
     *
     * @param channel the channel
     * @param reporter who raised it
     * @return the source
     */
    static ChatReport chat(String channel, ResponderId reporter) {
        return new ChatReport(channel, reporter, Option.none());
    }

    /**
     * A report by hand.
     *
     * @param reporter who reported it
     * @return the source
     */
    static Manual manual(ResponderId reporter) {
        return new Manual(reporter);
    }
}
