/**
 * incidentkit's core: the incident-response process as a pure domain model, its ports and the desk
 * that runs it.
 *
 * <p>The incident lives in {@code dev.incidentkit.incident}: a small kernel (ids, headers, the state,
 * the {@link dev.incidentkit.incident.IncidentDecider} and {@link dev.incidentkit.incident.Rejection})
 * around five capability packages, each holding its sealed slice of commands and events:
 * {@code triage}, {@code response}, {@code team}, {@code communication} and {@code postmortem}. The
 * values it speaks in live in {@code role}, {@code severity}, {@code report}, {@code postmortem} and
 * {@code process}; the views computed from it in {@code timeline}, {@code obligation} and
 * {@code metrics}; the ports in {@code store} and {@code notify}; the application service in
 * {@code desk}.
 *
 * <p>{@code dev.incidentkit.base} (text and time rules, null checks) is internal and not exported:
 * it may change in any release. On the class path, where module boundaries do not apply, it is still
 * reachable; do not rely on it.
 *
 * @since 0.1.0
 */
module dev.incidentkit.core {
    requires transitive io.vavr;
    requires static transitive org.jspecify;
    requires static org.immutables.value.annotations;
    requires org.slf4j;

    exports dev.incidentkit.desk;
    exports dev.incidentkit.incident;
    exports dev.incidentkit.incident.communication;
    exports dev.incidentkit.incident.postmortem;
    exports dev.incidentkit.incident.response;
    exports dev.incidentkit.incident.team;
    exports dev.incidentkit.incident.triage;
    exports dev.incidentkit.metrics;
    exports dev.incidentkit.notify;
    exports dev.incidentkit.obligation;
    exports dev.incidentkit.postmortem;
    exports dev.incidentkit.process;
    exports dev.incidentkit.report;
    exports dev.incidentkit.role;
    exports dev.incidentkit.severity;
    exports dev.incidentkit.store;
    exports dev.incidentkit.timeline;
}
