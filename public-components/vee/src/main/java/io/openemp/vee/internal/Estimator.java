package io.openemp.vee.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.openemp.data.readings.api.Gap;
import io.openemp.data.readings.api.Point;
import io.openemp.data.readings.api.Quality;
import io.openemp.vee.api.DayType;
import io.openemp.vee.api.Estimate;
import io.openemp.vee.api.EstimationSettings;
import io.openemp.vee.api.Unestimated;
import io.openemp.vee.api.VeeFlags;

/**
 * Fills gaps in memory: linear interpolation for short gaps between trusted neighbours, the mean of similar
 * days at the same local time of day for the others (scaled, when asked, to the level of the readings on the
 * gap's edges). Trusted values are measured ones (or edited ones) not
 * flagged SUSPECT: an estimate is never built on another estimate or on a value a rule rejected. Pure: the
 * caller loads the series (with {@link #lookback} before the range) and stores the result.
 */
final class Estimator {

    /** Result of one run. */
    record Result(List<Estimate> estimates, List<Unestimated> unestimated) {
    }

    /** The most decimals an estimate gets (the reading store keeps at most 9). */
    private static final int MAX_SCALE = 9;

    private final EstimationSettings settings;
    private final Duration interval;
    private final ZoneId zone;

    Estimator(EstimationSettings settings, int intervalSeconds, ZoneId zone) {
        this.settings = settings;
        this.interval = Duration.ofSeconds(intervalSeconds);
        this.zone = zone;
    }

    /**
     * How far back the profile may look: enough calendar days to meet {@code profileDays} similar days, and two
     * weeks more, so that a similar day without a trusted value (another gap, a spike) is replaced by an older one.
     */
    static Duration lookback(EstimationSettings settings) {
        int days = switch (settings.dayType()) {
            case SAME_WEEKDAY -> 7 * settings.profileDays();
            case WORKDAY_WEEKEND -> 7 * ((settings.profileDays() + 1) / 2); // weekend days come two a week
            case ANY_DAY -> settings.profileDays();
        } + 14;
        return Duration.ofDays(days + 1L);
    }

    /**
     * @param known the stored series with its lookback and one interval after the range, by instant
     * @param gaps the gaps to fill, oldest first
     */
    Result estimate(Map<Instant, Point> known, List<Gap> gaps) {
        List<Estimate> estimates = new ArrayList<>();
        List<Unestimated> unestimated = new ArrayList<>();
        for (Gap gap : gaps) {
            Point left = trusted(known.get(gap.first().minus(interval)));
            Point right = trusted(known.get(gap.last().plus(interval)));
            if (gap.missing() <= settings.maxInterpolationIntervals() && left != null && right != null) {
                interpolate(gap, left, right, estimates);
                continue;
            }
            BigDecimal scale = settings.scaleToEdges() ? edgeScale(gap, known) : null;
            for (Instant at = gap.first(); !at.isAfter(gap.last()); at = at.plus(interval)) {
                Estimate e = profile(at, known);
                if (e != null && scale != null) {
                    BigDecimal scaled = e.value().multiply(scale).setScale(Math.min(MAX_SCALE, e.value().scale() + 3), RoundingMode.HALF_EVEN);
                    e = new Estimate(e.at(), plain(scaled), e.method(), e.basis());
                }
                if (e != null) {
                    estimates.add(e);
                } else {
                    unestimated.add(new Unestimated(at, "no trusted neighbours for interpolation and no similar day with a trusted value at "
                            + at.atZone(zone).toLocalTime()));
                }
            }
        }
        return new Result(estimates, unestimated);
    }

    /** The profile's scaling is kept within these bounds: an edge value far off its profile is more likely odd than the day. */
    private static final BigDecimal MIN_SCALE = new BigDecimal("0.5");
    private static final BigDecimal MAX_SCALE_FACTOR = new BigDecimal("2");

    /**
     * The factor that brings the profile to today's level: the trusted readings on both edges of the gap over
     * their own profile values, within 0.5..2; null (no scaling) when an edge or its profile is missing.
     */
    private BigDecimal edgeScale(Gap gap, Map<Instant, Point> known) {
        Point left = trusted(known.get(gap.first().minus(interval)));
        Point right = trusted(known.get(gap.last().plus(interval)));
        if (left == null || right == null) {
            return null;
        }
        Estimate pl = profile(left.at(), known);
        Estimate pr = profile(right.at(), known);
        if (pl == null || pr == null) {
            return null;
        }
        BigDecimal p = pl.value().add(pr.value());
        if (p.signum() <= 0) {
            return null;
        }
        BigDecimal r = left.value().add(right.value()).divide(p, 6, RoundingMode.HALF_EVEN);
        return r.max(MIN_SCALE).min(MAX_SCALE_FACTOR);
    }

    private void interpolate(Gap gap, Point left, Point right, List<Estimate> out) {
        int steps = gap.missing() + 1;
        int scale = Math.min(MAX_SCALE, Math.max(left.value().scale(), right.value().scale()) + 3);
        BigDecimal rise = right.value().subtract(left.value());
        Instant at = gap.first();
        for (int k = 1; k < steps; k++, at = at.plus(interval)) {
            BigDecimal v = left.value().add(rise.multiply(BigDecimal.valueOf(k)).divide(BigDecimal.valueOf(steps), scale, RoundingMode.HALF_EVEN));
            out.add(new Estimate(at, plain(v), VeeFlags.INTERPOLATED, 2));
        }
    }

    private Estimate profile(Instant at, Map<Instant, Point> known) {
        ZonedDateTime local = at.atZone(zone);
        LocalTime time = local.toLocalTime();
        LocalDate day = local.toLocalDate();
        long maxBack = lookback(settings).toDays();
        BigDecimal sum = BigDecimal.ZERO;
        int found = 0;
        int scale = 0;
        for (int back = 1; back <= maxBack && found < settings.profileDays(); back++) {
            LocalDate candidate = day.minusDays(back);
            if (!similar(day, candidate)) {
                continue;
            }
            Point p = trusted(known.get(ZonedDateTime.of(candidate, time, zone).toInstant()));
            if (p != null) {
                sum = sum.add(p.value());
                scale = Math.max(scale, p.value().scale());
                found++;
            }
        }
        if (found == 0) {
            return null;
        }
        BigDecimal mean = sum.divide(BigDecimal.valueOf(found), Math.min(MAX_SCALE, scale + 3), RoundingMode.HALF_EVEN);
        return new Estimate(at, plain(mean), VeeFlags.PROFILE, found);
    }

    private boolean similar(LocalDate day, LocalDate candidate) {
        DayType type = settings.dayType();
        return switch (type) {
            case SAME_WEEKDAY -> day.getDayOfWeek() == candidate.getDayOfWeek();
            case WORKDAY_WEEKEND -> weekend(day) == weekend(candidate);
            case ANY_DAY -> true;
        };
    }

    private static boolean weekend(LocalDate d) {
        return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /** Without trailing zeros, but never in exponent form (1E+1 stays 10). */
    static BigDecimal plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    private static Point trusted(Point p) {
        if (p == null || p.flags().contains(Quality.SUSPECT) || p.flags().contains(Quality.ESTIMATED)) {
            return null;
        }
        return p;
    }
}
