package dev.incidentkit.examples.files;

import dev.incidentkit.incident.IncidentEvent;
import dev.incidentkit.incident.IncidentState;
import dev.incidentkit.notify.ChannelFormat;
import dev.incidentkit.templates.PostmortemReport;
import dev.incidentkit.templates.TemplateCatalogue;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Publishes the public variant of an incident report ({@link PostmortemReport.Variant#PUBLIC}: no internal names, chat or messages) as Markdown into a folder laid out as a reports repository holds them:
 * {@code <root>/<year>/<incident id>.md}, the year being the one the incident was reported in. Publishing
 * again replaces the file (a report is republished after edits); the file is written whole or not at all.
 * Thread-safe.
 *
 * @since 0.1.0
 */
public final class MarkdownReportExporter {

    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*(\\.[A-Za-z0-9_-]+)*");

    private final Path root;
    private final String baseUrl;
    private final TemplateCatalogue catalogue;
    private final ZoneId zone;

    /**
     * Creates an exporter.
     *
     * @param root the repository's folder; created when missing
     * @param baseUrl where the repository's files are read by people, ending in {@code /}, such as
     *     {@code https://github.com/org/incident-reports/blob/main/}
     * @param catalogue the templates, with the {@code postmortem-report} Markdown template
     * @param zone the time zone the report shows times in
     * @throws IllegalArgumentException if {@code baseUrl} is not an http(s) URL ending in {@code /}
     */
    public MarkdownReportExporter(Path root, String baseUrl, TemplateCatalogue catalogue, ZoneId zone) {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(catalogue, "catalogue");
        Objects.requireNonNull(zone, "zone");
        this.root = Objects.requireNonNull(root, "root");
        this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
        if (!baseUrl.matches("https?://[^\\s]+/")) {
            throw new IllegalArgumentException("the base URL must be an http(s) URL ending in '/', got " + baseUrl);
        }
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /**
     * Writes the incident's report and says where people read it.
     *
     * @param state the incident
     * @param events its events
     * @return the report's URL, or why it could not be published (an id that is no safe file name, an
     *     incident never reported, a folder that cannot be written)
     */
    public Either<String, String> publish(IncidentState state, Seq<IncidentEvent> events) {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(events, "events");
        String id = state.id().value();
        if (!FILE_NAME.matcher(id).matches()) {
            return Either.left("incident id '" + id + "' is not a safe file name; not published");
        }
        if (events.isEmpty()) {
            return Either.left("incident " + id + " has no events; there is nothing to report");
        }
        String year = String.valueOf(events.head().header().recordedAt().atZone(zone).getYear());
        // the public variant: reports are published for everyone to learn from (001)
        String markdown = PostmortemReport.render(catalogue, ChannelFormat.MARKDOWN, Locale.ENGLISH, state, events, zone,
                PostmortemReport.Variant.PUBLIC, false).getOrElse((String) null);
        if (markdown == null) {
            return Either.left("the catalogue has no Markdown postmortem-report template");
        }
        Path folder = root.resolve(year);
        Path target = folder.resolve(id + ".md");
        try {
            Files.createDirectories(folder);
            Path temp = Files.createTempFile(folder, "." + id, ".tmp");
            try {
                Files.writeString(temp, markdown.endsWith("\n") ? markdown : markdown + "\n", StandardCharsets.UTF_8);
                move(temp, target);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            return Either.left("could not write " + target + ": " + e.getMessage());
        }
        return Either.right(baseUrl + year + "/" + id + ".md");
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
