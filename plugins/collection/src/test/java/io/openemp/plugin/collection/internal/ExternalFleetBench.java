package io.openemp.plugin.collection.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import io.openemp.data.readings.api.ReadingStore;
import io.openemp.data.readings.internal.JdbcReadingStore;
import io.openemp.plugin.collection.api.CollectionTask;
import io.openemp.plugin.collection.api.Counters;
import io.openemp.plugin.collection.api.TaskMode;
import io.openemp.plugin.collection.api.TaskOutcome;
import io.openemp.testing.TestDatabases;

/**
 * The daily freeze of issue 5 item 8 (b) with the fleet in a separate process: this JVM holds the master station
 * and its ~N sockets, the simulator ({@code java -jar simulator.jar}) holds the terminals' N, so neither side
 * needs more than the process limit on open files. Not run by the build. Run with the test class path:
 * <pre>
 * java -Xmx3g -cp target/test-classes:target/classes:$(cat cp.txt) \
 *   -Dbench.simulator=../../simulator/target/simulator.jar -Dbench.terminals=10000 -Dbench.meters=100 \
 *   -Dbench.drop=0.01 -Dbench.store=h2|postgres io.openemp.plugin.collection.internal.ExternalFleetBench
 * </pre>
 * Prints the split (login, freeze fan-out, collection, store), RSS of both processes and the outcome.
 */
public final class ExternalFleetBench {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private ExternalFleetBench() {
    }

    public static void main(String[] args) throws Exception {
        TaskOutcome o = run();
        System.exit(o.failed() == 0 || Double.parseDouble(System.getProperty("bench.drop", "0")) > 0 ? 0 : 1);
    }

    static TaskOutcome run() throws Exception {
        int terminals = Integer.getInteger("bench.terminals", 1000);
        int meters = Integer.getInteger("bench.meters", 100);
        double drop = Double.parseDouble(System.getProperty("bench.drop", "0"));
        int retries = Integer.getInteger("bench.retries", 5);
        int timeoutMillis = Integer.getInteger("bench.timeoutMillis", 2000);
        int windowSeconds = Integer.getInteger("bench.windowSeconds", 300);
        int concurrency = Integer.getInteger("bench.pollConcurrency", 64);
        String storeKind = System.getProperty("bench.store", "h2");
        Path simulator = Path.of(System.getProperty("bench.simulator", "../../simulator/target/simulator.jar"));
        if (!Files.isRegularFile(simulator)) {
            throw new IllegalArgumentException("bench.simulator: no such jar " + simulator.toAbsolutePath());
        }

        DataSource database = "postgres".equals(storeKind) ? TestDatabases.postgres("bench")
                : TestDatabases.h2("bench");
        TestDirectory directory = new TestDirectory();
        for (int t = 1; t <= terminals; t++) {
            for (int pn = 1; pn <= meters; pn++) {
                directory.add("0171-" + t + "-" + pn);
            }
        }
        JdbcReadingStore store = JdbcReadingStore.open(database, directory, JdbcReadingStore.Settings.DEFAULTS);
        CollectionBench.TimedStore timed = new CollectionBench.TimedStore(store);
        Settings settings = new Settings("127.0.0.1", 0, Duration.ofMinutes(5), 10_000, Duration.ofMillis(200),
                200_000, 16391, concurrency, ZONE, 1, Duration.ofMillis(500));
        RecordingBus bus = new RecordingBus();
        try (Station station = new Station(settings, timed, TaskRepository.open(database), () -> bus, () -> null,
                () -> null, Clock.systemUTC())) {
            station.start();
            System.out.printf("station on 127.0.0.1:%d, store %s, %d meters registered%n", station.port(), storeKind,
                    terminals * meters);
            Fleet fleet = Fleet.start(simulator, station.port(), terminals, meters, drop);
            try {
                long t0 = System.nanoTime();
                long limit = t0 + TimeUnit.MINUTES.toNanos(5);
                while (station.sessions().onlineCount() < terminals && System.nanoTime() < limit) {
                    Thread.sleep(100);
                }
                long loginMillis = (System.nanoTime() - t0) / 1_000_000;
                int online = station.sessions().onlineCount();
                System.out.printf("%d of %d terminals online after %d ms (simulator ramp-up %s s)%n", online,
                        terminals, loginMillis, Fleet.RAMP_UP);
                if (online < terminals) {
                    throw new IllegalStateException("only " + online + " terminals logged in");
                }

                List<Integer> points = IntStream.rangeClosed(1, meters).boxed().toList();
                CollectionTask task = new CollectionTask("bench", null, TaskMode.FREEZE, List.of(), points,
                        List.of(Tasks.F161), null, null, retries, timeoutMillis, windowSeconds, null, null, true);
                Sampler sampler = new Sampler(station, terminals);
                sampler.start();
                long runStart = System.nanoTime();
                TaskOutcome o = station.run(task).orElseThrow();
                long endToEnd = (System.nanoTime() - runStart) / 1_000_000;
                sampler.interrupt();
                sampler.join();
                Counters c = station.taskCounters("bench").snapshot();

                long pollStart = sampler.pollStartedMillis(runStart);
                long fanOut = pollStart < 0 ? -1 : pollStart - settings.freezeSettle().toMillis();
                System.out.printf("RESULT fleet=%dx%d drop=%.3f store=%s%n", terminals, meters, drop, storeKind);
                System.out.printf("RESULT end-to-end %d ms (%.0f meters/s); window %d s, retries %d, timeout %d ms%n",
                        endToEnd, o.collected() * 1000.0 / endToEnd, windowSeconds, retries, timeoutMillis);
                System.out.printf("RESULT split: freeze fan-out %d ms (to %d terminals), settle %d ms, collection+store %d ms,"
                        + " of which %d ms in append (%d appends, %d readings); last answer at %d ms%n", fanOut,
                        o.targets(), settings.freezeSettle().toMillis(), endToEnd - pollStart,
                        CollectionBench.TimedStore.nanos.get() / 1_000_000, CollectionBench.TimedStore.appends.get(),
                        CollectionBench.TimedStore.readings.get(), sampler.lastAnswerMillis(runStart));
                System.out.printf("RESULT outcome: requested %d, collected %d (%.4f %%), absent %d, failed %d, retries %d,"
                        + " stored %d%n", o.requested(), o.collected(), 100.0 * o.collected() / o.requested(),
                        o.absent(), o.failed(), o.retries(), o.stored());
                System.out.printf("RESULT task counters: %s%n", c);
                io.openemp.plugin.collection.api.Statistics st = station.statistics();
                System.out.printf("RESULT station: frames decoded %d, rejected %s, ignored %s%n", st.framesDecoded(),
                        nonZero(st.rejectedByReason()), nonZero(st.ignoredByReason()));
                if (!o.failures().isEmpty()) {
                    System.out.printf("RESULT first failures: %s%n", o.failures().subList(0, Math.min(5, o.failures().size())));
                }
                System.out.printf("RESULT rss: station %s, simulator %s%n", Rss.of(ProcessHandle.current().pid()),
                        Rss.of(fleet.pid()));
                System.out.printf("RESULT simulator: %s%n", fleet.stats());
                System.out.printf("RESULT spot check: %s%n", spotCheck(store, terminals, meters));
                return o;
            } finally {
                fleet.close();
            }
        }
    }

    private static java.util.Map<String, Long> nonZero(java.util.Map<String, Long> counts) {
        java.util.Map<String, Long> out = new java.util.TreeMap<>();
        counts.forEach((k, v) -> {
            if (v != 0) {
                out.put(k, v);
            }
        });
        return out;
    }

    /** 200 random meters: each has exactly one daily frozen value stored. */
    private static String spotCheck(ReadingStore store, int terminals, int meters) {
        Random random = new Random(7);
        int ok = 0;
        int n = 200;
        for (int i = 0; i < n; i++) {
            String meter = "0171-" + (1 + random.nextInt(terminals)) + "-" + (1 + random.nextInt(meters));
            if (store.query(meter, "energy.active.forward.daily", ReadingStore.EARLIEST,
                    ReadingStore.LATEST.minusSeconds(1), 10).points().size() == 1) {
                ok++;
            }
        }
        return ok + " of " + n + " random meters have exactly one daily frozen value";
    }

    /** Watches the task counters: when polling began (requests beyond the freezes) and when the last answer came. */
    private static final class Sampler extends Thread {
        private final Station station;
        private final int terminals;
        private final AtomicLong pollStart = new AtomicLong(-1);
        private final AtomicLong lastAnswer = new AtomicLong(-1);

        Sampler(Station station, int terminals) {
            super("bench-sampler");
            setDaemon(true);
            this.station = station;
            this.terminals = terminals;
        }

        @Override
        public void run() {
            long answered = -1;
            while (!isInterrupted()) {
                Counters c = station.taskCounters("bench").snapshot();
                long now = System.nanoTime();
                if (pollStart.get() < 0 && c.requests() > terminals) {
                    pollStart.set(now);
                }
                if (c.answered() != answered) {
                    answered = c.answered();
                    lastAnswer.set(now);
                }
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        long pollStartedMillis(long origin) {
            return pollStart.get() < 0 ? -1 : (pollStart.get() - origin) / 1_000_000;
        }

        long lastAnswerMillis(long origin) {
            return lastAnswer.get() < 0 ? -1 : (lastAnswer.get() - origin) / 1_000_000;
        }
    }

    /** The simulator as a child process, its counters echoed with a prefix. */
    private static final class Fleet implements AutoCloseable {
        static final String RAMP_UP = System.getProperty("bench.rampUp", "10");

        private final Process process;
        private final Writer commands;
        private final AtomicReference<String> lastLine = new AtomicReference<>("");
        private final Object lines = new Object();

        private Fleet(Process process) {
            this.process = process;
            this.commands = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
            Thread reader = new Thread(this::echo, "bench-simulator-out");
            reader.setDaemon(true);
            reader.start();
        }

        static Fleet start(Path jar, int port, int terminals, int meters, double drop) throws IOException {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx" + System.getProperty("bench.simulatorHeap", "2g"), "-jar", jar.toString(),
                    "--master", "127.0.0.1:" + port, "--terminals", String.valueOf(terminals), "--meters",
                    String.valueOf(meters), "--zone", ZONE.getId(), "--seed", "1", "--drop", String.valueOf(drop),
                    "--heartbeat", "60", "--ramp-up", RAMP_UP, "--print-every", "15"));
            System.out.println("simulator: " + String.join(" ", command));
            return new Fleet(new ProcessBuilder(command).redirectErrorStream(true).start());
        }

        long pid() {
            return process.pid();
        }

        private void echo() {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    System.out.println("  sim| " + line);
                    synchronized (lines) {
                        lastLine.set(line);
                        lines.notifyAll();
                    }
                }
            } catch (IOException e) {
                // the process ended
            }
        }

        /** Asks for a counters line and waits for it. */
        String stats() throws IOException, InterruptedException {
            synchronized (lines) {
                lastLine.set("");
                commands.write("stats\n");
                commands.flush();
                long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                while (!lastLine.get().startsWith("online=") && System.nanoTime() < end) {
                    lines.wait(500);
                }
                return lastLine.get();
            }
        }

        @Override
        public void close() throws Exception {
            try {
                commands.write("quit\n");
                commands.flush();
            } catch (IOException gone) {
                // already ended
            }
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroy();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    /** Peak and current resident set of a process, from /proc. */
    private static final class Rss {
        static String of(long pid) {
            try {
                String hwm = "?";
                String rss = "?";
                for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                    if (line.startsWith("VmHWM:")) {
                        hwm = line.substring(6).trim();
                    } else if (line.startsWith("VmRSS:")) {
                        rss = line.substring(6).trim();
                    }
                }
                return "peak " + hwm + " (now " + rss + ")";
            } catch (IOException e) {
                return "unknown (" + e.getMessage() + ")";
            }
        }
    }
}
