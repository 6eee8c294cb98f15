package dev.incidentkit.incident;

import dev.incidentkit.base.Nulls;
import dev.incidentkit.role.ResponderId;
import dev.incidentkit.severity.Severity;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

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
public sealed interface IncidentCommand {

    /**
     * The command's id, incident, actor and recording time.
     *
     * @return the header; never {@code null}
     */
    CommandHeader header();

    /**
     * The command's id.
     *
     * @return the id; never {@code null}
     */
    default CommandId commandId() {
        return header().commandId();
    }

    /**
     * The incident the command is about.
     *
     * @return the id; never {@code null}
     */
    default IncidentId incidentId() {
        return header().incidentId();
    }

    /**
     * Who issues the command.
     *
     * @return the actor; never {@code null}
     */
    default ResponderId actor() {
        return header().actor();
    }

    /**
     * When the command was recorded.
     *
     * @return the time; never {@code null}
     */
    default Instant recordedAt() {
        return header().recordedAt();
    }

    /**
     * The command's name as a verb for sentences, such as {@code "declare"} or {@code "change severity"}.
     *
     * @return the verb, lower case
     */
    default String verb() {
        String name = getClass().getSimpleName();
        StringBuilder verb = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c) && i > 0) {
                verb.append(' ');
            }
            verb.append(c);
        }
        return verb.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * Opens an incident in TRIAGE from a report.
     *
     * @param header the command header; never {@code null}
     * @param source where the report came from; never {@code null}
     * @param summary what was reported, one line; never {@code null}
     * @param detectedAt when the problem was brought to attention, if before the report was recorded
     *     (the alert fired at 12:42, recorded at 12:43); never {@code null}
     * @param impactStartedAt a best guess of when the impact began, if known; never {@code null}
     * @since 0.1.0
     */
    record Report(
            CommandHeader header,
            ReportSource source,
            String summary,
            Option<Instant> detectedAt,
            Option<Instant> impactStartedAt) implements IncidentCommand {
        /**
         * Creates the value.
         *
         * @param header the command header; never {@code null}
         * @param source where the report came from; never {@code null}
         * @param summary what was reported, one line; never {@code null}
         * @param detectedAt when the problem was brought to attention, if before the report was recorded (the alert fired at 12:42, recorded at 12:43); never {@code null}
         * @param impactStartedAt a best guess of when the impact began, if known; never {@code null}
         * @throws NullPointerException if an argument is {@code null}
         */
        public Report {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(summary, "summary");
            Nulls.requireContent(detectedAt, "detectedAt");
            Nulls.requireContent(impactStartedAt, "impactStartedAt");
        }

        /**
         * A report detected when it is recorded, with no guess at the start of impact.
         *
         * @param header the command header; never {@code null}
         * @param source where it came from; never {@code null}
         * @param summary what was reported; never {@code null}
         * @return the command
         */
        public static Report of(CommandHeader header, ReportSource source, String summary) {
            return new Report(header, source, summary, Option.none(), Option.none());
        }
    }

    /**
     * Declares a reported incident: TRIAGE to DECLARED.
     *
     * @param header the command header; never {@code null}
     * @param title a short descriptive title, one line; never {@code null}
     * @param severity the initial severity, a level of the process's scale; never {@code null}
     * @param impact who is affected and how; never {@code null}
     * @param impactedService the service that is affected, one line; never {@code null}
     * @param impactStartedAt a best guess of when the impact began, if known; never {@code null}
     * @since 0.1.0
     */
    record Declare(
            CommandHeader header,
            String title,
            Severity severity,
            Impact impact,
            String impactedService,
            Option<Instant> impactStartedAt) implements IncidentCommand {
        /**
         * Creates the value.
         *
         * @param header the command header; never {@code null}
         * @param title a short descriptive title, one line; never {@code null}
         * @param severity the initial severity, a level of the process's scale; never {@code null}
         * @param impact who is affected and how; never {@code null}
         * @param impactedService the service that is affected, one line; never {@code null}
         * @param impactStartedAt a best guess of when the impact began, if known; never {@code null}
         * @throws NullPointerException if an argument is {@code null}
         */
        public Declare {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(severity, "severity");
            Objects.requireNonNull(impact, "impact");
            Objects.requireNonNull(impactedService, "impactedService");
            Nulls.requireContent(impactStartedAt, "impactStartedAt");
        }

        /**
         * A declaration with no guess at the start of impact.
         *
         * @param header the command header; never {@code null}
         * @param title the title; never {@code null}
         * @param severity the initial severity; never {@code null}
         * @param impact the impact; never {@code null}
         * @param impactedService the affected service; never {@code null}
         * @return the command
         */
        public static Declare of(
                CommandHeader header, String title, Severity severity, Impact impact, String impactedService) {
            return new Declare(header, title, severity, impact, impactedService, Option.none());
        }
    }

    /**
     * Assesses a report in TRIAGE as not an incident and routes it elsewhere: TRIAGE to DECLINED.
     * The reporter is to be told where it went and how to report next time.
     *
     * @param header the command header; never {@code null}
     * @param reason why it is not an incident; never {@code null}
     * @param route where it goes instead; never {@code null}
     * @since 0.1.0
     */
    record Decline(CommandHeader header, String reason, DeclineRoute route) implements IncidentCommand {
        /**
         * Creates the value.
         *
         * @param header the command header; never {@code null}
         * @param reason why it is not an incident; never {@code null}
         * @param route where it goes instead; never {@code null}
         * @throws NullPointerException if an argument is {@code null}
         */
        public Decline {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(route, "route");
        }
    }

    /**
     * Records or revises the best guess of when the impact began. Allowed until the incident is
     * closed, declined, canceled or merged.
     *
     * @param header the command header; never {@code null}
     * @param startedAt when the impact began, not after the command is recorded; never {@code null}
     * @since 0.1.0
     */
    record EstimateImpactStart(CommandHeader header, Instant startedAt) implements IncidentCommand {
        /**
         * Creates the value.
         *
         * @param header the command header; never {@code null}
         * @param startedAt when the impact began, not after the command is recorded; never {@code null}
         * @throws NullPointerException if an argument is {@code null}
         */
        public EstimateImpactStart {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(startedAt, "startedAt");
        }
    }

    /**
     * Changes the severity of a declared incident. Lowering it needs a reason.
     *
     * @param header the command header; never {@code null}
     * @param severity the new severity, a level of the process's scale; never {@code null}
     * @param reason why it changes; required when the new level is less severe; never {@code null}
     * @since 0.1.0
     */
    record ChangeSeverity(CommandHeader header, Severity severity, Option<String> reason) implements IncidentCommand {
        /**
         * Creates the value.
         *
         * @param header the command header; never {@code null}
         * @param severity the new severity, a level of the process's scale; never {@code null}
         * @param reason why it changes; required when the new level is less severe; never {@code null}
         * @throws NullPointerException if an argument is {@code null}
         */
        public ChangeSeverity {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(severity, "severity");
            Nulls.requireContent(reason, "reason");
        }
    }

    /**
     * Posts a status update. Progress updates are posted while the incident is open; once it is
     * RESOLVED only the resolution notice.
     *
     * @param header the command header; never {@code null}
     * @param kind progress or resolution notice; never {@code null}
     * @param audience who it is for; never {@code null}
     * @param text what it says; never {@code null}
     * @param nextUpdateBy when the next update will come, after the command is recorded; required for a
     *     progress update, none for a resolution notice; never {@code null}
     * @since 0.1.0
     */
    record PostUpdate(
            CommandHeader header,
            UpdateKind kind,
            Audience audience,
            String text,
            Option<Instant> nextUpdateBy) implements IncidentCommand {
        /**
         * Creates the value.
         *
         * @param header the command header; never {@code null}
         * @param kind progress or resolution notice; never {@code null}
         * @param audience who it is for; never {@code null}
         * @param text what it says; never {@code null}
         * @param nextUpdateBy when the next update will come, after the command is recorded; none for a resolution notice; never {@code null}
         * @throws NullPointerException if an argument is {@code null}
         */
        public PostUpdate {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(audience, "audience");
            Objects.requireNonNull(text, "text");
            Nulls.requireContent(nextUpdateBy, "nextUpdateBy");
        }

        /**
         * A progress update that promises the next one by a time.
         *
         * @param header the command header; never {@code null}
         * @param audience who it is for; never {@code null}
         * @param text what it says; never {@code null}
         * @param nextUpdateBy when the next update will come; never {@code null}
         * @return the command
         */
        public static PostUpdate progress(CommandHeader header, Audience audience, String text, Instant nextUpdateBy) {
            return new PostUpdate(header, UpdateKind.PROGRESS, audience, text, Option.some(nextUpdateBy));
        }

        /**
         * A resolution notice.
         *
         * @param header the command header; never {@code null}
         * @param audience who it is for; never {@code null}
         * @param text what it says; never {@code null}
         * @return the command
         */
        public static PostUpdate resolution(CommandHeader header, Audience audience, String text) {
            return new PostUpdate(header, UpdateKind.RESOLUTION, audience, text, Option.none());
        }
    }

    /**
     * Links the incident to an outside place: its channel, a ticket, the paging incident, a status
     * page incident, a conference room. Allowed until the incident is closed, declined, canceled or
     * merged.
     *
     * @param header the command header; never {@code null}
     * @param link the link; never {@code null}
     * @since 0.1.0
     */
    record AddLink(CommandHeader header, Link link) implements IncidentCommand {
        /**
         * Creates the value.
         *
         * @param header the command header; never {@code null}
         * @param link the link; never {@code null}
         * @throws NullPointerException if an argument is {@code null}
         */
        public AddLink {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(link, "link");
        }
    }

    /**
     * Records that the bleeding has stopped while the team keeps watching: DECLARED to MITIGATED.
     *
     * @param header the command header; never {@code null}
     * @param note what stopped it; never {@code null}
     * @param occurredAt when it stopped, if before the command is recorded; never {@code null}
     * @since 0.1.0
     */
    record Mitigate(CommandHeader header, String note, Option<Instant> occurredAt) implements IncidentCommand {
        /**
         * Creates the value.
         *
         * @param header the command header; never {@code null}
         * @param note what stopped it; never {@code null}
         * @param occurredAt when it stopped, if before the command is recorded; never {@code null}
         * @throws NullPointerException if an argument is {@code null}
         */
        public Mitigate {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(note, "note");
            Nulls.requireContent(occurredAt, "occurredAt");
        }
    }

    /**
     * Records that the incident is fixed and how the fix was verified: DECLARED or MITIGATED to RESOLVED.
     *
     * @param header the command header; never {@code null}
     * @param verification how the fix was verified; never {@code null}
     * @param occurredAt when it was fixed, if before the command is recorded; never {@code null}
     * @since 0.1.0
     */
    record Resolve(CommandHeader header, String verification, Option<Instant> occurredAt) implements IncidentCommand {
        /**
         * Creates the value.
         *
         * @param header the command header; never {@code null}
         * @param verification how the fix was verified; never {@code null}
         * @param occurredAt when it was fixed, if before the command is recorded; never {@code null}
         * @throws NullPointerException if an argument is {@code null}
         */
        public Resolve {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(verification, "verification");
            Nulls.requireContent(occurredAt, "occurredAt");
        }
    }

    /**
     * Reopens a mitigated or resolved incident, for example on a new report of the same problem:
     * MITIGATED or RESOLVED to DECLARED. The earlier mitigation and resolution stay in the history.
     *
     * @param header the command header; never {@code null}
     * @param reason why it is reopened; never {@code null}
     * @since 0.1.0
     */
    record Reopen(CommandHeader header, String reason) implements IncidentCommand {
        /**
         * Creates the value.
         *
         * @param header the command header; never {@code null}
         * @param reason why it is reopened; never {@code null}
         * @throws NullPointerException if an argument is {@code null}
         */
        public Reopen {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * Cancels an open incident assessed as not qualifying: TRIAGE, DECLARED or MITIGATED to CANCELED.
     *
     * @param header the command header; never {@code null}
     * @param reason why it does not qualify; never {@code null}
     * @since 0.1.0
     */
    record Cancel(CommandHeader header, String reason) implements IncidentCommand {
        /**
         * Creates the value.
         *
         * @param header the command header; never {@code null}
         * @param reason why it does not qualify; never {@code null}
         * @throws NullPointerException if an argument is {@code null}
         */
        public Cancel {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * Folds an open incident into another that carries on: TRIAGE, DECLARED or MITIGATED to MERGED.
     *
     * @param header the command header; never {@code null}
     * @param into the incident that carries on; not this one; never {@code null}
     * @since 0.1.0
     */
    record Merge(CommandHeader header, IncidentId into) implements IncidentCommand {
        /**
         * Creates the value.
         *
         * @param header the command header; never {@code null}
         * @param into the incident that carries on; not this one; never {@code null}
         * @throws NullPointerException if an argument is {@code null}
         */
        public Merge {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(into, "into");
        }
    }

    /**
     * Closes a resolved incident: RESOLVED to CLOSED.
     *
     * @param header the command header; never {@code null}
     * @since 0.1.0
     */
    record Close(CommandHeader header) implements IncidentCommand {
        /**
         * Creates the value.
         *
         * @param header the command header; never {@code null}
         * @throws NullPointerException if {@code header} is {@code null}
         */
        public Close {
            Objects.requireNonNull(header, "header");
        }
    }
}
