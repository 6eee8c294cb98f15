/**
 * Files a team keeps: {@link dev.incidentkit.examples.files.MarkdownReportExporter} publishes incident
 * reports as Markdown into a folder laid out as a reports repository holds them.
 *
 * <p>Said once for the whole package: nothing here takes or returns {@code null} unless marked
 * {@code @Nullable} (an absent value is an {@code Option}), and every member is available since the
 * version below unless it says otherwise.
 *
 * @since 0.1.0
 */
@NullMarked
package dev.incidentkit.examples.files;

import org.jspecify.annotations.NullMarked;
