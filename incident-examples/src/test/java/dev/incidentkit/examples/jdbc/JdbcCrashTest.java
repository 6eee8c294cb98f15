package dev.incidentkit.examples.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.incidentkit.desk.Dispatcher;
import dev.incidentkit.desk.IncidentDesk;
import dev.incidentkit.incident.IncidentDecider;
import dev.incidentkit.incident.IncidentEvent;
import dev.incidentkit.incident.IncidentState;
import dev.incidentkit.notify.Notifications;
import dev.incidentkit.notify.OutboxEntry;
import dev.incidentkit.notify.PlainTextRenderer;
import dev.incidentkit.notify.RecordingNotifier;
import dev.incidentkit.process.IncidentProcess;
import io.vavr.collection.HashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 while writing (issue 17): a child JVM plays incidents through a desk on the JDBC storage and prints
 * each command the desk accepted; it is killed at random points, six times over the same database. Then every
 * acknowledged command is stored, and every message planned from the stored events is delivered at least
 * once. The H2 database is opened with the demo's URL, which on its own lets H2 delay writing commits.
 */
class JdbcCrashTest {

    private static final int KILLS = 6;
    private static final IncidentProcess PROCESS = IncidentProcess.standard();

    @Test
    void should_keep_every_acknowledged_command_and_deliver_every_message_across_kill_9_on_h2(@TempDir Path dir)
            throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("store").toString().replace('\\', '/') + ";DB_CLOSE_DELAY=-1";
        crashAndCheck(url, "ik_", new Random(17));
    }

    @Test
    void should_keep_every_acknowledged_command_and_deliver_every_message_across_kill_9_on_postgres()
            throws Exception {
        String url = System.getenv(Databases.POSTGRES_URL);
        assumeTrue(url != null && !url.isBlank(), "set " + Databases.POSTGRES_URL + " to run this on PostgreSQL");
        String prefix = Databases.freshPrefix();
        try {
            crashAndCheck(url, prefix, new Random(18));
        } finally {
            Databases.drop(CrashChild.dataSource(url), prefix);
        }
    }

    private static void crashAndCheck(String url, String prefix, Random random) throws Exception {
        // when: killed six times, each time after a random number of acknowledged commands and a random pause
        List<String[]> acknowledged = new ArrayList<>();
        for (int kill = 1; kill <= KILLS; kill++) {
            acknowledged.addAll(runAndKill(url, prefix, "k" + kill, 3 + random.nextInt(25), random.nextInt(150)));
        }
        assertTrue(acknowledged.size() >= KILLS * 3, "the child acknowledged only " + acknowledged.size());

        // then: every acknowledged command is stored
        DataSource ds = CrashChild.dataSource(url);
        JdbcIncidentStorage storage = JdbcIncidentStorage.on(ds, prefix);
        List<String> lost = new ArrayList<>();
        for (String[] ack : acknowledged) {
            Seq<IncidentEvent> stream = storage.read(dev.incidentkit.incident.IncidentId.of(ack[0]));
            if (!stream.exists(e -> e.header().commandId().value().equals(ack[1]))) {
                lost.add(ack[0] + " " + ack[1]);
            }
        }
        assertEquals(List.of(), lost, lost.size() + " of " + acknowledged.size() + " acknowledged commands were lost");

        // and: once a dispatcher has run, every message planned from what is stored was delivered
        IncidentDesk desk = new IncidentDesk(PROCESS, storage, Clock.systemUTC(), 10);
        Dispatcher dispatcher = new Dispatcher(desk, storage, storage, new PlainTextRenderer(), new RecordingNotifier(),
                Clock.systemUTC(), Duration.ofMillis(1), 5);
        for (int run = 0; run < 10 && dispatcher.dispatch() > 0; run++) {
            Thread.sleep(5);
        }
        Map<String, OutboxEntry.Status> statuses = HashMap.ofEntries(storage.entries()
                .map(e -> io.vavr.Tuple.of(e.intent().idempotencyKey(), e.status())));
        IncidentDecider decider = IncidentDecider.of(PROCESS);
        List<String> undelivered = new ArrayList<>();
        int planned = 0;
        for (Seq<IncidentEvent> stream : storage.readAll(id -> true)) {
            IncidentState state = IncidentState.empty(stream.head().incidentId());
            for (IncidentEvent event : stream) {
                state = decider.evolve(state, event);
                for (var intent : Notifications.plan(event, state, PROCESS)) {
                    planned++;
                    if (!statuses.get(intent.idempotencyKey()).contains(OutboxEntry.Status.DELIVERED)) {
                        undelivered.add(intent.idempotencyKey() + " " + statuses.get(intent.idempotencyKey()));
                    }
                }
            }
        }
        assertTrue(planned > 0);
        assertEquals(List.of(), undelivered, undelivered.size() + " of " + planned + " planned messages undelivered");
    }

    /** Starts the child, waits for some acknowledgements and a pause, kills it, and returns what it acknowledged. */
    private static List<String[]> runAndKill(String url, String prefix, String run, int acks, int pauseMillis)
            throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                CrashChild.class.getName(), url, prefix, run)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<String[]> acknowledged = Collections.synchronizedList(new ArrayList<>());
        Object enough = new Object();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.startsWith("ACK ")) {
                        acknowledged.add(line.substring(4).split(" "));
                        if (acknowledged.size() >= acks) {
                            synchronized (enough) {
                                enough.notifyAll();
                            }
                        }
                    }
                }
            } catch (java.io.IOException e) {
                // the child died: what was read is what it acknowledged
            }
        });
        reader.start();
        synchronized (enough) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (acknowledged.size() < acks && child.isAlive() && System.nanoTime() < deadline) {
                enough.wait(100);
            }
        }
        assertTrue(child.isAlive(), "the child ended on its own with exit code "
                + (child.isAlive() ? "" : child.exitValue()));
        Thread.sleep(pauseMillis);
        child.destroyForcibly();
        child.waitFor(30, TimeUnit.SECONDS);
        reader.join(TimeUnit.SECONDS.toMillis(30));
        return new ArrayList<>(acknowledged);
    }
}
