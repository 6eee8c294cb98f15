package dev.incidentkit.benchmarks.baseline;

import dev.incidentkit.incident.IncidentCommand;
import dev.incidentkit.incident.IncidentId;
import dev.incidentkit.incident.UpdateKind;
import dev.incidentkit.incident.communication.CommunicationCommand;
import java.util.EnumSet;
import java.util.Objects;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.statemachine.StateContext;
import org.springframework.statemachine.StateMachine;
import org.springframework.statemachine.StateMachineEventResult;
import org.springframework.statemachine.action.Action;
import org.springframework.statemachine.config.StateMachineBuilder;
import org.springframework.statemachine.config.StateMachineFactory;
import org.springframework.statemachine.guard.Guard;
import reactor.core.publisher.Mono;

/**
 * The peer: the incident lifecycle on Spring Statemachine, the general-purpose state machine library a
 * Java team would most often pick. The transition table is declared with the library's builder, the
 * guards and actions are {@link LifecycleRules} (the same as every baseline's), the incident's data
 * lives in the machine's extended state, and the command travels in a message header, as the library's
 * documentation shows. One machine per incident, made by a factory built once.
 *
 * @since 0.1.0
 */
public final class SpringLifecycle {

    private static final String COMMAND = "command";
    private static final String DATA = "data";

    private final StateMachineFactory<Phase, Trigger> factory;

    /**
     * Builds the machine factory.
     *
     * @param rules the guards; never {@code null}
     * @throws IllegalStateException if the library refuses the configuration
     */
    public SpringLifecycle(LifecycleRules rules) {
        Objects.requireNonNull(rules, "rules");
        Guard<Phase, Trigger> keepsRules = ctx -> rules.problem(command(ctx), data(ctx)) == null;
        Guard<Phase, Trigger> progress = ctx -> ((CommunicationCommand.PostUpdate) command(ctx)).kind() == UpdateKind.PROGRESS
                && keepsRules.evaluate(ctx);
        Guard<Phase, Trigger> resolutionNotice = ctx ->
                ((CommunicationCommand.PostUpdate) command(ctx)).kind() == UpdateKind.RESOLUTION && keepsRules.evaluate(ctx);
        Action<Phase, Trigger> record = ctx -> rules.record(command(ctx), data(ctx));
        try {
            StateMachineBuilder.Builder<Phase, Trigger> builder = StateMachineBuilder.builder();
            builder.configureConfiguration().withConfiguration().autoStartup(false);
            builder.configureStates().withStates().initial(Phase.NEW).states(EnumSet.allOf(Phase.class))
                    .end(Phase.CLOSED).end(Phase.DECLINED).end(Phase.CANCELED).end(Phase.MERGED);
            var t = builder.configureTransitions();
            t.withExternal().source(Phase.NEW).target(Phase.TRIAGE).event(Trigger.REPORT).guard(keepsRules).action(record)
                    .and().withExternal().source(Phase.TRIAGE).target(Phase.DECLARED).event(Trigger.DECLARE)
                    .guard(keepsRules).action(record)
                    .and().withExternal().source(Phase.TRIAGE).target(Phase.DECLINED).event(Trigger.DECLINE)
                    .guard(keepsRules).action(record)
                    .and().withExternal().source(Phase.DECLARED).target(Phase.MITIGATED).event(Trigger.MITIGATE)
                    .guard(keepsRules).action(record)
                    .and().withExternal().source(Phase.RESOLVED).target(Phase.CLOSED).event(Trigger.CLOSE)
                    .guard(keepsRules).action(record)
                    .and().withInternal().source(Phase.RESOLVED).event(Trigger.POST_UPDATE)
                    .guard(resolutionNotice).action(record);
            for (Phase open : EnumSet.of(Phase.TRIAGE, Phase.DECLARED, Phase.MITIGATED)) {
                t.withInternal().source(open).event(Trigger.POST_UPDATE).guard(progress).action(record)
                        .and().withExternal().source(open).target(Phase.CANCELED).event(Trigger.CANCEL)
                        .guard(keepsRules).action(record)
                        .and().withExternal().source(open).target(Phase.MERGED).event(Trigger.MERGE)
                        .guard(keepsRules).action(record);
            }
            for (Phase p : EnumSet.of(Phase.DECLARED, Phase.MITIGATED)) {
                t.withExternal().source(p).target(Phase.RESOLVED).event(Trigger.RESOLVE).guard(keepsRules).action(record);
            }
            for (Phase p : EnumSet.of(Phase.MITIGATED, Phase.RESOLVED)) {
                t.withExternal().source(p).target(Phase.DECLARED).event(Trigger.REOPEN).guard(keepsRules).action(record);
            }
            this.factory = builder.createFactory();
        } catch (Exception e) {
            throw new IllegalStateException("Spring Statemachine refused the lifecycle's configuration", e);
        }
    }

    /**
     * A started machine for a new incident.
     *
     * @param id the incident; never {@code null}
     * @return the incident's machine
     */
    public Incident start(IncidentId id) {
        StateMachine<Phase, Trigger> machine = factory.getStateMachine(id.toString());
        machine.getExtendedState().getVariables().put(DATA, new LifecycleData(id));
        machine.startReactively().block();
        return new Incident(machine);
    }

    private static IncidentCommand command(StateContext<Phase, Trigger> ctx) {
        return (IncidentCommand) ctx.getMessageHeader(COMMAND);
    }

    private static LifecycleData data(StateContext<Phase, Trigger> ctx) {
        return ctx.getExtendedState().get(DATA, LifecycleData.class);
    }

    /**
     * One incident's machine.
     *
     * @since 0.1.0
     */
    public static final class Incident {

        private final StateMachine<Phase, Trigger> machine;

        private Incident(StateMachine<Phase, Trigger> machine) {
            this.machine = machine;
        }

        /**
         * Sends a command's event with the command in a header.
         *
         * @param command the command; never {@code null}
         * @return whether the machine accepted it
         */
        public boolean handle(IncidentCommand command) {
            StateMachineEventResult<Phase, Trigger> result = machine.sendEvent(Mono.just(
                    MessageBuilder.withPayload(Trigger.of(command)).setHeader(COMMAND, command).build())).blockLast();
            return result != null && result.getResultType() == StateMachineEventResult.ResultType.ACCEPTED;
        }

        /**
         * The machine's current state.
         *
         * @return the phase
         */
        public Phase phase() {
            return machine.getState().getId();
        }
    }
}
