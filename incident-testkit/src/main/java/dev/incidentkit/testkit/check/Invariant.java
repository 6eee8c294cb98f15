package dev.incidentkit.testkit.check;

import io.vavr.control.Option;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A rule that must hold after every step of every command sequence: a name, a sentence saying what it
 * means, and a check of one {@link Transition}.
 *
 * <p>A check looks at one step (the command, the state before and after, the events, the whole history
 * so far) and returns none when the rule holds or a sentence saying what broke it. A check must be a
 * pure function of the transition; the model check calls it after every step, including the steps of
 * shrunk sequences. Build one with {@link #of(String, String, Function)}; pick standard ones from
 * {@link Invariants}.
 *
 * @since 0.1.0
 */
public interface Invariant {

    /**
     * A short name, such as "replay equals live", used in failure reports.
     *
     * @return the name
     */
    String name();

    /**
     * What the invariant means, in a sentence or two.
     *
     * @return the description
     */
    String description();

    /**
     * Checks one step.
     *
     * @param step the step
     * @return none when the invariant holds, otherwise what broke it
     */
    Option<String> check(Transition step);

    /**
     * Creates an invariant from a check.
     *
     * @param name a short name
     * @param description what it means
     * @param check the check, none when it holds
     * @return the invariant
     */
    static Invariant of(String name, String description, Function<Transition, Option<String>> check) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(check, "check");
        return new Invariant() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String description() {
                return description;
            }

            @Override
            public Option<String> check(Transition step) {
                return check.apply(step);
            }

            @Override
            public String toString() {
                return "Invariant[" + name + "]";
            }
        };
    }

    /**
     * A helper for checks: none when the condition holds, the sentence otherwise.
     *
     * @param condition whether the rule holds
     * @param otherwise what broke it, computed only when it did not
     * @return none, or the sentence
     */
    static Option<String> require(boolean condition, Supplier<String> otherwise) {
        Objects.requireNonNull(otherwise, "otherwise");
        return condition ? Option.none() : Option.some(otherwise.get());
    }
}
