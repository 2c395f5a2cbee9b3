package io.openemp.vee.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.BeforeClass;
import org.junit.Test;

import io.openemp.data.readings.api.Point;
import io.openemp.data.readings.api.Quality;
import io.openemp.data.readings.api.Reading;
import io.openemp.vee.api.DayType;
import io.openemp.vee.api.EstimationResult;
import io.openemp.vee.api.EstimationSettings;
import io.openemp.vee.api.Finding;
import io.openemp.vee.api.RegisterRule;
import io.openemp.vee.api.RuleSet;
import io.openemp.vee.api.SpikeRule;
import io.openemp.vee.api.SumCheckRule;
import io.openemp.vee.api.ValidationResult;
import io.openemp.vee.api.VeeFlags;

/**
 * A real household (UCI, 2 days of minute power made into 192 quarter-hour energies) with an hourly energy
 * register computed from the same energies, starting at 99,990 kWh on a 5-digit register so that it rolls over
 * on the first day. Injected: three gaps (1, 3 and 8 quarter hours), two spikes, two negative values, and a
 * register reset on the second afternoon. The rules must find exactly those, the rollover as a rollover, and
 * the interval sum check must fail exactly in the hours holding a spike or a negative value.
 */
public class UciHouseholdTest {

    private static final Duration QUARTER = Duration.ofMinutes(15);
    private static final int[] SPIKES = { 50, 110 };
    private static final int[] NEGATIVES = { 80, 170 };
    private static final int[][] GAPS = { { 20, 20 }, { 60, 62 }, { 130, 137 } };
    /** The register reading (hour index) at which the register was reset to zero an hour earlier. */
    private static final int RESET_HOUR = 44;
    private static final BigDecimal MODULUS = new BigDecimal("100000");
    /** Spike false positives accepted on this household's 192 quarter hours (kettle and heater cycles). */
    private static final int MAX_FALSE_SPIKES = 4;

    private static final Map<Instant, BigDecimal> truth = new TreeMap<>();
    private static VeeComponent vee;
    private static String meter;
    private static Instant start;
    private static Instant end;
    private static Instant rolloverAt;
    private static ValidationResult intervals;
    private static ValidationResult register;

    @BeforeClass
    public static void load() throws Exception {
        vee = Fixture.component();
        meter = Fixture.DIRECTORY.add("UCI-HH", "Europe/Paris");
        vee.rulesSet(intervalRules(false), Fixture.MANAGER);
        vee.rulesSet(new RuleSet(TestDirectory.REGISTER, false, null, false, null, new RegisterRule(MODULUS, new BigDecimal("10")),
                null, 300, new EstimationSettings(0, 1, DayType.ANY_DAY, false), null), Fixture.MANAGER);

        List<RealData.Value> series = RealData.uciEnergy15Min();
        assertEquals(192, series.size());
        series.forEach(v -> truth.put(v.at(), v.value()));
        start = series.get(0).at().minus(QUARTER);
        end = series.get(191).at().plusSeconds(1);
        BigDecimal[] values = series.stream().map(RealData.Value::value).toArray(BigDecimal[]::new);

        // the register, hourly, from the true energies: 99,990 kWh at the start, wrapping at 100,000
        List<Reading> readings = new ArrayList<>();
        BigDecimal cumulative = BigDecimal.ZERO;
        BigDecimal atReset = null;
        BigDecimal previous = null;
        for (int h = 0; h <= 48; h++) {
            if (h > 0) {
                for (int i = 4 * (h - 1); i < 4 * h; i++) {
                    cumulative = cumulative.add(values[i]);
                }
            }
            if (h == RESET_HOUR - 1) {
                atReset = cumulative;
            }
            BigDecimal reading = h >= RESET_HOUR ? cumulative.subtract(atReset)
                    : new BigDecimal("99990").add(cumulative).remainder(MODULUS);
            if (previous != null && reading.compareTo(previous) < 0 && h != RESET_HOUR) {
                rolloverAt = start.plus(Duration.ofHours(h));
            }
            previous = reading;
            readings.add(Reading.of(meter, TestDirectory.REGISTER, start.plus(Duration.ofHours(h)), reading));
        }
        for (int i : SPIKES) {
            BigDecimal max = BigDecimal.ZERO;
            for (int j = i - 4; j <= i + 4; j++) {
                max = j == i ? max : max.max(values[j]);
            }
            values[i] = values[i].add(max.multiply(BigDecimal.valueOf(5)));
        }
        for (int i : NEGATIVES) {
            values[i] = values[i].negate();
        }
        for (int i = 0; i < 192; i++) {
            if (!inGap(i)) {
                readings.add(Reading.of(meter, TestDirectory.ENERGY_15, series.get(i).at(), values[i]));
            }
        }
        Fixture.readings().append(readings);
        intervals = vee.validate(meter, TestDirectory.ENERGY_15, at(0), end, true);
        register = vee.validate(meter, TestDirectory.REGISTER, start, end, true);
    }

    private static RuleSet intervalRules(boolean scaleToEdges) {
        return new RuleSet(TestDirectory.ENERGY_15, true, new SpikeRule(4, new BigDecimal("5"), new BigDecimal("0.05")), true,
                null, null, new SumCheckRule(TestDirectory.REGISTER, new BigDecimal("0.001"), BigDecimal.ZERO), 300,
                new EstimationSettings(4, 1, DayType.WORKDAY_WEEKEND, scaleToEdges), null);
    }

    private static boolean inGap(int i) {
        for (int[] g : GAPS) {
            if (i >= g[0] && i <= g[1]) {
                return true;
            }
        }
        return false;
    }

    private static Instant at(int index) {
        return start.plus(QUARTER.multipliedBy(index + 1L));
    }

    private static Set<Instant> found(ValidationResult r, String rule) {
        return r.findings().stream().filter(f -> f.rule().equals(rule)).map(Finding::at).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<Instant> instants(int... indexes) {
        Set<Instant> s = new TreeSet<>();
        for (int i : indexes) {
            s.add(at(i));
        }
        return s;
    }

    @Test
    public void gapsAndNegativesAreFoundExactly() {
        List<Finding> gaps = intervals.findings().stream().filter(f -> f.rule().equals(VeeFlags.GAP)).toList();
        assertEquals(GAPS.length, gaps.size());
        for (int k = 0; k < GAPS.length; k++) {
            assertEquals(at(GAPS[k][0]), gaps.get(k).at());
            assertEquals(at(GAPS[k][1]), gaps.get(k).until());
        }
        assertEquals(instants(NEGATIVES), found(intervals, VeeFlags.NEGATIVE));
        assertEquals(Set.of(), found(intervals, VeeFlags.FUTURE));
    }

    @Test
    public void spikesAreFoundWithFewFalseOnes() {
        Set<Instant> found = found(intervals, VeeFlags.SPIKE);
        assertTrue(found.containsAll(instants(SPIKES)));
        Set<Instant> falsePositives = EttTransformerTest.diff(found, instants(SPIKES));
        System.out.printf("UCI household 15 min: %d readings checked, %d spikes injected and found, %d false positives %s%n",
                intervals.readings(), SPIKES.length, falsePositives.size(), falsePositives);
        assertTrue(falsePositives.toString(), falsePositives.size() <= MAX_FALSE_SPIKES);
    }

    @Test
    public void theSumCheckFailsExactlyInTheHoursHoldingAFault() {
        Set<Instant> expected = new TreeSet<>();
        for (int i : new int[] { SPIKES[0], SPIKES[1], NEGATIVES[0], NEGATIVES[1] }) {
            int hour = i / 4;
            for (int k = 4 * hour; k < 4 * hour + 4; k++) {
                expected.add(at(k));
            }
        }
        assertEquals(expected, found(intervals, VeeFlags.SUM_CHECK));
    }

    @Test
    public void theRolloverIsARolloverAndTheResetIsSuspect() {
        Instant reset = start.plus(Duration.ofHours(RESET_HOUR));
        assertEquals(Set.of(rolloverAt), found(register, VeeFlags.ROLLOVER));
        assertEquals(Set.of(reset), found(register, VeeFlags.RESET));
        assertEquals(2, register.findings().size());
        assertEquals(Set.of(VeeFlags.ROLLOVER), flags(TestDirectory.REGISTER, rolloverAt));
        assertEquals(Set.of(Quality.SUSPECT, VeeFlags.RESET), flags(TestDirectory.REGISTER, reset));
    }

    @Test
    public void readingsWithSeveralFindingsCarryEveryRule() {
        assertEquals(Set.of(Quality.SUSPECT, VeeFlags.NEGATIVE, VeeFlags.SUM_CHECK), flags(TestDirectory.ENERGY_15, at(NEGATIVES[0])));
        assertEquals(Set.of(Quality.SUSPECT, VeeFlags.SPIKE, VeeFlags.SUM_CHECK), flags(TestDirectory.ENERGY_15, at(SPIKES[0])));
    }

    @Test
    public void gapsAreEstimatedAndTheErrorIsMeasured() throws Exception {
        EstimationResult dry = vee.estimate(meter, TestDirectory.ENERGY_15, at(0), end, true);
        assertEquals(12, dry.estimates().size());
        assertEquals(List.of(), dry.unestimated());
        assertTrue(Fixture.readings().query(meter, TestDirectory.ENERGY_15, at(130), at(131), 10).points().isEmpty());

        vee.rulesSet(intervalRules(true), Fixture.MANAGER);
        System.out.println("UCI household (kWh per 15 min) estimation, scaled profile: " + Accuracy.of(VeeFlags.PROFILE,
                vee.estimate(meter, TestDirectory.ENERGY_15, at(0), end, true).estimates(), truth));
        vee.rulesSet(intervalRules(false), Fixture.MANAGER);

        EstimationResult result = vee.estimate(meter, TestDirectory.ENERGY_15, at(0), end, false);
        assertEquals(12, result.missing());
        assertEquals(dry.estimates(), result.estimates());
        Map<String, Long> byMethod = result.estimates().stream().collect(Collectors.groupingBy(e -> e.method(), Collectors.counting()));
        assertEquals(Map.of(VeeFlags.INTERPOLATED, 4L, VeeFlags.PROFILE, 8L), byMethod);
        System.out.println("UCI household (kWh per 15 min) estimation: " + Accuracy.of(VeeFlags.INTERPOLATED, result.estimates(), truth));
        System.out.println("UCI household (kWh per 15 min) estimation, plain profile: " + Accuracy.of(VeeFlags.PROFILE, result.estimates(), truth));
        // interpolation between two values is exact arithmetic: the 3-quarter gap 60..62 lies on the line between 59 and 63
        BigDecimal left = truth.get(at(59));
        BigDecimal right = truth.get(at(63));
        BigDecimal expected = left.add(right.subtract(left).multiply(BigDecimal.valueOf(2)).divide(BigDecimal.valueOf(4)));
        assertEquals(0, expected.compareTo(result.estimates().stream().filter(e -> e.at().equals(at(61))).findFirst().orElseThrow().value()));
        // the profile of Friday 10:45 is Thursday 10:45 (one similar working day)
        Instant friday = at(130);
        assertEquals(0, truth.get(friday.minus(Duration.ofDays(1))).compareTo(
                result.estimates().stream().filter(e -> e.at().equals(friday)).findFirst().orElseThrow().value()));
        assertEquals(Set.of(Quality.ESTIMATED, VeeFlags.INTERPOLATED), flags(TestDirectory.ENERGY_15, at(20)));
    }

    private static Set<String> flags(String type, Instant at) {
        List<Point> p = Fixture.readings().query(meter, type, at, at.plusSeconds(1), 1).points();
        return p.get(0).flags();
    }
}
