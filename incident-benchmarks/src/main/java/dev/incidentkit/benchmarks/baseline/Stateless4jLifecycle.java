package dev.incidentkit.benchmarks.baseline;

import com.github.oxo42.stateless4j.StateMachine;
import com.github.oxo42.stateless4j.StateMachineConfig;
import com.github.oxo42.stateless4j.delegates.FuncBoolean;
import dev.incidentkit.incident.IncidentCommand;
import dev.incidentkit.incident.IncidentId;
import dev.incidentkit.incident.UpdateKind;
import dev.incidentkit.incident.communication.CommunicationCommand;
import java.util.EnumSet;
import java.util.Objects;

/**
 * A second, lightweight peer: the incident lifecycle on stateless4j, a small fluent state machine with no
 * framework around it. The transition table is declared once with the library's configuration, the
 * guards are {@link LifecycleRules} (the same as every baseline's), and the accepted command's effect is
 * recorded after the library fires the transition. stateless4j's guards take no arguments, so they read
 * the command being fired from this object: one incident at a time per instance, not thread-safe.
 *
 * @since 0.1.0
 */
public final class Stateless4jLifecycle {

    private final LifecycleRules rules;
    private final StateMachineConfig<Phase, Trigger> config = new StateMachineConfig<>();
    private IncidentCommand current;
    private LifecycleData data;
    private boolean refused;

    /**
     * Declares the lifecycle.
     *
     * @param rules the guards; never {@code null}
     */
    public Stateless4jLifecycle(LifecycleRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
        FuncBoolean keepsRules = () -> rules.problem(current, data) == null;
        FuncBoolean progress = () -> ((CommunicationCommand.PostUpdate) current).kind() == UpdateKind.PROGRESS
                && keepsRules.call();
        FuncBoolean resolutionNotice = () -> ((CommunicationCommand.PostUpdate) current).kind() == UpdateKind.RESOLUTION
                && keepsRules.call();
        config.configure(Phase.NEW).permitIf(Trigger.REPORT, Phase.TRIAGE, keepsRules);
        config.configure(Phase.TRIAGE)
                .permitIf(Trigger.DECLARE, Phase.DECLARED, keepsRules)
                .permitIf(Trigger.DECLINE, Phase.DECLINED, keepsRules);
        config.configure(Phase.DECLARED)
                .permitIf(Trigger.MITIGATE, Phase.MITIGATED, keepsRules)
                .permitIf(Trigger.RESOLVE, Phase.RESOLVED, keepsRules);
        config.configure(Phase.MITIGATED)
                .permitIf(Trigger.RESOLVE, Phase.RESOLVED, keepsRules)
                .permitIf(Trigger.REOPEN, Phase.DECLARED, keepsRules);
        config.configure(Phase.RESOLVED)
                .permitIf(Trigger.REOPEN, Phase.DECLARED, keepsRules)
                .permitIf(Trigger.CLOSE, Phase.CLOSED, keepsRules)
                .permitReentryIf(Trigger.POST_UPDATE, resolutionNotice);
        for (Phase open : EnumSet.of(Phase.TRIAGE, Phase.DECLARED, Phase.MITIGATED)) {
            config.configure(open)
                    .permitReentryIf(Trigger.POST_UPDATE, progress)
                    .permitIf(Trigger.CANCEL, Phase.CANCELED, keepsRules)
                    .permitIf(Trigger.MERGE, Phase.MERGED, keepsRules);
        }
    }

    /**
     * A machine for a new incident; the one this object drives until the next call.
     *
     * @param id the incident; never {@code null}
     * @return the incident's machine
     */
    public Incident start(IncidentId id) {
        StateMachine<Phase, Trigger> machine = new StateMachine<>(Phase.NEW, config);
        machine.onUnhandledTrigger((state, trigger) -> refused = true);
        data = new LifecycleData(id);
        return new Incident(machine);
    }

    /**
     * One incident's machine.
     *
     * @since 0.1.0
     */
    public final class Incident {

        private final StateMachine<Phase, Trigger> machine;

        private Incident(StateMachine<Phase, Trigger> machine) {
            this.machine = machine;
        }

        /**
         * Fires a command's trigger.
         *
         * @param command the command; never {@code null}
         * @return whether the machine accepted it
         */
        public boolean handle(IncidentCommand command) {
            current = command;
            refused = false;
            machine.fire(Trigger.of(command));
            if (refused) {
                return false;
            }
            rules.record(command, data);
            return true;
        }

        /**
         * The machine's current state.
         *
         * @return the phase
         */
        public Phase phase() {
            return machine.getState();
        }
    }
}
