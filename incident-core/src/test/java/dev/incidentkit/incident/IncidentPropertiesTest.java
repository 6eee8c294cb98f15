package dev.incidentkit.incident;

import static dev.incidentkit.incident.IncidentFixtures.DECIDER;
import static dev.incidentkit.incident.IncidentFixtures.INC;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.vavr.collection.List;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * Properties of the decider over random command sequences, valid and invalid mixed. Each check runs
 * after every step, so a failure shrinks to the shortest history that breaks it.
 */
class IncidentPropertiesTest {

    private static final int EXAMPLES = 1_500;
    private static final int COVERAGE_EXAMPLES = 2_000;
    /** A seed whose scripts are known to reach every status and rejection; change it if the generator changes. */
    private static final long COVERAGE_SEED = 20261123L;
    private static final int MAX_COMMANDS = 60;
    private static final List<Milestone> WRITE_ONCE =
            List.of(Milestone.DETECTED, Milestone.REPORTED, Milestone.DECLARED, Milestone.CLOSED);

    @Test
    void should_keep_every_lifecycle_invariant_over_random_command_sequences() {
        qt().withExamples(EXAMPLES)
                .forAll(CommandScript.scripts(MAX_COMMANDS).describedAs(IncidentPropertiesTest::history))
                .checkAssert(Run::of);
    }

    @Test
    void should_reach_every_status_and_every_rejection_so_that_the_properties_prove_something() {
        Set<IncidentStatus> reached = ConcurrentHashMap.newKeySet();
        Set<RejectionCode> seen = ConcurrentHashMap.newKeySet();
        Set<dev.incidentkit.postmortem.PostmortemStatus> reports = ConcurrentHashMap.newKeySet();

        // a fixed seed, so that this check of the generator's reach never depends on luck; the invariants
        // are checked on these scripts too
        qt().withFixedSeed(COVERAGE_SEED).withExamples(COVERAGE_EXAMPLES)
                .forAll(CommandScript.scripts(MAX_COMMANDS).describedAs(IncidentPropertiesTest::history))
                .checkAssert(steps -> {
                    Run run = Run.of(steps);
                    run.statuses.forEach(reached::add);
                    run.rejections.forEach(seen::add);
                    CommandScript.play(steps, DECIDER).forEach(played -> played.outcome()
                            .forEach(d -> d.state().postmortem().forEach(pm -> reports.add(pm.status()))));
                });

        EnumSet<dev.incidentkit.postmortem.PostmortemStatus> unwritten =
                EnumSet.allOf(dev.incidentkit.postmortem.PostmortemStatus.class);
        unwritten.removeAll(reports);
        assertTrue(unwritten.isEmpty(), "the generator never took a report to " + unwritten);
        EnumSet<IncidentStatus> unreached = EnumSet.allOf(IncidentStatus.class);
        unreached.removeAll(reached);
        EnumSet<RejectionCode> unseen = EnumSet.allOf(RejectionCode.class);
        unseen.removeAll(seen);
        assertTrue(unreached.isEmpty(), "the generator never reached " + unreached);
        assertTrue(unseen.isEmpty(), "the generator never provoked " + unseen);
    }

    /** The history a script makes, command by command with what became of each, for failure reports. */
    static String history(java.util.List<CommandScript.Step> steps) {
        return CommandScript.play(steps, DECIDER).map(played -> "  " + played.command().commandId() + " "
                + played.command().verb() + " by " + played.command().actor() + " at "
                + played.command().recordedAt() + ": " + played.command() + "\n    -> "
                + played.outcome().fold(Rejection::toString, d -> d.events().isEmpty() ? "no events (repeated id)"
                        : d.events().map(e -> e.getClass().getSimpleName()).mkString(", ")))
                .mkString("\n", "\n", "\n");
    }

    /** One run of a script through the decider, checking every property after every step. */
    private static final class Run {
        final Vector<IncidentStatus> statuses;
        final Vector<RejectionCode> rejections;

        private Run(Vector<IncidentStatus> statuses, Vector<RejectionCode> rejections) {
            this.statuses = statuses;
            this.rejections = rejections;
        }

        static Run of(java.util.List<CommandScript.Step> steps) {
            IncidentState state = IncidentState.empty(INC);
            Vector<IncidentEvent> stream = Vector.empty();
            Vector<IncidentStatus> statuses = Vector.empty();
            Vector<RejectionCode> rejections = Vector.empty();
            io.vavr.collection.Set<CommandId> accepted = io.vavr.collection.HashSet.empty();
            for (CommandScript.Played played : CommandScript.play(steps, DECIDER)) {
                IncidentCommand command = played.command();
                Either<Rejection, Decision> outcome = played.outcome();
                assertEquals(state, played.before(), "the script must play against the state the run holds");
                String step = "step " + command.commandId() + " (" + command.verb() + ")";

                assertEquals(outcome, DECIDER.apply(command, state), step + ": deciding must be deterministic");
                if (accepted.contains(command.commandId())) {
                    assertTrue(outcome.isRight() && outcome.get().events().isEmpty(),
                            step + ": a command id already applied must add nothing, got " + outcome);
                }
                if (outcome.isLeft()) {
                    rejections = rejections.append(outcome.getLeft().code());
                    assertTrue(outcome.getLeft().message().startsWith("cannot " + command.verb() + ": "), step);
                    assertEquals(state, DECIDER.replay(INC, stream), step + ": a rejection must change nothing");
                    continue;
                }
                if (!outcome.get().events().isEmpty()) {
                    accepted = accepted.add(command.commandId());
                }
                IncidentState after = outcome.get().state();
                Vector<IncidentEvent> added = Vector.ofAll(outcome.get().events());
                checkStep(step, state, after, added, command);
                RoleProperties.check(step, state, after, added, command);
                ObligationProperties.check(step, DECIDER.process(), state, after, stream.appendAll(added), added,
                        command.recordedAt());
                checkTimeline(step, stream.appendAll(added), command, after);
                stream = stream.appendAll(added);
                state = after;
                statuses = statuses.appendAll(state.status());

                assertEquals(state, DECIDER.replay(INC, stream), step + ": replay must equal live handling");
            }
            for (int i = 0; i < stream.size(); i++) {
                assertEquals(i + 1, stream.get(i).sequence(), "sequence numbers must be contiguous from 1");
            }
            checkHistoryIsInOrder(stream);
            return new Run(statuses, rejections);
        }

        /** Reviewed only after RESOLVED and a review, published only after Reviewed, closed only once published. */
        private static void checkPostmortemOrder(String step, IncidentState before, Vector<IncidentEvent> added) {
            Option<dev.incidentkit.postmortem.PostmortemStatus> pm = before.postmortem().map(p -> p.status());
            for (IncidentEvent event : added) {
                if (event instanceof IncidentEvent.PostmortemStarted) {
                    assertEquals(Option.some(IncidentStatus.RESOLVED), before.status(), step + ": postmortem before resolution");
                }
                if (event instanceof IncidentEvent.MarkedReviewed) {
                    assertEquals(Option.some(dev.incidentkit.postmortem.PostmortemStatus.IN_REVIEW), pm, step);
                    assertTrue(!before.postmortem().get().reviews().isEmpty(), step + ": reviewed without a review");
                }
                if (event instanceof IncidentEvent.PostmortemPublished) {
                    assertEquals(Option.some(dev.incidentkit.postmortem.PostmortemStatus.REVIEWED), pm,
                            step + ": published before reviewed");
                }
                if (event instanceof IncidentEvent.Closed && before.isIn(IncidentStatus.IN_REVIEW)) {
                    assertEquals(Option.some(dev.incidentkit.postmortem.PostmortemStatus.PUBLISHED), pm,
                            step + ": closed before the report was published");
                }
            }
        }

        /**
         * The timeline is sorted, holds every event's entries exactly once, and importing the same chat
         * messages again changes nothing.
         */
        private static void checkTimeline(String step, Vector<IncidentEvent> stream, IncidentCommand command,
                IncidentState after) {
            io.vavr.collection.Seq<dev.incidentkit.timeline.TimelineEntry> timeline =
                    dev.incidentkit.timeline.Timeline.of(stream);
            for (int i = 1; i < timeline.size(); i++) {
                assertTrue(!timeline.get(i).occurredAt().isBefore(timeline.get(i - 1).occurredAt()),
                        step + ": the timeline must be sorted");
            }
            io.vavr.collection.Seq<dev.incidentkit.timeline.TimelineEntry> expected = stream.flatMap(e ->
                    TimelineEntries.of(e));
            assertEquals(expected.groupBy(x -> x).mapValues(io.vavr.collection.Traversable::size),
                    timeline.groupBy(x -> x).mapValues(io.vavr.collection.Traversable::size),
                    step + ": every event's entries exactly once");
            assertTrue(stream.forAll(e -> e instanceof IncidentEvent.ChatImported || !TimelineEntries.of(e).isEmpty()),
                    step + ": every event but a chat import shows in the timeline");
            if (command instanceof IncidentCommand.ImportChat) {
                IncidentCommand.ImportChat again = new IncidentCommand.ImportChat(CommandHeader.of(
                        CommandId.of(command.commandId() + "-again"), INC, command.actor(), command.recordedAt()),
                        ((IncidentCommand.ImportChat) command).source(), ((IncidentCommand.ImportChat) command).messages());
                assertTrue(DECIDER.decide(again, after).exists(io.vavr.collection.Seq::isEmpty),
                        step + ": importing the same messages again must change nothing");
            }
        }

        /**
         * The order of milestones, checked on the whole event history with the test's own reading of
         * the guides rather than the production table: detected, reported, declared, then per round
         * (re)opened, mitigated, resolved; closed last; every guess at the impact start before every
         * mitigation and resolution, earlier rounds included.
         */
        private static void checkHistoryIsInOrder(Vector<IncidentEvent> stream) {
            Vector<Instant> impactGuesses = Vector.empty();
            Vector<Instant> recoveries = Vector.empty();
            Instant roundStart = null;
            Instant lastMitigated = null;
            Instant lastResolved = null;
            for (IncidentEvent event : stream) {
                Instant at = event.header().effectiveAt();
                String where = "event " + event.sequence() + " (" + event.getClass().getSimpleName() + ")";
                if (event instanceof IncidentEvent.Reported) {
                    assertTrue(!at.isAfter(event.header().recordedAt()), where + ": detected after reported");
                    impactGuesses = impactGuesses.appendAll(((IncidentEvent.Reported) event).impactStartedAt());
                } else if (event instanceof IncidentEvent.Declared) {
                    roundStart = at;
                    impactGuesses = impactGuesses.appendAll(((IncidentEvent.Declared) event).impactStartedAt());
                } else if (event instanceof IncidentEvent.ImpactStartEstimated) {
                    impactGuesses = impactGuesses.append(((IncidentEvent.ImpactStartEstimated) event).startedAt());
                } else if (event instanceof IncidentEvent.Reopened) {
                    roundStart = at;
                    lastMitigated = null;
                } else if (event instanceof IncidentEvent.Mitigated) {
                    assertTrue(roundStart != null && !at.isBefore(roundStart), where + ": mitigated before its round");
                    lastMitigated = at;
                    recoveries = recoveries.append(at);
                } else if (event instanceof IncidentEvent.Resolved) {
                    assertTrue(roundStart != null && !at.isBefore(roundStart), where + ": resolved before its round");
                    assertTrue(lastMitigated == null || !at.isBefore(lastMitigated), where + ": resolved before mitigated");
                    lastResolved = at;
                    recoveries = recoveries.append(at);
                } else if (event instanceof IncidentEvent.Closed) {
                    assertTrue(lastResolved != null && !at.isBefore(lastResolved), where + ": closed before resolved");
                }
            }
            for (Instant guess : impactGuesses) {
                for (Instant recovery : recoveries) {
                    assertTrue(!guess.isAfter(recovery), "impact start " + guess + " after a recovery at " + recovery);
                }
            }
        }

        private static void checkStep(String step, IncidentState before, IncidentState after,
                Vector<IncidentEvent> added, IncidentCommand command) {
            Option<IncidentStatus> from = before.status();
            Option<IncidentStatus> to = after.status();
            if (from.isEmpty()) {
                assertEquals(Option.some(IncidentStatus.TRIAGE), to, step + ": a report opens in TRIAGE");
            } else if (!from.equals(to)) {
                assertTrue(from.get().canMoveTo(to.get()), step + ": moved " + from.get() + " -> " + to.get());
            }
            if (from.exists(IncidentStatus::isTerminal)) {
                assertTrue(added.forAll(IncidentEvent.ReporterInformed.class::isInstance),
                        step + ": nothing but telling the reporter happens to a " + from.get() + " incident");
            }
            checkPostmortemOrder(step, before, added);
            for (IncidentEvent event : added) {
                assertEquals(command.commandId(), event.header().commandId(), step);
                assertEquals(command.actor(), event.actor(), step);
                assertTrue(before.lastRecordedAt().forAll(t -> !event.header().recordedAt().isBefore(t)),
                        step + ": recording time must not go backwards");
            }
            assertEquals(before.version() + added.size(), after.version(), step);
            assertTrue(after.milestones().isOrdered(), step + ": milestones out of order: " + after.milestones());
            dev.incidentkit.metrics.IncidentMetrics metrics = dev.incidentkit.metrics.IncidentMetrics.of(after);
            for (dev.incidentkit.metrics.Measure measure : dev.incidentkit.metrics.Measure.values()) {
                assertTrue(metrics.get(measure).forAll(d -> !d.isNegative()), step + ": negative " + measure.label());
            }
            // the moments themselves are in order, so only detection before impact (an early warning) is clamped
            Option<Instant> declaredAt = after.milestones().get(Milestone.DECLARED);
            Option<Instant> detectedAt = after.milestones().get(Milestone.DETECTED);
            assertTrue(declaredAt.forAll(d -> !d.isBefore(detectedAt.get())), step + ": declared before detected");
            assertTrue(after.pagingAcknowledgedAt().forAll(a -> !a.isBefore(detectedAt.get())),
                    step + ": acknowledged before detected");
            Option<Instant> detected = after.milestones().get(Milestone.DETECTED);
            Option<Instant> resolved = after.milestones().get(Milestone.RESOLVED);
            assertEquals(resolved.isDefined(), metrics.get(dev.incidentkit.metrics.Measure.TIME_TO_RESOLVE).isDefined(),
                    step + ": time to resolve exactly when resolved");
            resolved.forEach(r -> assertEquals(java.time.Duration.between(detected.get(), r),
                    metrics.get(dev.incidentkit.metrics.Measure.TIME_TO_RESOLVE).get(),
                    step + ": time to resolve must agree with the milestones"));
            for (Milestone milestone : WRITE_ONCE) {
                Option<Instant> was = before.milestones().get(milestone);
                assertTrue(was.isEmpty() || was.equals(after.milestones().get(milestone)),
                        step + ": " + milestone.label() + " changed once set");
            }
            if (!added.exists(IncidentEvent.Reopened.class::isInstance)) {
                for (Milestone milestone : List.of(Milestone.MITIGATED, Milestone.RESOLVED)) {
                    Option<Instant> was = before.milestones().get(milestone);
                    assertTrue(was.isEmpty() || was.equals(after.milestones().get(milestone)),
                            step + ": " + milestone.label() + " changed without a reopening");
                }
            }
        }
    }
}
