package dev.incidentkit.testkit.gen;

/**
 * One step of a generated {@link Script}: small numbers that a {@link CommandSequences} turns into a
 * command when the step's turn comes, looking at the incident as the earlier steps left it.
 *
 * <p>Steps are plain numbers so that QuickTheories can shrink a failing script; zero is always the
 * simplest choice: "skip" for the kind, no time passing, the plainest variant, the first target, and
 * the responder whom the process allows to issue the command.
 *
 * @param kind 0 to skip; 1 to {@value CommandSequences#KINDS} for the command kinds in the order of
 *     {@link dev.incidentkit.process.CommandKind}; {@value CommandSequences#KINDS} + 1 to repeat an
 *     earlier command's id, exactly or with another command under it
 * @param minutes how far the clock moves before the step; negative now and then
 * @param variant the command's shape: 0 to 4 are well-formed variations, 5 is deliberately malformed (a
 *     blank text, a severity outside the scale, an unknown role or an offer that does not exist)
 * @param target which role, severity, person, link kind or section the command is about
 * @param actor who issues it: 0 someone the process allows (the holder, the offeree, a role holder the
 *     authority table names), 1 the Incident Commander, 2 whoever was offered a role, then each of the
 *     sequence's people in turn, and last an outsider who never takes part
 * @since 0.1.0
 */
public record Step(int kind, int minutes, int variant, int target, int actor) {}
