package io.openemp.plugin.efficiency.potential.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;

import org.junit.BeforeClass;
import org.junit.Test;

import io.openemp.data.readings.api.Aggregation;
import io.openemp.data.readings.api.MeterDirectory;
import io.openemp.data.readings.api.Reading;
import io.openemp.data.readings.api.ReadingStore;
import io.openemp.data.readings.api.ReadingTypeInfo;
import io.openemp.data.readings.internal.JdbcReadingStore;
import io.openemp.plugin.api.RpcException;
import io.openemp.plugin.efficiency.potential.api.LoadProfile;
import io.openemp.testing.TestDatabases;

/**
 * {@code efficiency-potential.profile} on real data: the UCI household (Sceaux, 1-2 Feb 2007, one-minute active and
 * reactive power, CC BY 4.0) loaded into a real JDBC ReadingStore on H2 as 15-minute energies, against a plain
 * computation from the file's minutes.
 */
public class ProfileFromReadingsTest {

    private static final String ACTIVE = "energy.active.15min";
    private static final String REACTIVE = "energy.reactive.15min";
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Instant FROM = LocalDateTime.parse("2007-02-01T00:00").atZone(PARIS).toInstant();
    private static final Instant TO = LocalDateTime.parse("2007-02-03T00:00").atZone(PARIS).toInstant();

    private static ReadingStore store;
    /** Hourly kWh and kvarh from the file's minutes, by local hour start. */
    private static final TreeMap<LocalDateTime, double[]> HOURS = new TreeMap<>();

    @BeforeClass
    public static void load() throws Exception {
        MeterDirectory directory = new MeterDirectory() {
            @Override
            public OptionalLong meterKey(String meter) {
                return meter.equals("UCI-MAIN") ? OptionalLong.of(1) : OptionalLong.empty();
            }

            @Override
            public Optional<ReadingTypeInfo> readingType(String code) {
                return Optional.ofNullable(Map.of(
                        ACTIVE, new ReadingTypeInfo(ACTIVE, "kWh", Aggregation.SUM, 900, "15-minute active energy"),
                        REACTIVE, new ReadingTypeInfo(REACTIVE, "kvarh", Aggregation.SUM, 900, "15-minute reactive energy"))
                        .get(code));
            }

            @Override
            public ZoneId zone(String meter) {
                return PARIS;
            }
        };
        store = JdbcReadingStore.open(TestDatabases.h2("effpot-readings"), directory,
                new JdbcReadingStore.Settings(100_000, 300, false));
        DateTimeFormatter stamp = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
        TreeMap<Instant, double[]> quarters = new TreeMap<>();
        for (String line : Files.readAllLines(StarterSetTest.DATA.resolve("uci_household_power_2007-02-01_02.txt"),
                StandardCharsets.UTF_8).subList(1, 2881)) {
            String[] f = line.split(" ");
            // "66637" 2007-02-01 2007-02-01 00:00:00 0.326 0.128 ...: date, date time, active kW, reactive kW.
            LocalDateTime minute = LocalDateTime.parse(f[2] + " " + f[3], stamp);
            double p = Double.parseDouble(f[4]) / 60;
            double q = Double.parseDouble(f[5]) / 60;
            double[] h = HOURS.computeIfAbsent(minute.withMinute(0), k -> new double[2]);
            h[0] += p;
            h[1] += q;
            // A 15-minute reading is stamped at the end of its interval.
            Instant end = minute.withMinute(minute.getMinute() / 15 * 15).plusMinutes(15).atZone(PARIS).toInstant();
            double[] e = quarters.computeIfAbsent(end, k -> new double[2]);
            e[0] += p;
            e[1] += q;
        }
        List<Reading> readings = new ArrayList<>();
        quarters.forEach((end, e) -> {
            readings.add(Reading.of("UCI-MAIN", ACTIVE, end, BigDecimal.valueOf(e[0]).setScale(6, RoundingMode.HALF_UP)));
            readings.add(Reading.of("UCI-MAIN", REACTIVE, end, BigDecimal.valueOf(e[1]).setScale(6, RoundingMode.HALF_UP)));
        });
        store.append(readings);
    }

    @Test
    public void theProfileMatchesAPlainComputationFromTheMinutes() throws Exception {
        LoadProfile p = ProfileReader.read(store, "UCI-MAIN", ACTIVE, REACTIVE, FROM, TO, 40);
        assertEquals(48, p.hours());
        assertEquals(0, p.hoursMissing());
        assertEquals("Europe/Paris", p.zone());
        // The README of the data: 58.208 kWh in the two days.
        assertEquals(58.208, p.energyKwh(), 0.01);

        double sum = 0;
        double sumQ = 0;
        double max = 0;
        double peak = 0;
        double working = 0;
        double base = 0;
        int workingHours = 0;
        int baseHours = 0;
        for (Map.Entry<LocalDateTime, double[]> e : HOURS.entrySet()) {
            int h = e.getKey().getHour();
            double kwh = e.getValue()[0];
            assertTrue(e.getKey().getDayOfWeek() != DayOfWeek.SATURDAY && e.getKey().getDayOfWeek() != DayOfWeek.SUNDAY);
            sum += kwh;
            sumQ += e.getValue()[1];
            max = Math.max(max, kwh);
            if (h >= 8 && h < 11 || h >= 18 && h < 21) {
                peak += kwh;
            }
            if (h >= 8 && h < 18) {
                working += kwh;
                workingHours++;
            } else if (h < 6) {
                base += kwh;
                baseHours++;
            }
        }
        assertEquals(20, workingHours);
        assertEquals(12, baseHours);
        assertEquals(sum / 48 / max, p.features().loadFactor(), 1e-4);
        assertEquals(sum / Math.sqrt(sum * sum + sumQ * sumQ), p.features().powerFactor(), 1e-4);
        assertEquals(base / 12 / (working / 20), p.features().baseLoadShare(), 1e-4);
        assertEquals(peak / sum, p.features().peakShare(), 1e-4);
        assertEquals(working / 20, p.workingLoadKw(), 1e-4);
        assertEquals(base / 12, p.baseLoadKw(), 1e-4);
        assertEquals(40, p.features().intensityPercentile(), 0);
        // The features are within the tree's ranges, so they can be classified as they are.
        FeatureSet.check("features", p.features());
    }

    @Test
    public void badRequestsNameTheParam() {
        invalid(() -> ProfileReader.read(store, "UCI-MAIN", ACTIVE, REACTIVE, TO, FROM, 40), "to");
        invalid(() -> ProfileReader.read(store, "UCI-MAIN", ACTIVE, REACTIVE, FROM, FROM.plusSeconds(400L * 86400), 40), "to");
        invalid(() -> ProfileReader.read(store, "NOPE", ACTIVE, REACTIVE, FROM, TO, 40), "meter");
        invalid(() -> ProfileReader.read(store, "UCI-MAIN", ACTIVE, REACTIVE, FROM, TO, 140), "intensityPercentile");
        // An empty period: no hours to profile.
        invalid(() -> ProfileReader.read(store, "UCI-MAIN", ACTIVE, REACTIVE, TO, TO.plusSeconds(86400), 40), "from");
    }

    private interface Call {
        void run() throws RpcException;
    }

    private static void invalid(Call c, String param) {
        try {
            c.run();
            throw new AssertionError("accepted; expected a refusal on " + param);
        } catch (RpcException e) {
            assertEquals(e.getMessage(), -32602, e.code());
            assertTrue(e.getMessage(), e.getMessage().contains(param));
            assertEquals(e.getMessage(), param, ((Map<?, ?>) e.data()).get("param"));
        }
    }

}
