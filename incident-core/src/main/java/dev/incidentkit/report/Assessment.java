package dev.incidentkit.report;

import dev.incidentkit.base.Nulls;
import io.vavr.collection.HashSet;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.Objects;

/**
 * The facts gathered while triaging a report, which a process's qualification rules judge: how many are
 * affected and how, whether it was reproduced, whether it is new, and the conditions of guide 004.
 *
 * <p>Unknown facts are absent or false; an assessment may be repeated as more is learned. Build one with
 * {@link #builder()}.
 *
 * @param usersAffected how many users are affected, when known
 * @param symptoms what users cannot do
 * @param reproduction whether the problem was reproduced
 * @param knownProblem whether it is a problem already known and tracked (003), when known
 * @param customerImpact whether there may be visible impact for customers (004)
 * @param secondTeamNeeded whether a second team is needed to fix it (004)
 * @param unresolvedFor how long concentrated analysis has gone on without a fix (004)
 * @param financialImpact whether there may be significant financial impact (004)
 * @since 0.1.0
 */
public record Assessment(
        Option<Integer> usersAffected,
        Set<Symptom> symptoms,
        Reproduction reproduction,
        Option<Boolean> knownProblem,
        boolean customerImpact,
        boolean secondTeamNeeded,
        Duration unresolvedFor,
        boolean financialImpact) {

    /**
     * Creates an assessment.
     *
     * @throws NullPointerException if an argument is {@code null}
     */
    public Assessment {
        Nulls.requireContent(usersAffected, "usersAffected");
        Nulls.requireElements(symptoms, "symptoms");
        Objects.requireNonNull(reproduction, "reproduction");
        Nulls.requireContent(knownProblem, "knownProblem");
        Objects.requireNonNull(unresolvedFor, "unresolvedFor");
    }

    /**
     * A builder that starts from "nothing known yet".
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds an {@link Assessment}.
     */
    public static final class Builder {
        private Option<Integer> usersAffected = Option.none();
        private Set<Symptom> symptoms = HashSet.empty();
        private Reproduction reproduction = Reproduction.NOT_TRIED;
        private Option<Boolean> knownProblem = Option.none();
        private boolean customerImpact;
        private boolean secondTeamNeeded;
        private Duration unresolvedFor = Duration.ZERO;
        private boolean financialImpact;

        private Builder() {}

        /**
         * Sets how many users are affected.
         *
         * @param count the number
         * @return this builder
         */
        public Builder usersAffected(int count) {
            this.usersAffected = Option.some(count);
            return this;
        }

        /**
         * Adds what users cannot do.
         *
         * @param observed the symptoms
         * @return this builder
         */
        public Builder symptoms(Symptom... observed) {
            Objects.requireNonNull(observed, "observed");
            this.symptoms = symptoms.addAll(HashSet.of(observed));
            return this;
        }

        /**
         * Sets whether the problem was reproduced.
         *
         * @param value the reproduction
         * @return this builder
         */
        public Builder reproduction(Reproduction value) {
            this.reproduction = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * Sets whether the problem is already known and tracked.
         *
         * @param value {@code true} if known
         * @return this builder
         */
        public Builder knownProblem(boolean value) {
            this.knownProblem = Option.some(value);
            return this;
        }

        /**
         * Marks possible visible impact for customers.
         *
         * @return this builder
         */
        public Builder customerImpact() {
            this.customerImpact = true;
            return this;
        }

        /**
         * Marks that a second team is needed.
         *
         * @return this builder
         */
        public Builder secondTeamNeeded() {
            this.secondTeamNeeded = true;
            return this;
        }

        /**
         * Sets how long concentrated analysis has gone on without a fix.
         *
         * @param value the duration
         * @return this builder
         */
        public Builder unresolvedFor(Duration value) {
            this.unresolvedFor = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * Marks possible significant financial impact.
         *
         * @return this builder
         */
        public Builder financialImpact() {
            this.financialImpact = true;
            return this;
        }

        /**
         * Builds the assessment.
         *
         * @return the assessment
         */
        public Assessment build() {
            return new Assessment(usersAffected, symptoms, reproduction, knownProblem, customerImpact,
                    secondTeamNeeded, unresolvedFor, financialImpact);
        }
    }
}
