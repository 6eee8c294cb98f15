package dev.incidentkit.base;

import io.vavr.control.Option;
import java.util.Objects;

/**
 * Null checks that look inside containers: Vavr accepts {@code Option.some(null)} and {@code null}
 * elements, which the library's values never hold. Constructors use these so that a {@code null}
 * fails where it is made, not later inside a decision.
 *
 * @since 0.1.0
 */
public final class Nulls {

    private Nulls() {}

    /**
     * Checks an option and its content.
     *
     * @param <T> the content type
     * @param option the option; must not be {@code null} nor {@code Some(null)}
     * @param name the parameter's name, for the message
     * @return {@code option}
     * @throws NullPointerException if the option or its content is {@code null}
     */
    public static <T> Option<T> requireContent(Option<T> option, String name) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(option, name);
        if (option.isDefined() && option.get() == null) {
            throw new NullPointerException(name + " is Some(null)");
        }
        return option;
    }

    /**
     * Checks a collection and its elements.
     *
     * @param <C> the collection type
     * @param elements the collection; must not be {@code null} nor hold {@code null}
     * @param name the parameter's name, for the message
     * @return {@code elements}
     * @throws NullPointerException if the collection or one of its elements is {@code null}
     */
    public static <C extends Iterable<?>> C requireElements(C elements, String name) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(elements, name);
        for (Object element : elements) {
            if (element == null) {
                throw new NullPointerException(name + " holds null");
            }
        }
        return elements;
    }
}
