package io.openemp.vee.internal;

import static org.junit.Assert.assertEquals;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.Test;

import io.openemp.data.readings.api.Gap;
import io.openemp.data.readings.api.Point;
import io.openemp.data.readings.api.Quality;
import io.openemp.vee.api.DayType;
import io.openemp.vee.api.Estimate;
import io.openemp.vee.api.EstimationSettings;
import io.openemp.vee.api.VeeFlags;

/** Interpolation and the similar-day profile on hand-made series. */
public class EstimatorTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static Point point(Instant at, String value, String... flags) {
        return new Point(at, new BigDecimal(value), Set.of(flags), null);
    }

    private static Instant local(String dateTime) {
        return java.time.LocalDateTime.parse(dateTime).atZone(BERLIN).toInstant();
    }

    @Test
    public void interpolationIsOnTheLineBetweenTheNeighbours() {
        Instant t = Instant.parse("2024-05-01T00:00:00Z");
        Map<Instant, Point> known = new HashMap<>();
        known.put(t, point(t, "1.0"));
        known.put(t.plusSeconds(3 * 900), point(t.plusSeconds(3 * 900), "2.5"));
        Estimator.Result r = new Estimator(new EstimationSettings(2, 4, DayType.SAME_WEEKDAY, false), 900, BERLIN)
                .estimate(known, List.of(new Gap(t.plusSeconds(900), t.plusSeconds(1800), 2)));
        assertEquals(List.of(new Estimate(t.plusSeconds(900), new BigDecimal("1.5"), VeeFlags.INTERPOLATED, 2),
                new Estimate(t.plusSeconds(1800), new BigDecimal("2"), VeeFlags.INTERPOLATED, 2)), r.estimates());
    }

    @Test
    public void aSuspectNeighbourSendsTheGapToTheProfile() {
        Instant t = local("2024-05-08T10:00");
        Map<Instant, Point> known = new HashMap<>();
        known.put(t.minusSeconds(3600), point(t.minusSeconds(3600), "1"));
        known.put(t.plusSeconds(3600), point(t.plusSeconds(3600), "50", Quality.SUSPECT, VeeFlags.SPIKE));
        known.put(local("2024-05-01T10:00"), point(local("2024-05-01T10:00"), "4"));
        Estimator.Result r = new Estimator(new EstimationSettings(4, 4, DayType.SAME_WEEKDAY, false), 3600, BERLIN)
                .estimate(known, List.of(new Gap(t, t, 1)));
        assertEquals(List.of(new Estimate(t, new BigDecimal("4"), VeeFlags.PROFILE, 1)), r.estimates());
    }

    @Test
    public void theProfileAveragesTheLastSimilarDaysAtTheSameLocalTimeAcrossDaylightSaving() {
        // Wednesday 3 April 2024, 10:00 in Berlin (UTC+2, since 31 March); the Wednesdays before (27, 20, 13 March)
        // are UTC+1: the same local time is another UTC hour. 6 March is estimated itself: not used, 28 Feb is.
        Instant gap = local("2024-04-03T10:00");
        Map<Instant, Point> known = new HashMap<>();
        for (String[] day : new String[][] { { "2024-03-27", "2" }, { "2024-03-20", "4" }, { "2024-03-13", "9" }, { "2024-03-06", "100" },
                { "2024-02-28", "3" }, { "2024-04-02", "1000" } }) {
            Instant at = local(day[0] + "T10:00");
            known.put(at, day[0].equals("2024-03-06") ? point(at, day[1], Quality.ESTIMATED, VeeFlags.PROFILE) : point(at, day[1]));
        }
        // exactly 7 x 24 hours before the gap is 09:00 local on 27 March: must not be taken
        known.put(gap.minus(Duration.ofDays(7)), point(gap.minus(Duration.ofDays(7)), "777"));
        Estimator.Result r = new Estimator(new EstimationSettings(0, 4, DayType.SAME_WEEKDAY, false), 3600, BERLIN)
                .estimate(known, List.of(new Gap(gap, gap, 1)));
        // (2 + 4 + 9 + 3) / 4
        assertEquals(List.of(new Estimate(gap, new BigDecimal("4.5"), VeeFlags.PROFILE, 4)), r.estimates());
    }

    @Test
    public void aScaledProfileMeetsTheLevelOfTheGapsEdges() {
        // gap Wednesday 8 May 10:00..11:00; edges 09:00 = 4 and 12:00 = 6; the Wednesday before had 2, 2, 3, 3
        Map<Instant, Point> known = new HashMap<>();
        String[][] values = { { "2024-05-01T09:00", "2" }, { "2024-05-01T10:00", "2" }, { "2024-05-01T11:00", "3" },
            { "2024-05-01T12:00", "3" }, { "2024-05-08T09:00", "4" }, { "2024-05-08T12:00", "6" } };
        for (String[] v : values) {
            known.put(local(v[0]), point(local(v[0]), v[1]));
        }
        Gap gap = new Gap(local("2024-05-08T10:00"), local("2024-05-08T11:00"), 2);
        // (4 + 6) / (2 + 3) = 2
        Estimator.Result r = new Estimator(new EstimationSettings(0, 1, DayType.SAME_WEEKDAY, true), 3600, BERLIN).estimate(known, List.of(gap));
        assertEquals(List.of(new BigDecimal("4"), new BigDecimal("6")), r.estimates().stream().map(Estimate::value).toList());
        // edges 40 times their profile: the factor stops at 2
        known.put(local("2024-05-08T09:00"), point(local("2024-05-08T09:00"), "80"));
        known.put(local("2024-05-08T12:00"), point(local("2024-05-08T12:00"), "120"));
        r = new Estimator(new EstimationSettings(0, 1, DayType.SAME_WEEKDAY, true), 3600, BERLIN).estimate(known, List.of(gap));
        assertEquals(List.of(new BigDecimal("4"), new BigDecimal("6")), r.estimates().stream().map(Estimate::value).toList());
        // without scaling: the profile as it is
        r = new Estimator(new EstimationSettings(0, 1, DayType.SAME_WEEKDAY, false), 3600, BERLIN).estimate(known, List.of(gap));
        assertEquals(List.of(new BigDecimal("2"), new BigDecimal("3")), r.estimates().stream().map(Estimate::value).toList());
    }

    @Test
    public void weekendsComeFromWeekends() {
        Instant saturday = local("2024-05-11T10:00");
        Map<Instant, Point> known = new HashMap<>();
        known.put(local("2024-05-10T10:00"), point(local("2024-05-10T10:00"), "100")); // Friday
        known.put(local("2024-05-05T10:00"), point(local("2024-05-05T10:00"), "2"));   // Sunday
        known.put(local("2024-05-04T10:00"), point(local("2024-05-04T10:00"), "4"));   // Saturday
        Estimator.Result r = new Estimator(new EstimationSettings(0, 2, DayType.WORKDAY_WEEKEND, false), 3600, BERLIN)
                .estimate(known, List.of(new Gap(saturday, saturday, 1)));
        assertEquals(new BigDecimal("3"), r.estimates().get(0).value());
    }

    @Test
    public void withoutNeighboursOrSimilarDaysTheGapStays() {
        Instant t = local("2024-05-08T10:00");
        Estimator.Result r = new Estimator(new EstimationSettings(4, 4, DayType.ANY_DAY, false), 3600, BERLIN)
                .estimate(Map.of(), List.of(new Gap(t, t.plusSeconds(3600), 2)));
        assertEquals(List.of(), r.estimates());
        assertEquals(2, r.unestimated().size());
        assertEquals(t, r.unestimated().get(0).at());
    }
}
