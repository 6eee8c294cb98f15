package dev.incidentkit.incident;

import io.vavr.collection.HashSet;
import io.vavr.collection.Set;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Objects;

/**
 * The ids of the commands an incident has applied, as a state sees them: the first {@code length} entries
 * of a log that the states along one stream share. Adding the next command's id to the newest state
 * appends to the log (one slot and one index entry, instead of copying a path of a hash trie on every
 * event); the older states keep seeing only their own prefix, because a slot is never written twice.
 *
 * <p>Several decisions may start from one state (a desk that lost a race decides again, a model check tries
 * several commands). The first to add takes the log's next slot; another that adds the same id shares it;
 * one that adds a different id copies the prefix into a log of its own, so histories never mix. The log is
 * guarded by its own lock: states are shared between threads.
 *
 * <p>Package-private: the state's {@link IncidentState#hasApplied(CommandId)} is the question it answers.
 */
final class AppliedCommands {

    /** The shared part: ids in the order first applied, and where each first stands. */
    private static final class Log {
        private CommandId[] ids;
        private int size;
        private final HashMap<CommandId, Integer> positions;

        Log(CommandId[] ids, int size, HashMap<CommandId, Integer> positions) {
            this.ids = ids;
            this.size = size;
            this.positions = positions;
        }

        void append(CommandId id) {
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, ids.length * 2);
            }
            ids[size] = id;
            positions.put(id, size);
            size++;
        }
    }

    private final Log log;
    private final int length;

    private AppliedCommands(Log log, int length) {
        this.log = log;
        this.length = length;
    }

    /** No command applied yet, on a log of its own. */
    static AppliedCommands none() {
        return new AppliedCommands(new Log(new CommandId[8], 0, new HashMap<>()), 0);
    }

    /** Whether the command was applied in this state's history. */
    boolean contains(CommandId id) {
        Objects.requireNonNull(id, "id");
        synchronized (log) {
            Integer at = log.positions.get(id);
            return at != null && at < length;
        }
    }

    /** This history and one more command: itself when the command was applied already. */
    AppliedCommands add(CommandId id) {
        Objects.requireNonNull(id, "id");
        CommandId[] prefix;
        synchronized (log) {
            Integer at = log.positions.get(id);
            if (at != null && at < length) {
                return this;
            }
            if (log.size == length) {
                log.append(id);
                return new AppliedCommands(log, length + 1);
            }
            if (log.ids[length].equals(id)) {
                return new AppliedCommands(log, length + 1);
            }
            prefix = Arrays.copyOf(log.ids, Math.max(8, length * 2));
        }
        // another history went on from here: this one continues on a copy of the common prefix
        HashMap<CommandId, Integer> positions = new HashMap<>();
        for (int i = 0; i < length; i++) {
            positions.put(prefix[i], i);
        }
        Arrays.fill(prefix, length, prefix.length, null);
        Log branch = new Log(prefix, length, positions);
        branch.append(id);
        return new AppliedCommands(branch, length + 1);
    }

    /** How many distinct commands were applied. */
    int size() {
        return length;
    }

    /** The ids as a set: a copy, for callers who want one. */
    Set<CommandId> toSet() {
        synchronized (log) {
            return HashSet.ofAll(Arrays.asList(log.ids).subList(0, length));
        }
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof AppliedCommands that) || length != that.length) {
            return false;
        }
        if (log == that.log) {
            return true;
        }
        return toSet().equals(that.toSet());
    }

    @Override
    public int hashCode() {
        return length;
    }

    @Override
    public String toString() {
        return length + " commands";
    }
}
