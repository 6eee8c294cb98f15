package dev.incidentkit.base;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project: generated {@code Immutable*} implementations stay
 * package-private behind their abstract value type, use only the JDK at run time, and produce
 * {@code with*} copy methods.
 *
 * <p>Annotate an abstract value type with {@code @ValueStyle} and {@code @Value.Immutable}. Invariants
 * go in a {@code @Value.Check} method, which throws {@link IllegalStateException} on a programming error.
 *
 * @since 0.1.0
 */
@Target({ElementType.TYPE, ElementType.PACKAGE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
        jdkOnly = true,
        defaults = @Value.Immutable(copy = true, prehash = false),
        throwForInvalidImmutableState = IllegalStateException.class)
public @interface ValueStyle {}
