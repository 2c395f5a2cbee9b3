package io.openemp.plugin.efficiency.monitoring.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.openemp.data.readings.api.Reading;
import io.openemp.plugin.efficiency.monitoring.api.Enterprise;
import io.openemp.plugin.efficiency.monitoring.api.Level;
import io.openemp.plugin.efficiency.monitoring.api.MeterLink;
import io.openemp.plugin.efficiency.monitoring.api.Node;
import io.openemp.plugin.efficiency.monitoring.api.Period;

/**
 * Not a test (run by hand): monthly statistics for N customers (one node with one meter each, 96 readings a day for
 * the 30 days of June 2026), on the tests' H2 store, with {@code threads} callers.
 *
 * <pre>
 * mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *      io.openemp.plugin.efficiency.monitoring.internal.MonthlyStatisticsBench 1000 2
 * </pre>
 */
public final class MonthlyStatisticsBench {

    public static void main(String[] args) throws Exception {
        int customers = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        ZoneId zone = ZoneId.of(Fixture.SHANGHAI);
        Instant start = LocalDate.of(2026, 6, 1).atStartOfDay(zone).toInstant();
        MonitoringComponent c = Fixture.component();
        c.enterpriseSave(new Enterprise("BENCH", "Bench", Fixture.SHANGHAI));
        Random random = new Random(7);
        long t0 = System.nanoTime();
        List<Reading> batch = new ArrayList<>();
        for (int i = 0; i < customers; i++) {
            String meter = Fixture.DIRECTORY.add("B-" + i, Fixture.SHANGHAI);
            for (int q = 1; q <= 30 * 96; q++) {
                batch.add(Reading.of(meter, TestDirectory.ACTIVE, start.plusSeconds(900L * q),
                        BigDecimal.valueOf(random.nextInt(2500), 3)));
                if (batch.size() == 9600) {
                    Fixture.STORE.append(batch);
                    batch.clear();
                }
            }
            c.nodeSave(new Node("bench-" + i, "BENCH", null, "Customer " + i, Level.SITE, List.of(new MeterLink(meter, 1))));
        }
        Fixture.STORE.append(batch);
        System.out.printf("loaded %d customers x 2880 readings in %.1f s%n", customers, (System.nanoTime() - t0) / 1e9);
        for (int run = 0; run < 3; run++) {
            Runtime.getRuntime().gc();
            long before = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            long t1 = System.nanoTime();
            List<Future<BigDecimal>> results = new ArrayList<>();
            for (int i = 0; i < customers; i++) {
                String node = "bench-" + i;
                results.add(pool.submit(() -> c.statistics(node, Period.MONTH, LocalDate.of(2026, 6, 1), null).rows().get(0)
                        .consumptionKwh()));
            }
            BigDecimal total = BigDecimal.ZERO;
            for (Future<BigDecimal> f : results) {
                total = total.add(f.get());
            }
            double seconds = (System.nanoTime() - t1) / 1e9;
            long after = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
            pool.shutdown();
            System.out.printf("run %d: %d customers' June statistics in %.2f s (%.2f ms each), %d threads, total %s kWh,"
                    + " heap %d -> %d MB%n", run, customers, seconds, seconds * 1000 / customers, threads,
                    total.toPlainString(), before >> 20, after >> 20);
        }
        System.exit(0);
    }
}
