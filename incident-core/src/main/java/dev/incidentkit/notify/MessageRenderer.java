package dev.incidentkit.notify;

/**
 * Turns a message intent into text for its target's format. A secondary port: the templates module
 * implements it with canned texts; {@link PlainTextRenderer} is the fallback in core.
 *
 * <p>A renderer escapes every text that came from outside for the target's format, and never treats it
 * as template syntax.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface MessageRenderer {

    /**
     * Renders an intent.
     *
     * @param intent the intent
     * @return the text
     */
    String render(MessageIntent intent);
}
