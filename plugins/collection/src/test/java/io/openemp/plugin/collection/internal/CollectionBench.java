package io.openemp.plugin.collection.internal;

import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.Test;

import io.openemp.plugin.collection.api.CollectionTask;
import io.openemp.plugin.collection.api.TaskMode;
import io.openemp.plugin.collection.api.TaskOutcome;
import io.openemp.simulator.Counter;
import io.openemp.simulator.FleetOptions;
import io.openemp.simulator.TerminalFleet;

/**
 * Not run by the build (no "Test" in its name): a broadcast freeze of a whole fleet, collected and stored on H2,
 * timed end to end. {@code mvn -o test -Dtest=CollectionBench -Dbench.terminals=1000 -Dbench.meters=100
 * -Dbench.drop=0.01}. With {@code -Dbench.simulator=<simulator.jar>} the fleet runs as a separate process
 * instead ({@link ExternalFleetBench}: 10,000 terminals need ~10,000 sockets on each side, more than one process
 * may open here).
 */
public class CollectionBench {

    /** The real store, with the time spent appending counted. */
    static final class TimedStore extends GatedStore {
        static final java.util.concurrent.atomic.AtomicLong nanos = new java.util.concurrent.atomic.AtomicLong();
        static final java.util.concurrent.atomic.AtomicLong appends = new java.util.concurrent.atomic.AtomicLong();
        static final java.util.concurrent.atomic.AtomicLong readings = new java.util.concurrent.atomic.AtomicLong();

        TimedStore(io.openemp.data.readings.api.ReadingStore store) {
            super(store);
        }

        @Override
        public io.openemp.data.readings.api.AppendResult append(List<io.openemp.data.readings.api.Reading> batch) {
            long t = System.nanoTime();
            try {
                return super.append(batch);
            } finally {
                nanos.addAndGet(System.nanoTime() - t);
                appends.incrementAndGet();
                readings.addAndGet(batch.size());
            }
        }
    }


    @Test
    public void freezeAndCollectAFleet() throws Exception {
        if (System.getProperty("bench.simulator") != null) {
            ExternalFleetBench.run();
            return;
        }
        int terminals = Integer.getInteger("bench.terminals", 200);
        int meters = Integer.getInteger("bench.meters", 100);
        double drop = Double.parseDouble(System.getProperty("bench.drop", "0"));
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        try (StationFixture fixture = new StationFixture(s -> new Settings(s.host(), s.port(), Duration.ofMinutes(5),
                10_000, Duration.ofMillis(200), 200_000, s.maxFrameLength(), 64, zone, 1, Duration.ofMillis(500)), s -> new TimedStore(s))) {
            for (int t = 1; t <= terminals; t++) {
                for (int pn = 1; pn <= meters; pn++) {
                    fixture.directory.add("0171-" + t + "-" + pn);
                }
            }
            try (TerminalFleet fleet = new TerminalFleet(FleetOptions.builder().master("127.0.0.1", fixture.port())
                    .terminals(terminals).meters(meters).zone(zone).drop(drop).heartbeat(Duration.ofMinutes(2))
                    .rampUp(Duration.ofSeconds(2)).build()).start()) {
                long t0 = System.nanoTime();
                assertTrue(fleet.awaitLoggedIn(terminals, Duration.ofMinutes(2)));
                System.out.printf("%d terminals logged in in %d ms%n", terminals, (System.nanoTime() - t0) / 1_000_000);
                List<Integer> points = IntStream.rangeClosed(1, meters).boxed().toList();
                CollectionTask task = new CollectionTask("bench", null, TaskMode.FREEZE, List.of(), points,
                        List.of(Tasks.F161), null, null, 5, 2000, 600, null, null, true);
                TaskOutcome o = fixture.station.run(task).orElseThrow();
                System.out.printf("freeze of %d meters behind %d terminals (drop %.3f): %d collected, %d failed, %d retries,"
                        + " %d stored in %d ms (%.0f meters/s); freezes %d, dropped replies %d%n", terminals * meters,
                        terminals, drop, o.collected(), o.failed(), o.retries(), o.stored(), o.durationMillis(),
                        o.collected() * 1000.0 / o.durationMillis(), fleet.count(Counter.FREEZES),
                        fleet.count(Counter.FAULT_DROPPED));
                System.out.printf("store: %d appends, %d readings, %d ms in append%n", TimedStore.appends.get(),
                        TimedStore.readings.get(), TimedStore.nanos.get() / 1_000_000);
            }
        }
    }
}
