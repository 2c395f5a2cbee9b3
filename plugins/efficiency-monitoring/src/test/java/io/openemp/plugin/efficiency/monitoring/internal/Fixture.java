package io.openemp.plugin.efficiency.monitoring.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import io.openemp.data.readings.api.Reading;
import io.openemp.data.readings.api.ReadingStore;
import io.openemp.data.readings.internal.JdbcReadingStore;
import io.openemp.testing.TestDatabases;

/**
 * What the tests share: one H2 file database holding the real reading store and this module's tables, the meter
 * directory, and the real series of ../shared/data loaded once:
 * <ul>
 * <li>UCI household (Sceaux, France; 1-2 Feb 2007, one-minute rows, CC BY 4.0), summed to 15-minute energies:
 * meter {@code UCI-MAIN} (global active energy, and its reactive energy), {@code UCI-S1..S3} (the three
 * sub-meters: kitchen, laundry, water heater and air conditioner), zone Europe/Paris;</li>
 * <li>ETTh1 (a distribution transformer in China, hourly, 2016-07-01 .. 2018-06-26, CC BY-ND 4.0, used unmodified
 * from its file): meters {@code ETT-HUFL} and {@code ETT-LUFL} (high and low useful load), zone Asia/Shanghai.</li>
 * </ul>
 */
final class Fixture {

    static final String PARIS = "Europe/Paris";
    static final String SHANGHAI = "Asia/Shanghai";
    static final Path DATA = TestDatabases.repositoryRoot().resolve("../shared/data").normalize();

    static final TestDirectory DIRECTORY = new TestDirectory();
    static final DataSource DB = pooled(TestDatabases.h2("effmon"));
    static final ReadingStore STORE = open();

    /** The 15-minute series as loaded, per meter and reading type ("UCI-MAIN/energy.active..."). */
    static final Map<String, TreeMap<Instant, BigDecimal>> LOADED = new java.util.concurrent.ConcurrentHashMap<>();

    private static boolean uci;
    private static boolean ett;

    private Fixture() {
    }

    private static DataSource pooled(DataSource ds) {
        HikariConfig c = new HikariConfig();
        c.setDataSource(ds);
        c.setMaximumPoolSize(6);
        c.setPoolName("effmon-test");
        return new HikariDataSource(c);
    }

    private static ReadingStore open() {
        try {
            return JdbcReadingStore.open(DB, DIRECTORY, new JdbcReadingStore.Settings(100_000, 300, false));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static MonitoringComponent component() {
        return component(Settings.DEFAULTS);
    }

    static MonitoringComponent component(Settings settings) {
        try {
            return new MonitoringComponent(DB, STORE, DIRECTORY, settings);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static TreeMap<Instant, BigDecimal> series(String meter, String type) {
        return LOADED.get(meter + "/" + type);
    }

    /** Loads the UCI household's two days once, summed to 15-minute energies stamped at their intervals' ends. */
    static synchronized void loadUci() {
        if (uci) {
            return;
        }
        ZoneId zone = ZoneId.of(PARIS);
        DateTimeFormatter f = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
        TreeMap<Instant, BigDecimal[]> sums = new TreeMap<>();
        for (String line : lines(DATA.resolve("uci_household_power_2007-02-01_02.txt"))) {
            if (line.startsWith("\"Date\"")) {
                continue;
            }
            String[] t = line.trim().split("\\s+");
            int n = t.length;
            LocalDateTime minute = LocalDateTime.parse(t[n - 9] + " " + t[n - 8], f);
            LocalDateTime start = minute.withMinute(minute.getMinute() / 15 * 15);
            Instant end = start.plusMinutes(15).atZone(zone).toInstant();
            BigDecimal[] s = sums.computeIfAbsent(end, k -> new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO,
                    BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO });
            s[0] = s[0].add(new BigDecimal(t[n - 7]));     // kW over one minute
            s[1] = s[1].add(new BigDecimal(t[n - 6]));     // kvar over one minute
            s[2] = s[2].add(new BigDecimal(t[n - 3]));     // Wh
            s[3] = s[3].add(new BigDecimal(t[n - 2]));
            s[4] = s[4].add(new BigDecimal(t[n - 1]));
        }
        String[] meters = { "UCI-MAIN", "UCI-MAIN", "UCI-S1", "UCI-S2", "UCI-S3" };
        String[] types = { TestDirectory.ACTIVE, TestDirectory.REACTIVE, TestDirectory.ACTIVE, TestDirectory.ACTIVE,
                TestDirectory.ACTIVE };
        for (String m : List.of("UCI-MAIN", "UCI-S1", "UCI-S2", "UCI-S3")) {
            DIRECTORY.add(m, PARIS);
        }
        List<Reading> batch = new ArrayList<>();
        for (Map.Entry<Instant, BigDecimal[]> e : sums.entrySet()) {
            for (int i = 0; i < 5; i++) {
                // kW summed over minutes / 60 = kWh; Wh / 1000 = kWh (exact)
                BigDecimal kwh = i < 2 ? e.getValue()[i].divide(BigDecimal.valueOf(60), 6, RoundingMode.HALF_EVEN)
                        : e.getValue()[i].movePointLeft(3);
                batch.add(Reading.of(meters[i], types[i], e.getKey(), kwh));
                LOADED.computeIfAbsent(meters[i] + "/" + types[i], k -> new TreeMap<>()).put(e.getKey(), kwh);
            }
        }
        STORE.append(batch);
        uci = true;
    }

    /** Loads ETTh1's HUFL and LUFL columns once as hourly energies (the hour starting at the row's time). */
    static synchronized void loadEtt() {
        if (ett) {
            return;
        }
        ZoneId zone = ZoneId.of(SHANGHAI);
        DateTimeFormatter f = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
        DIRECTORY.add("ETT-HUFL", SHANGHAI);
        DIRECTORY.add("ETT-LUFL", SHANGHAI);
        List<Reading> batch = new ArrayList<>();
        for (String line : lines(DATA.resolve("ettdataset/ETTh1.csv"))) {
            if (line.startsWith("date")) {
                continue;
            }
            String[] c = line.split(",");
            Instant end = LocalDateTime.parse(c[0], f).plusHours(1).atZone(zone).toInstant();
            BigDecimal hufl = new BigDecimal(c[1]).setScale(6, RoundingMode.HALF_EVEN);
            BigDecimal lufl = new BigDecimal(c[5]).setScale(6, RoundingMode.HALF_EVEN);
            batch.add(Reading.of("ETT-HUFL", TestDirectory.HOURLY, end, hufl));
            batch.add(Reading.of("ETT-LUFL", TestDirectory.HOURLY, end, lufl));
            LOADED.computeIfAbsent("ETT-HUFL/" + TestDirectory.HOURLY, k -> new TreeMap<>()).put(end, hufl);
            LOADED.computeIfAbsent("ETT-LUFL/" + TestDirectory.HOURLY, k -> new TreeMap<>()).put(end, lufl);
            if (batch.size() >= ReadingStore.MAX_BATCH) {
                STORE.append(batch);
                batch.clear();
            }
        }
        STORE.append(batch);
        ett = true;
    }

    /** The sum of a loaded series over readings with from < t <= to. */
    static BigDecimal sum(String meter, String type, Instant from, Instant to) {
        BigDecimal s = BigDecimal.ZERO;
        for (BigDecimal v : series(meter, type).subMap(from, false, to, true).values()) {
            s = s.add(v);
        }
        return s;
    }

    private static List<String> lines(Path p) {
        try {
            return Files.readAllLines(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
