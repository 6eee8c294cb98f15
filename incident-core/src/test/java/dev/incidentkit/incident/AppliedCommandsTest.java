package dev.incidentkit.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.HashSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The applied command ids that states along one stream share: each state sees its own history only. */
class AppliedCommandsTest {

    private static final CommandId A = CommandId.of("a");
    private static final CommandId B = CommandId.of("b");
    private static final CommandId C = CommandId.of("c");

    @Test
    void an_older_state_does_not_see_what_a_newer_one_added() {
        AppliedCommands none = AppliedCommands.none();
        AppliedCommands a = none.add(A);
        AppliedCommands ab = a.add(B);

        assertFalse(none.contains(A));
        assertTrue(a.contains(A) && !a.contains(B));
        assertTrue(ab.contains(A) && ab.contains(B));
        assertSame(ab, ab.add(A), "a command applied already changes nothing");
        assertEquals(HashSet.of(A, B), ab.toSet());
    }

    @Test
    void two_histories_from_one_state_never_mix() {
        AppliedCommands a = AppliedCommands.none().add(A);
        AppliedCommands ab = a.add(B);
        AppliedCommands ac = a.add(C);
        AppliedCommands abAgain = a.add(B);

        assertTrue(ab.contains(B) && !ab.contains(C));
        assertTrue(ac.contains(C) && !ac.contains(B));
        assertEquals(ab, abAgain, "the same command again shares the slot");
        assertNotEquals(ab, ac);
        assertTrue(ac.add(B).contains(B) && !ab.add(C).toSet().isEmpty());
        assertFalse(a.contains(B) || a.contains(C));
    }

    @Test
    void histories_grown_on_many_threads_from_one_state_each_see_exactly_their_own() throws Exception {
        AppliedCommands start = AppliedCommands.none().add(A);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    AppliedCommands mine = start;
                    for (int i = 0; i < 2_000; i++) {
                        mine = mine.add(CommandId.of("t" + thread + "-" + i));
                    }
                    boolean own = mine.contains(CommandId.of("t" + thread + "-1999")) && mine.contains(A);
                    boolean foreign = mine.contains(CommandId.of("t" + ((thread + 1) % 8) + "-0"));
                    return own && !foreign && mine.size() == 2_001;
                }));
            }
            for (Future<Boolean> result : results) {
                assertTrue(result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
