package io.openemp.vee.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.BeforeClass;
import org.junit.Test;

import io.openemp.data.readings.api.Point;
import io.openemp.data.readings.api.Quality;
import io.openemp.data.readings.api.Reading;
import io.openemp.data.readings.api.ReadingStore;
import io.openemp.vee.api.DayType;
import io.openemp.vee.api.EstimationResult;
import io.openemp.vee.api.EstimationSettings;
import io.openemp.vee.api.Finding;
import io.openemp.vee.api.RuleSet;
import io.openemp.vee.api.SpikeRule;
import io.openemp.vee.api.ValidationResult;
import io.openemp.vee.api.VeeFlags;

/**
 * Two years of a real transformer's hourly load (ETTh2 MUFL, 17,420 readings) with seeded injected faults:
 * 40 short gaps (1-3 h), 10 day-long gaps, 10 spikes, 5 negative values and a 36-hour zero run. The rules must
 * find exactly the injected gaps, negatives and zeros, every injected spike with few false ones; the gaps are
 * then estimated and the estimates compared with the removed true values.
 */
public class EttTransformerTest {

    private static final Duration HOUR = Duration.ofHours(1);
    /** Spike false positives accepted on this series: 0.05 % of the readings. */
    private static final int MAX_FALSE_SPIKES = 9;

    private static final Map<Instant, BigDecimal> truth = new TreeMap<>();
    private static final List<List<Integer>> shortGaps = new ArrayList<>();
    private static final List<List<Integer>> longGaps = new ArrayList<>();
    private static final Set<Instant> spikes = new TreeSet<>();
    private static final Set<Instant> negatives = new TreeSet<>();
    private static final Set<Instant> zeros = new TreeSet<>();
    private static VeeComponent vee;
    private static String meter;
    private static Instant from;
    private static Instant to;
    private static ValidationResult validation;

    @BeforeClass
    public static void load() throws Exception {
        vee = Fixture.component();
        meter = Fixture.DIRECTORY.add("ETT-T2", "Asia/Shanghai");
        vee.rulesSet(rules(false), Fixture.MANAGER);

        List<RealData.Value> series = RealData.ettMufl();
        series.forEach(v -> truth.put(v.at(), v.value()));
        BigDecimal[] values = series.stream().map(RealData.Value::value).toArray(BigDecimal[]::new);
        boolean[] missing = new boolean[values.length];
        boolean[] taken = new boolean[values.length];
        Random random = new Random(20261125);
        // Faults start after 6 weeks, so that every day-long gap has 4 earlier same weekdays for its profile;
        // each keeps 12 untouched hours on either side, so that no fault is another's neighbour.
        for (int i = 0; i < 40; i++) {
            shortGaps.add(place(random, taken, 1 + random.nextInt(3)));
        }
        for (int i = 0; i < 10; i++) {
            longGaps.add(place(random, taken, 24));
        }
        List<Integer> spikeAt = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            spikeAt.add(place(random, taken, 1).get(0));
        }
        List<Integer> negativeAt = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            negativeAt.add(place(random, taken, 1).get(0));
        }
        List<Integer> zeroRun = place(random, taken, 36);

        for (List<Integer> gap : shortGaps) {
            gap.forEach(i -> missing[i] = true);
        }
        for (List<Integer> gap : longGaps) {
            gap.forEach(i -> missing[i] = true);
        }
        for (int i : spikeAt) {
            // three times the largest neighbour on top of the value: a spike by any measure of "neighbour"
            BigDecimal max = BigDecimal.ZERO;
            for (int j = i - 4; j <= i + 4; j++) {
                max = j == i ? max : max.max(values[j]);
            }
            values[i] = values[i].add(max.multiply(BigDecimal.valueOf(3)));
            spikes.add(series.get(i).at());
        }
        for (int i : negativeAt) {
            values[i] = values[i].negate();
            negatives.add(series.get(i).at());
        }
        for (int i : zeroRun) {
            values[i] = BigDecimal.ZERO.setScale(3);
            zeros.add(series.get(i).at());
        }
        List<Reading> batch = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            if (!missing[i]) {
                batch.add(Reading.of(meter, TestDirectory.LOAD_1H, series.get(i).at(), values[i]));
            }
        }
        for (int i = 0; i < batch.size(); i += ReadingStore.MAX_BATCH) {
            Fixture.readings().append(batch.subList(i, Math.min(batch.size(), i + ReadingStore.MAX_BATCH)));
        }
        from = series.get(0).at();
        to = series.get(series.size() - 1).at().plus(HOUR);
        validation = vee.validate(meter, TestDirectory.LOAD_1H, from, to, true);
    }

    private static RuleSet rules(boolean scaleToEdges) {
        return new RuleSet(TestDirectory.LOAD_1H, true, new SpikeRule(4, new BigDecimal("3"), BigDecimal.ZERO), true, 1,
                null, null, 300, new EstimationSettings(3, 4, DayType.SAME_WEEKDAY, scaleToEdges), null);
    }

    private static List<Integer> place(Random random, boolean[] taken, int length) {
        int margin = 12;
        while (true) {
            int start = 24 * 42 + random.nextInt(taken.length - 24 * 42 - length - margin);
            boolean free = true;
            for (int i = start - margin; i < start + length + margin && free; i++) {
                free = !taken[i];
            }
            if (free) {
                List<Integer> run = new ArrayList<>();
                for (int i = start - margin; i < start + length + margin; i++) {
                    taken[i] = true;
                }
                for (int i = start; i < start + length; i++) {
                    run.add(i);
                }
                return run;
            }
        }
    }

    private static Set<Instant> found(String rule) {
        return validation.findings().stream().filter(f -> f.rule().equals(rule)).map(Finding::at).collect(Collectors.toCollection(TreeSet::new));
    }

    static Set<Instant> diff(Set<Instant> a, Set<Instant> b) {
        Set<Instant> d = new TreeSet<>(a);
        d.removeAll(b);
        return d;
    }

    private static Instant at(int index) {
        return from.plus(HOUR.multipliedBy(index));
    }

    @Test
    public void theGapRuleFindsExactlyTheRemovedRuns() {
        List<Finding> gaps = validation.findings().stream().filter(f -> f.rule().equals(VeeFlags.GAP)).toList();
        List<List<Integer>> all = new ArrayList<>(shortGaps);
        all.addAll(longGaps);
        all.sort((a, b) -> a.get(0) - b.get(0));
        assertEquals(all.size(), gaps.size());
        for (int k = 0; k < all.size(); k++) {
            List<Integer> run = all.get(k);
            assertEquals(at(run.get(0)), gaps.get(k).at());
            assertEquals(at(run.get(run.size() - 1)), gaps.get(k).until());
            assertFalse(gaps.get(k).flagged());
        }
    }

    @Test
    public void negativesAndTheZeroRunAreFoundExactly() {
        assertEquals(negatives, found(VeeFlags.NEGATIVE));
        assertEquals(zeros, found(VeeFlags.ZERO_RUN));
        assertEquals(Set.of(), found(VeeFlags.FUTURE));
    }

    @Test
    public void everySpikeIsFoundWithFewFalseOnes() {
        Set<Instant> found = found(VeeFlags.SPIKE);
        assertTrue("missed spikes: " + diff(spikes, found), found.containsAll(spikes));
        Set<Instant> falsePositives = diff(found, spikes);
        System.out.printf("ETTh2 MUFL: %d readings checked, %d spikes injected, %d found, %d false positives %s%n",
                validation.readings(), spikes.size(), found.size() - falsePositives.size(), falsePositives.size(), falsePositives);
        assertTrue("false spikes: " + falsePositives, falsePositives.size() <= MAX_FALSE_SPIKES);
    }

    @Test
    public void failingReadingsAreFlaggedAndKeepTheirValue() {
        Instant spike = spikes.iterator().next();
        Point p = Fixture.readings().query(meter, TestDirectory.LOAD_1H, spike, spike.plusSeconds(1), 1).points().get(0);
        assertEquals(Set.of(Quality.SUSPECT, VeeFlags.SPIKE), p.flags());
        assertEquals(2, Fixture.readings().history(meter, TestDirectory.LOAD_1H, spike).revisions().size());
        Instant zero = zeros.iterator().next();
        assertEquals(Set.of(Quality.SUSPECT, VeeFlags.ZERO_RUN),
                Fixture.readings().query(meter, TestDirectory.LOAD_1H, zero, zero.plusSeconds(1), 1).points().get(0).flags());
        long distinct = validation.findings().stream().filter(f -> !f.rule().equals(VeeFlags.GAP)).map(Finding::at).distinct().count();
        assertEquals(distinct, validation.flagged());
        assertTrue(validation.findings().stream().filter(f -> !f.rule().equals(VeeFlags.GAP)).allMatch(Finding::flagged));
    }

    @Test
    public void gapsAreEstimatedAndTheErrorIsMeasured() throws Exception {
        // first the plain profile (the stored rules), as a dry run; then the profile scaled to the gap's edges, stored
        Accuracy plainProfile = Accuracy.of(VeeFlags.PROFILE, vee.estimate(meter, TestDirectory.LOAD_1H, from, to, true).estimates(), truth);
        vee.rulesSet(rules(true), Fixture.MANAGER);
        EstimationResult result = vee.estimate(meter, TestDirectory.LOAD_1H, from, to, false);
        int shortMissing = shortGaps.stream().mapToInt(List::size).sum();
        assertEquals(shortMissing + 10 * 24, result.missing());
        assertEquals(List.of(), result.unestimated());
        Map<String, Long> byMethod = result.estimates().stream().collect(Collectors.groupingBy(e -> e.method(), Collectors.counting()));
        assertEquals(Map.of(VeeFlags.INTERPOLATED, (long) shortMissing, VeeFlags.PROFILE, 240L), byMethod);
        assertTrue(result.estimates().stream().filter(e -> e.method().equals(VeeFlags.PROFILE)).allMatch(e -> e.basis() == 4));

        Accuracy interpolation = Accuracy.of(VeeFlags.INTERPOLATED, result.estimates(), truth);
        Accuracy profile = Accuracy.of(VeeFlags.PROFILE, result.estimates(), truth);
        System.out.println("ETTh2 MUFL (MW) estimation: " + interpolation);
        System.out.println("ETTh2 MUFL (MW) estimation, plain profile: " + plainProfile);
        System.out.println("ETTh2 MUFL (MW) estimation, scaled profile: " + profile);
        assertTrue(interpolation.toString(), interpolation.mape() < 6);
        assertTrue(plainProfile.toString(), plainProfile.mape() < 30);
        assertTrue(profile.toString(), profile.mape() < 10);

        // stored, flagged, and the gaps are gone
        Instant first = at(longGaps.get(0).get(0));
        Point p = Fixture.readings().query(meter, TestDirectory.LOAD_1H, first, first.plusSeconds(1), 1).points().get(0);
        assertEquals(Set.of(Quality.ESTIMATED, VeeFlags.PROFILE), p.flags());
        assertEquals("vee:profile", p.source());
        assertEquals(0, vee.estimate(meter, TestDirectory.LOAD_1H, from, to, false).missing());
    }
}
