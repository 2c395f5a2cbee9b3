package io.openemp.plugin.efficiency.monitoring.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.postgresql.ds.PGSimpleDataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import io.openemp.data.readings.api.Reading;
import io.openemp.data.readings.api.ReadingStore;
import io.openemp.data.readings.internal.JdbcReadingStore;
import io.openemp.plugin.efficiency.monitoring.api.Band;
import io.openemp.plugin.efficiency.monitoring.api.BandEnergy;
import io.openemp.plugin.efficiency.monitoring.api.Enterprise;
import io.openemp.plugin.efficiency.monitoring.api.Level;
import io.openemp.plugin.efficiency.monitoring.api.MeterLink;
import io.openemp.plugin.efficiency.monitoring.api.Node;
import io.openemp.plugin.efficiency.monitoring.api.NodeStatistics;
import io.openemp.plugin.efficiency.monitoring.api.Period;
import io.openemp.plugin.efficiency.monitoring.api.TouBand;
import io.openemp.plugin.efficiency.monitoring.api.TouCalendar;
import io.openemp.plugin.efficiency.monitoring.api.TouSeason;
import io.openemp.testing.TestDatabases;

/**
 * Not a test (run by hand, see bench/efficiency): issue 7 item 7, monthly statistics from the reading store on
 * PostgreSQL for up to 10,000 customers (one meter each, 96 readings a day over the 30 days of June 2026) under 100
 * sites of 100 customers, in one database ({@value #DATABASE}) of the scripts/test-postgres cluster that is kept
 * between runs, so the 28.8M readings are loaded once.
 *
 * <pre>
 * load  CUSTOMERS THREADS            loads customers 0..CUSTOMERS-1 (skips those already complete)
 * stats CUSTOMERS RUNS MODE THREADS  MODE sites: statistics(site) of the CUSTOMERS/100 first sites (the site row and
 *                                    its 100 customers' rows); customers: statistics(customer) of each customer;
 *                                    prototype: {@link SlotStatistics} per site (a sketch of the fix, not the module)
 * </pre>
 *
 * Shapes: the ETTh1 high useful load (../shared/data, a real transformer in China, hourly), each customer reading
 * its own 720-hour window of it (shifted by a customer-specific offset), scaled by its own factor, split into
 * quarter-hours with a fixed within-hour profile; kWh with 3 decimals. The expected total is computed from the same
 * generator and compared with the sum of the statistics.
 */
public final class PostgresMonthlyBench {

    static final String DATABASE = "effbench_monthly";
    static final int PER_SITE = 100;
    static final int MAX_CUSTOMERS = 10_000;
    static final int QUARTERS = 30 * 96;
    static final ZoneId ZONE = ZoneId.of(Fixture.SHANGHAI);
    static final LocalDate JUNE = LocalDate.of(2026, 6, 1);
    static final Instant START = JUNE.atStartOfDay(ZONE).toInstant();

    private PostgresMonthlyBench() {
    }

    public static void main(String[] args) throws Exception {
        String what = args[0];
        int customers = Integer.parseInt(args[1]);
        if (customers % PER_SITE != 0 || customers > MAX_CUSTOMERS) {
            throw new IllegalArgumentException("customers must be a multiple of 100 up to 10000");
        }
        TestDirectory directory = new TestDirectory();
        // Keys are given in order of registration: registering all meters in the same order in every JVM keeps the
        // keys the store saw at load time.
        for (int i = 0; i < MAX_CUSTOMERS; i++) {
            directory.add(meter(i), Fixture.SHANGHAI);
        }
        HikariDataSource db = pooled(database(), 6);
        ReadingStore store = JdbcReadingStore.open(db, directory, new JdbcReadingStore.Settings(100_000, 300, false));
        MonitoringComponent c = new MonitoringComponent(db, store, directory, Settings.DEFAULTS);
        Shapes shapes = Shapes.ett();
        if (what.equals("load")) {
            load(store, c, shapes, customers, Integer.parseInt(args[2]));
        } else {
            stats(db, store, c, shapes, customers, Integer.parseInt(args[2]), args[3], Integer.parseInt(args[4]));
        }
        db.close();
        System.exit(0);
    }

    static String meter(int i) {
        return String.format("BM-%05d", i);
    }

    static String customer(int i) {
        return String.format("cust-%05d", i);
    }

    static String site(int s) {
        return String.format("site-%03d", s);
    }

    /** The kept database, created on first use in the test cluster (scripts/test-postgres). */
    static DataSource database() throws Exception {
        String base = TestDatabases.postgresBaseUrl();
        try (Connection con = DriverManager.getConnection(base); Statement s = con.createStatement();
                ResultSet r = s.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
            if (!r.next()) {
                s.execute("create database " + DATABASE);
            }
        }
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(base.replace("/postgres?", "/" + DATABASE + "?"));
        return ds;
    }

    static HikariDataSource pooled(DataSource ds, int size) {
        HikariConfig c = new HikariConfig();
        c.setDataSource(ds);
        c.setMaximumPoolSize(size);
        c.setPoolName("effbench");
        return new HikariDataSource(c);
    }

    // ---- load -------------------------------------------------------------------------------------------------

    static void load(ReadingStore store, MonitoringComponent c, Shapes shapes, int customers, int threads)
            throws Exception {
        c.enterpriseSave(new Enterprise("BENCH", "Benchmark enterprise", Fixture.SHANGHAI));
        c.calendarSave(calendar());
        long t0 = System.nanoTime();
        for (int s = 0; s < customers / PER_SITE; s++) {
            c.nodeSave(new Node(site(s), "BENCH", null, "Site " + s, Level.SITE, List.of()));
            for (int i = s * PER_SITE; i < (s + 1) * PER_SITE; i++) {
                c.nodeSave(new Node(customer(i), "BENCH", site(s), "Customer " + i, Level.WORKSHOP,
                        List.of(new MeterLink(meter(i), 1))));
            }
        }
        System.out.printf("hierarchy: %d sites, %d customers saved in %.1f s%n", customers / PER_SITE, customers,
                (System.nanoTime() - t0) / 1e9);
        Instant last = START.plusSeconds(900L * QUARTERS);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicLong stored = new AtomicLong();
        long t1 = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        // Three customers a batch (8,640 readings, under MAX_BATCH); a customer whose last reading is stored is
        // complete (batches commit whole), so an interrupted load resumes where it stopped.
        for (int first = 0; first < customers; first += 3) {
            int from = first;
            int to = Math.min(first + 3, customers);
            done.add(pool.submit(() -> {
                List<String> meters = new ArrayList<>();
                for (int i = from; i < to; i++) {
                    meters.add(meter(i));
                }
                List<Reading> latest = store.latest(meters, TestDirectory.ACTIVE);
                List<Reading> batch = new ArrayList<>(3 * QUARTERS);
                for (int i = from; i < to; i++) {
                    String m = meter(i);
                    if (latest.stream().anyMatch(r -> r.meter().equals(m) && r.at().equals(last))) {
                        continue;
                    }
                    for (int q = 0; q < QUARTERS; q++) {
                        batch.add(Reading.of(m, TestDirectory.ACTIVE, START.plusSeconds(900L * (q + 1)),
                                BigDecimal.valueOf(shapes.wh(i, q), 3)));
                    }
                }
                if (!batch.isEmpty()) {
                    store.append(batch);
                }
                long n = stored.addAndGet(batch.size());
                if (to % 300 == 0 || to == customers) {
                    System.out.printf("  %d customers done, %,d readings appended, %.0f readings/s, load %s%n", to, n,
                            n / ((System.nanoTime() - t1) / 1e9), uptime());
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        double s = (System.nanoTime() - t1) / 1e9;
        System.out.printf("loaded %,d readings for %d customers in %.1f s (%.0f readings/s), %d threads; load %s%n",
                stored.get(), customers, s, stored.get() / s, threads, uptime());
    }

    static TouCalendar calendar() {
        // A common Chinese industrial split: valley 23-07, peak 08-11 and 18-23, flat the rest.
        return new TouCalendar("bench-tou", "Peak, flat, valley", List.of(new TouSeason("all year", "01-01", "12-31",
                List.of(new TouBand("00:00", "07:00", Band.VALLEY), new TouBand("07:00", "08:00", Band.FLAT),
                        new TouBand("08:00", "11:00", Band.PEAK), new TouBand("11:00", "18:00", Band.FLAT),
                        new TouBand("18:00", "23:00", Band.PEAK), new TouBand("23:00", "24:00", Band.VALLEY)),
                null)), null);
    }

    // ---- statistics -------------------------------------------------------------------------------------------

    static void stats(DataSource db, ReadingStore store, MonitoringComponent c, Shapes shapes, int customers, int runs, String mode, int threads)
            throws Exception {
        long expected = 0;
        for (int i = 0; i < customers; i++) {
            for (int q = 0; q < QUARTERS; q++) {
                expected += shapes.wh(i, q);
            }
        }
        BigDecimal expectedKwh = BigDecimal.valueOf(expected, 3);
        boolean sites = !mode.equals("customers");
        int calls = sites ? customers / PER_SITE : customers;
        SlotStatistics prototype = mode.equals("prototype") ? new SlotStatistics(store, calendar()) : null;
        for (int run = 0; run < runs; run++) {
            resetPeaks();
            long heapBefore = heapUsed();
            long cpu0 = processCpuNanos();
            long pg0 = backendCpuTicks(db);
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            long t0 = System.nanoTime();
            List<Future<Totals>> results = new ArrayList<>();
            for (int k = 0; k < calls; k++) {
                String node = sites ? site(k) : customer(k);
                int site = k;
                results.add(pool.submit(() -> prototype != null ? prototype.site(site) : Totals.of(
                        c.statistics(node, Period.MONTH, JUNE, "bench-tou").rows(), sites)));
            }
            Totals all = new Totals();
            for (Future<Totals> f : results) {
                all.add(f.get());
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            double jvmCpu = (processCpuNanos() - cpu0) / 1e9;
            double pgCpu = (backendCpuTicks(db) - pg0) / 100.0;
            pool.shutdown();
            String check = all.kwh.compareTo(expectedKwh) == 0 && all.bandsKwh.compareTo(expectedKwh) == 0
                    && all.rows == customers ? "ok" : "MISMATCH expected " + expectedKwh.toPlainString();
            System.out.printf("run %d (%s): %d customers, %d statistics calls (%s), %d threads: %.2f s wall"
                    + " (%.2f ms a customer); rows %d, readings %,d, total %s kWh [%s], max demand max %s kW,"
                    + " mean load factor %.4f; CPU s: JVM %.1f, PostgreSQL backends %.1f; heap used before %d MB, peak %d MB; peak RSS %d MB; load %s%n",
                    run, run == 0 ? "cold JVM" : "warm", customers, calls, mode, threads, seconds,
                    seconds * 1000 / customers, all.rows, all.readings, all.kwh.toPlainString(), check,
                    all.maxDemand.toPlainString(), all.loadFactorSum / all.rows, jvmCpu, pgCpu, heapBefore >> 20, peakHeap() >> 20,
                    peakRssKb() >> 10, uptime());
        }
    }

    /** Sums over the customers' rows (a site's own row is checked against its children, then left out). */
    static final class Totals {
        BigDecimal kwh = BigDecimal.ZERO;
        BigDecimal bandsKwh = BigDecimal.ZERO;
        BigDecimal maxDemand = BigDecimal.ZERO;
        double loadFactorSum;
        int rows;
        long readings;

        static Totals of(List<NodeStatistics> list, boolean site) {
            Totals t = new Totals();
            List<NodeStatistics> customers = site ? list.subList(1, list.size()) : list;
            for (NodeStatistics n : customers) {
                t.kwh = t.kwh.add(n.consumptionKwh());
                for (BandEnergy b : n.bands()) {
                    t.bandsKwh = t.bandsKwh.add(b.kwh());
                }
                t.maxDemand = t.maxDemand.max(n.maxDemandKw());
                t.loadFactorSum += n.loadFactor().doubleValue();
                t.readings += n.readings();
                t.rows++;
            }
            if (site && list.get(0).consumptionKwh().compareTo(t.kwh) != 0) {
                throw new IllegalStateException("site " + list.get(0).node() + " " + list.get(0).consumptionKwh()
                        + " != its customers' " + t.kwh);
            }
            return t;
        }

        synchronized void add(Totals o) {
            kwh = kwh.add(o.kwh);
            bandsKwh = bandsKwh.add(o.bandsKwh);
            maxDemand = maxDemand.max(o.maxDemand);
            loadFactorSum += o.loadFactorSum;
            rows += o.rows;
            readings += o.readings;
        }
    }

    /**
     * A sketch of the fix (not the module's code): the same monthly figures of a site and its 100 customers from the
     * same public store calls per customer (one query of June, the aggregates of the previous month, of last year
     * and of reactive energy), but the curve kept as a long array per 15-minute slot instead of TreeMaps of
     * Instant/BigDecimal, the time-of-use band of each slot worked out once per range instead of once per node and
     * interval, and the site's curve summed from its customers' curves instead of read again. Assumes readings with
     * at most 3 decimals (the module would pick the series' largest scale).
     */
    static final class SlotStatistics {
        private final ReadingStore store;
        private final Band[] band = new Band[QUARTERS];

        SlotStatistics(ReadingStore store, TouCalendar calendar) throws Exception {
            this.store = store;
            TouSchedule schedule = TouSchedule.of(calendar);
            for (int q = 0; q < QUARTERS; q++) {
                band[q] = schedule.band(java.time.LocalDateTime.ofInstant(START.plusSeconds(900L * q), ZONE));
            }
        }

        Totals site(int s) {
            Instant end = START.plusSeconds(900L * QUARTERS);
            Instant mayStart = JUNE.minusMonths(1).atStartOfDay(ZONE).toInstant();
            Instant lastYear = JUNE.minusYears(1).atStartOfDay(ZONE).toInstant();
            Instant lastYearEnd = JUNE.minusYears(1).plusMonths(1).atStartOfDay(ZONE).toInstant();
            long[] siteWh = new long[QUARTERS];
            Totals t = new Totals();
            for (int i = s * PER_SITE; i < (s + 1) * PER_SITE; i++) {
                String m = meter(i);
                long[] wh = new long[QUARTERS];
                int readings = 0;
                for (io.openemp.data.readings.api.Point p : store.query(m, TestDirectory.ACTIVE, START.plusMillis(1),
                        end.plusMillis(1), 10_000).points()) {
                    int slot = (int) ((p.at().getEpochSecond() - START.getEpochSecond()) / 900) - 1;
                    wh[slot] = p.value().setScale(3).unscaledValue().longValueExact();
                    siteWh[slot] += wh[slot];
                    readings++;
                }
                sum(store.aggregate(m, TestDirectory.ACTIVE, mayStart, START,
                        io.openemp.data.readings.api.AggregationPeriod.P1M));
                sum(store.aggregate(m, TestDirectory.ACTIVE, lastYear, lastYearEnd,
                        io.openemp.data.readings.api.AggregationPeriod.P1M));
                sum(store.aggregate(m, TestDirectory.REACTIVE, START, end,
                        io.openemp.data.readings.api.AggregationPeriod.P1M));
                row(t, wh, readings);
            }
            Totals site = new Totals();
            row(site, siteWh, QUARTERS);
            if (site.kwh.compareTo(t.kwh) != 0) {
                throw new IllegalStateException("site " + s + " " + site.kwh + " != " + t.kwh);
            }
            return t;
        }

        private static BigDecimal sum(io.openemp.data.readings.api.Aggregates a) {
            BigDecimal sum = null;
            for (io.openemp.data.readings.api.Aggregate p : a.periods()) {
                if (p.value() != null) {
                    sum = sum == null ? p.value() : sum.add(p.value());
                }
            }
            return sum;
        }

        /** Consumption, time-of-use split, max demand and load factor of one curve, added to {@code t}. */
        private void row(Totals t, long[] wh, int readings) {
            long total = 0;
            long max = 0;
            long[] bands = new long[Band.values().length];
            for (int q = 0; q < QUARTERS; q++) {
                total += wh[q];
                max = Math.max(max, wh[q]);
                bands[band[q].ordinal()] += wh[q];
            }
            BigDecimal maxKw = BigDecimal.valueOf(max * 4, 3);
            BigDecimal averageKw = BigDecimal.valueOf(total * 4, 3).divide(BigDecimal.valueOf(QUARTERS), 3,
                    java.math.RoundingMode.HALF_UP);
            t.kwh = t.kwh.add(BigDecimal.valueOf(total, 3));
            for (long b : bands) {
                t.bandsKwh = t.bandsKwh.add(BigDecimal.valueOf(b, 3));
            }
            t.maxDemand = t.maxDemand.max(maxKw);
            t.loadFactorSum += averageKw.divide(maxKw, 4, java.math.RoundingMode.HALF_UP).doubleValue();
            t.readings += readings;
            t.rows++;
        }
    }

    // ---- shapes and measurements ------------------------------------------------------------------------------

    /** Customer load shapes from the ETTh1 high useful load column. */
    static final class Shapes {
        /** Share of the hour's energy in each quarter, in thousandths (sums to 1000). */
        private static final int[] QUARTER = { 240, 255, 260, 245 };
        private final double[] hufl;

        private Shapes(double[] hufl) {
            this.hufl = hufl;
        }

        static Shapes ett() throws Exception {
            List<String> lines = Files.readAllLines(TestDatabases.repositoryRoot().resolve("../shared/data/ettdataset/ETTh1.csv"), StandardCharsets.UTF_8);
            double[] v = new double[lines.size() - 1];
            for (int i = 1; i < lines.size(); i++) {
                v[i - 1] = Math.max(0, Double.parseDouble(lines.get(i).split(",")[1]));
            }
            return new Shapes(v);
        }

        /** Energy in Wh of customer {@code i} in quarter {@code q} of June. */
        long wh(int i, int q) {
            int offset = (int) ((i * 7919L) % (hufl.length - QUARTERS / 4));
            double scale = 2 + (i * 37 % 101) * 0.5;     // 2 .. 52: a customer's size
            double kwhPerHour = hufl[offset + q / 4] * scale;
            return Math.round(kwhPerHour * QUARTER[q % 4]);
        }
    }

    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /**
     * CPU time (clock ticks, 1/100 s) used so far by the server processes of this database's connections: the pool
     * keeps its connections open, so the difference over a run is what the server spent on it.
     */
    static long backendCpuTicks(DataSource db) throws Exception {
        List<Integer> pids = new ArrayList<>();
        try (Connection con = db.getConnection(); Statement s = con.createStatement();
                ResultSet r = s.executeQuery("select pid from pg_stat_activity where datname = current_database()")) {
            while (r.next()) {
                pids.add(r.getInt(1));
            }
        }
        long ticks = 0;
        for (int pid : pids) {
            Path stat = Path.of("/proc/" + pid + "/stat");
            if (Files.isReadable(stat)) {
                String[] f = Files.readString(stat).replaceFirst("^.*\\) ", "").split(" ");
                ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]);     // utime, stime (fields 14, 15)
            }
        }
        return ticks;
    }

    static long heapUsed() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    static void resetPeaks() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            p.resetPeakUsage();
        }
    }

    /** Sum of the heap pools' peaks since the last reset (an upper bound of the heap used at any moment). */
    static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /** VmHWM: the process's peak resident set since it started. */
    static long peakRssKb() throws Exception {
        for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (l.startsWith("VmHWM:")) {
                return Long.parseLong(l.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }

    static String uptime() throws Exception {
        String[] l = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return l[0] + " " + l[1] + " " + l[2];
    }
}
