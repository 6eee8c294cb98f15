/**
 * The canned messages of the guides and the postmortem report, as Mustache templates rendered safely for
 * every channel format: a {@link dev.incidentkit.templates.TemplateCatalogue} (built-in English and German
 * texts, overridable from a directory or the classpath, checked when loaded), the
 * {@link dev.incidentkit.templates.TemplateRenderer} that implements the desk's
 * {@link dev.incidentkit.notify.MessageRenderer} port, and {@link dev.incidentkit.templates.PostmortemReport}.
 *
 * <p>Text in a model is always data: it is escaped for the target format with
 * {@link dev.incidentkit.notify.SafeText} before a template sees it, and never read as template syntax.
 *
 * <p>Said once for the whole package: nothing here takes or returns {@code null} unless marked
 * {@code @Nullable} (an absent value is an {@code Option}), and every member is available since the
 * version below unless it says otherwise.
 *
 * @since 0.1.0
 */
@NullMarked
package dev.incidentkit.templates;

import org.jspecify.annotations.NullMarked;
