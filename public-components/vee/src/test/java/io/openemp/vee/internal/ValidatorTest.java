package io.openemp.vee.internal;

import static org.junit.Assert.assertEquals;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.Test;

import io.openemp.data.readings.api.Point;
import io.openemp.vee.api.DayType;
import io.openemp.vee.api.EstimationSettings;
import io.openemp.vee.api.Finding;
import io.openemp.vee.api.RegisterRule;
import io.openemp.vee.api.RuleSet;
import io.openemp.vee.api.SpikeRule;
import io.openemp.vee.api.SumCheckRule;
import io.openemp.vee.api.VeeFlags;

/** The rules on small hand-made series, at their boundaries. */
public class ValidatorTest {

    private static final Instant T0 = Instant.parse("2024-05-01T00:00:00Z");
    private static final EstimationSettings EST = new EstimationSettings(4, 4, DayType.SAME_WEEKDAY, false);

    private static RuleSet rules(SpikeRule spike, Integer zeroDays, RegisterRule register, SumCheckRule sum, Integer future) {
        return new RuleSet("t", false, spike, false, zeroDays, register, sum, future, EST, null);
    }

    /** Hourly points from T0 + 1 h; null leaves a hole. */
    private static List<Point> hourly(String... values) {
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                points.add(new Point(T0.plus(Duration.ofHours(i + 1)), new BigDecimal(values[i]), Set.of(), null));
            }
        }
        return points;
    }

    private static List<String> rulesAt(List<Finding> findings) {
        return findings.stream().map(f -> f.rule() + "@" + Duration.between(T0, f.at()).toHours()).toList();
    }

    private static List<Finding> run(RuleSet rules, List<Point> points, Validator.RegisterSeries register, Instant now) {
        return new Validator(rules, 3600, T0, T0.plus(Duration.ofDays(30))).validate(points, List.of(), register, now);
    }

    @Test
    public void aSpikeNeedsTheFactorTheFloorAndEnoughNeighbours() {
        SpikeRule rule = new SpikeRule(2, new BigDecimal("3"), new BigDecimal("0.5"));
        // median of 1,1,1,1 is 1: 3.01 is a spike, 3 is not (strictly above factor x median)
        assertEquals(List.of("vee.spike@3"), rulesAt(run(rules(rule, null, null, null, null), hourly("1", "1", "3.01", "1", "1"), null, T0)));
        assertEquals(List.of(), rulesAt(run(rules(rule, null, null, null, null), hourly("1", "1", "3", "1", "1"), null, T0)));
        // quiet hours: 0.4 is 40 times the median 0.01 but below the floor
        assertEquals(List.of(), rulesAt(run(rules(rule, null, null, null, null), hourly("0.01", "0.01", "0.4", "0.01", "0.01"), null, T0)));
        // a value with fewer than `window` neighbours in reach is not judged (the first one has only 2... the holes leave 1)
        assertEquals(List.of(), rulesAt(run(rules(rule, null, null, null, null), hourly("9", null, null, "1", "1"), null, T0)));
    }

    @Test
    public void aZeroRunCountsFromItsFirstIntervalAndAHoleEndsIt() {
        String[] day = new String[26];
        java.util.Arrays.fill(day, "0");
        day[0] = "1";
        day[25] = "1";
        // zeros at hours 2..25: 24 intervals of an hour = exactly 1 day
        assertEquals(24, run(rules(null, 1, null, null, null), hourly(day), null, T0).size());
        day[12] = "0.001";
        assertEquals(0, run(rules(null, 1, null, null, null), hourly(day), null, T0).size());
        day[12] = null; // a hole splits the run into two shorter ones
        assertEquals(0, run(rules(null, 1, null, null, null), hourly(day), null, T0).size());
    }

    @Test
    public void aDecreaseIsARolloverOnlyNearTheModulusAndWithinTheStep() {
        RegisterRule wrap = new RegisterRule(new BigDecimal("1000"), new BigDecimal("10"));
        // 995 -> 3: advance 8 <= 10, a rollover; 3 -> 2: a reset
        List<Finding> f = new Validator(rules(null, null, wrap, null, null), 0, T0, T0.plus(Duration.ofDays(1)))
                .validate(hourly("990", "995", "3", "2", "5"), List.of(), null, T0);
        assertEquals(List.of("vee.rollover@3", "vee.register-reset@4"), rulesAt(f));
        // 995 -> 6: advance 11 > 10, a reset
        f = new Validator(rules(null, null, wrap, null, null), 0, T0, T0.plus(Duration.ofDays(1)))
                .validate(hourly("995", "6"), List.of(), null, T0);
        assertEquals(List.of("vee.register-reset@2"), rulesAt(f));
        // without a modulus every decrease is a reset
        f = new Validator(rules(null, null, new RegisterRule(null, null), null, null), 0, T0, T0.plus(Duration.ofDays(1)))
                .validate(hourly("995", "3"), List.of(), null, T0);
        assertEquals(List.of("vee.register-reset@2"), rulesAt(f));
    }

    @Test
    public void theSumCheckAllowsItsToleranceAndSkipsIncompleteSpans() {
        SumCheckRule sum = new SumCheckRule("r", new BigDecimal("0.1"), new BigDecimal("0.01"));
        RegisterRule wrap = new RegisterRule(new BigDecimal("1000"), new BigDecimal("50"));
        // register at T0 and T0+2h, T0+4h: advances 10 and (1000 - 998 + 8 =) 10 across the rollover
        List<Point> register = List.of(new Point(T0, new BigDecimal("988"), Set.of(), null),
                new Point(T0.plus(Duration.ofHours(2)), new BigDecimal("998"), Set.of(), null),
                new Point(T0.plus(Duration.ofHours(4)), new BigDecimal("8"), Set.of(), null));
        Validator.RegisterSeries reg = new Validator.RegisterSeries(register, wrap);
        // allowed: 0.1 + 0.01 x 10 = 0.2; 10.2 passes, 10.21 fails
        assertEquals(List.of(), run(rules(null, null, null, sum, null), hourly("5", "5.2", "5", "5"), reg, T0));
        assertEquals(List.of("vee.sum-check@3", "vee.sum-check@4"),
                rulesAt(run(rules(null, null, null, sum, null), hourly("5", "5", "5", "5.21"), reg, T0)));
        // a span with a missing hour is not checked
        assertEquals(List.of(), run(rules(null, null, null, sum, null), hourly("5", "5", null, "9"), reg, T0));
    }

    @Test
    public void theFutureStartsAfterTheTolerance() {
        Instant now = T0.plus(Duration.ofHours(2));
        // readings at +1h, +2h (now), +3h; tolerance 3600 s: +3h is exactly now + tolerance, not after it
        assertEquals(List.of(), run(rules(null, null, null, null, 3600), hourly("1", "1", "1"), null, now));
        assertEquals(List.of("vee.future@3"), rulesAt(run(rules(null, null, null, null, 3599), hourly("1", "1", "1"), null, now)));
    }

    @Test
    public void findingsOutsideTheRangeAreNotReported() {
        SpikeRule rule = new SpikeRule(2, new BigDecimal("3"), BigDecimal.ZERO);
        List<Finding> f = new Validator(rules(rule, null, null, null, null), 3600, T0.plus(Duration.ofHours(4)), T0.plus(Duration.ofDays(1)))
                .validate(hourly("1", "1", "9", "1", "1", "1", "9", "1", "1"), List.of(), null, T0);
        assertEquals(List.of(VeeFlags.SPIKE + "@7"), rulesAt(f));
    }
}
