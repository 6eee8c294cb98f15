package dev.incidentkit.role;

import dev.incidentkit.base.Nulls;
import dev.incidentkit.base.TextRules;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * A role in the incident response team: a stable key, a name for people, how many may hold it, and,
 * for a role that may be vacant, the role whose holder does its work meanwhile.
 *
 * <p>The guides' roles are constants here; a process may define its own roles with
 * {@link #of(String, String, Cardinality)}. Roles are equal when their keys are equal, so a process
 * may rename a role (001 says "External Liaison") and still match events recorded under another name.
 * The behaviours the guides attach to the commander, investigator, liaison, experts and technology lead
 * follow the built-in keys.
 *
 * @param key a stable identifier such as {@code "incident-commander"}
 * @param name the name people use, such as "Incident Commander"
 * @param cardinality how many may hold it
 * @param coveredBy the key of the role whose holder does this role's work while it is vacant, such as
 *     the commander for the liaison
 * @since 0.1.0
 */
public record Role(String key, String name, Cardinality cardinality, Option<String> coveredBy) {

    /**
     * The Incident Commander: plans and delegates, is the source of truth about the incident, and is
     * not expected to take actions themselves (001, 004). Exactly one from declaration on.
     */
    public static final Role INCIDENT_COMMANDER =
            of("incident-commander", "Incident Commander", Cardinality.EXACTLY_ONE);

    /**
     * The Investigator: owns the diagnosis and resolution of the symptoms (004). One named
     * investigator from declaration on.
     */
    public static final Role INVESTIGATOR = of("investigator", "Investigator", Cardinality.EXACTLY_ONE);

    /**
     * The Communications Liaison (001 says External Liaison): communicates with external stakeholders.
     * While vacant the Incident Commander is the liaison (001).
     */
    public static final Role COMMUNICATIONS_LIAISON = new Role("communications-liaison",
            "Communications Liaison", Cardinality.AT_MOST_ONE, Option.some(INCIDENT_COMMANDER.key()));

    /** A Subject Matter Expert, pulled in as needed to take actions as directed (001). */
    public static final Role SUBJECT_MATTER_EXPERT =
            of("subject-matter-expert", "Subject Matter Expert", Cardinality.ANY);

    /** A Support Triager: the first line that receives and triages reports (001). */
    public static final Role SUPPORT_TRIAGER = of("support-triager", "Support Triager", Cardinality.ANY);

    /**
     * The Technology Lead: validates and reviews actions, is empowered to delegate, and is always
     * included as a Subject Matter Expert (000, 001).
     */
    public static final Role TECHNOLOGY_LEAD = of("technology-lead", "Technology Lead", Cardinality.AT_MOST_ONE);

    /**
     * Creates a role.
     *
     * @throws NullPointerException if an argument is {@code null}
     * @throws IllegalArgumentException if the key or name is invalid, or a required role names a cover
     */
    public Role {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(cardinality, "cardinality");
        Nulls.requireContent(coveredBy, "coveredBy");
        TextRules.requireNone(TextRules.identifierProblem("a role key", key, 64)
                .orElse(() -> TextRules.labelProblem("a role name", name)));
        if (coveredBy.isDefined() && cardinality.isRequired()) {
            throw new IllegalArgumentException("role " + key + " is never vacant, so nothing covers it");
        }
    }

    /**
     * A role that nobody covers while vacant.
     *
     * @param key a stable identifier
     * @param name the name people use
     * @param cardinality how many may hold it
     * @return the role
     */
    public static Role of(String key, String name, Cardinality cardinality) {
        return new Role(key, name, cardinality, Option.none());
    }

    /**
     * The six roles of the guides, commander first.
     *
     * @return the built-in roles
     */
    public static List<Role> builtIns() {
        return List.of(INCIDENT_COMMANDER, INVESTIGATOR, COMMUNICATIONS_LIAISON, SUBJECT_MATTER_EXPERT,
                SUPPORT_TRIAGER, TECHNOLOGY_LEAD);
    }

    /**
     * Tells whether another role has the same key.
     *
     * @param other the other object; may be {@code null}
     * @return {@code true} for a role with the same key
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof Role && ((Role) other).key.equals(key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
