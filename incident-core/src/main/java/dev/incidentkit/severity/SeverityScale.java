package dev.incidentkit.severity;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * An ordered set of severity levels, most severe first, such as SEV1..SEV4 or P1..P5.
 *
 * <p>A scale is an immutable value. Level names are unique within a scale and are matched exactly.
 *
 * @since 0.1.0
 */
public final class SeverityScale {

    private static final SeverityScale STANDARD = SeverityScale.of("SEV1", "SEV2", "SEV3", "SEV4");
    private static final SeverityScale PRIORITIES = SeverityScale.of("P1", "P2", "P3", "P4", "P5");
    private static final SeverityScale CRITICAL_MAJOR_MINOR = SeverityScale.of("Critical", "Major", "Minor");

    private final Vector<Severity> levels;

    private SeverityScale(Vector<Severity> levels) {
        this.levels = levels;
    }

    /**
     * Builds a scale from level names, most severe first.
     *
     * @param names the level names; at least one, unique, each one non-blank line
     * @return the scale
     * @throws IllegalArgumentException if there are no names, a name repeats, or a name is invalid
     */
    public static SeverityScale of(String... names) {
        Objects.requireNonNull(names, "names");
        return of(Vector.of(names));
    }

    /**
     * Builds a scale from level names, most severe first.
     *
     * @param names the level names; at least one, unique, each one non-blank line
     * @return the scale
     * @throws IllegalArgumentException if there are no names, a name repeats, or a name is invalid
     */
    public static SeverityScale of(Iterable<String> names) {
        Vector<String> all = Vector.ofAll(Objects.requireNonNull(names, "names"));
        if (all.isEmpty()) {
            throw new IllegalArgumentException("a severity scale needs at least one level");
        }
        if (all.distinct().size() != all.size()) {
            throw new IllegalArgumentException("severity level names must be unique, got " + all.mkString(", "));
        }
        return new SeverityScale(all.zipWithIndex().map(t -> new Severity(t._1, t._2 + 1)));
    }

    /**
     * The default scale, SEV1 (most severe) to SEV4, used when a process names no other.
     *
     * @return the standard scale
     */
    public static SeverityScale standard() {
        return STANDARD;
    }

    /**
     * Priorities P1 (most severe) to P5, as paging tools name them (000 uses P1).
     *
     * @return the scale
     */
    public static SeverityScale priorities() {
        return PRIORITIES;
    }

    /**
     * Critical, Major and Minor, as guide 003 names them.
     *
     * @return the scale
     */
    public static SeverityScale criticalMajorMinor() {
        return CRITICAL_MAJOR_MINOR;
    }

    /**
     * The severity to assume when it is unclear which of several levels applies: the most severe of them
     * (004: "until you know otherwise assume the higher severity if this is unclear").
     *
     * @param candidates the levels that may apply, each of this scale; at least one
     * @return the most severe candidate
     * @throws IllegalArgumentException if there is no candidate or one is not of this scale
     */
    public Severity assumeHigher(Iterable<Severity> candidates) {
        Vector<Severity> all = Vector.ofAll(Objects.requireNonNull(candidates, "candidates"));
        if (all.isEmpty()) {
            throw new IllegalArgumentException("assume the higher of what? no candidate severity given");
        }
        all.find(s -> !contains(s)).forEach(s -> {
            throw new IllegalArgumentException(s + " is not a level of " + this);
        });
        return all.minBy(Severity::rank).get();
    }

    /**
     * The levels, most severe first.
     *
     * @return the levels; never empty
     */
    public Seq<Severity> levels() {
        return levels;
    }

    /**
     * Finds a level by its exact name.
     *
     * @param name the name
     * @return the level, or none when the scale has no level of that name
     */
    public Option<Severity> find(String name) {
        Objects.requireNonNull(name, "name");
        return levels.find(level -> level.name().equals(name));
    }

    /**
     * Finds a level by its exact name, for trusted input.
     *
     * @param name the name
     * @return the level
     * @throws IllegalArgumentException if the scale has no level of that name
     */
    public Severity get(String name) {
        return find(name).getOrElseThrow(() -> new IllegalArgumentException(
                "no severity " + name + " on the scale " + this));
    }

    /**
     * Tells whether a level belongs to this scale (same name at the same rank).
     *
     * @param severity the level
     * @return {@code true} if it is one of this scale's levels
     */
    public boolean contains(Severity severity) {
        Objects.requireNonNull(severity, "severity");
        return levels.contains(severity);
    }

    /**
     * The most severe level.
     *
     * @return the first level
     */
    public Severity mostSevere() {
        return levels.head();
    }

    /**
     * The least severe level.
     *
     * @return the last level
     */
    public Severity leastSevere() {
        return levels.last();
    }

    /**
     * Orders two levels of this scale, more severe first.
     *
     * @param a a level of this scale
     * @param b a level of this scale
     * @return a negative number if {@code a} is more severe, zero if equal, positive if less severe
     */
    public int compare(Severity a, Severity b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        return Integer.compare(a.rank(), b.rank());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SeverityScale && ((SeverityScale) other).levels.equals(levels);
    }

    @Override
    public int hashCode() {
        return levels.hashCode();
    }

    @Override
    public String toString() {
        return levels.mkString("[", " > ", "]");
    }
}
