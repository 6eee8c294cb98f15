/**
 * Files a team keeps: {@link dev.incidentkit.examples.files.MarkdownReportExporter} publishes incident
 * reports as Markdown into a folder laid out as a reports repository holds them.
 *
 * @since 0.1.0
 */
@NullMarked
package dev.incidentkit.examples.files;

import org.jspecify.annotations.NullMarked;
