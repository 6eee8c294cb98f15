/**
 * JMH benchmarks of incidentkit, with the baselines measured in the same run, the realistic workloads
 * they run on, the retained-memory measurement and the tool that turns a run into the Markdown table.
 * Run them with {@code incident-benchmarks/run-benchmarks.sh}; {@code docs/PERFORMANCE.md} explains the
 * figures.
 *
 * @since 0.1.0
 */
package dev.incidentkit.benchmarks;
