package io.openemp.plugin.degreedays.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import io.openemp.plugin.api.RpcException;
import io.openemp.plugin.degreedays.api.DailyDegreeDays;
import io.openemp.plugin.degreedays.api.DegreeDayErrors;
import io.openemp.plugin.degreedays.api.DegreeDayResult;
import io.openemp.plugin.degreedays.api.DegreeDayTotals;
import io.openemp.plugin.degreedays.api.Observation;
import io.openemp.plugin.degreedays.api.TemperatureOutOfRange;

/**
 * Degree days by the integration method on observations: for each local day with observations T1..Tn,
 * {@code HDD = (1/n) * sum(max(0, heatingBase - Ti))} and {@code CDD = (1/n) * sum(max(0, Ti - coolingBase))}.
 * Each observation stands for an equal share of the day, so with evenly spaced observations this is the
 * integral of the temperature deficit (or excess) over the day, in kelvin-days. Daily values are rounded half
 * up to 2 decimals; the arithmetic before that is exact (decimal, from each temperature's shortest decimal
 * form). Plain Java, no OSGi: the component calls it, tests call it directly.
 */
final class DegreeDayCalculator {

    private static final int SCALE = 2;
    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(SCALE);

    private final ZoneId zone;
    private final BigDecimal heatingBase;
    private final BigDecimal coolingBase;
    private final double minDayCoverage;

    DegreeDayCalculator(ZoneId zone, double heatingBase, double coolingBase, double minDayCoverage) {
        this.zone = zone;
        this.heatingBase = BigDecimal.valueOf(heatingBase);
        this.coolingBase = BigDecimal.valueOf(coolingBase);
        this.minDayCoverage = minDayCoverage;
    }

    /**
     * Degree days of every local day the series touches.
     *
     * @param observations in strictly increasing time order
     * @param interval the expected spacing of observations, or {@code null} to infer it (median spacing)
     * @throws RpcException {@link DegreeDayErrors#TEMPERATURE_OUT_OF_RANGE} for an impossible temperature;
     *         invalid params for unordered or duplicate instants, a series of one observation without an
     *         interval, or a series longer than {@link DegreeDayErrors#MAX_DAYS} days
     */
    DegreeDayResult compute(List<Observation> observations, Duration interval) throws RpcException {
        check(observations);
        if (observations.isEmpty()) {
            return result(interval, List.of(), DegreeDayTotals.NONE);
        }
        Duration step = interval != null ? interval : medianSpacing(observations);
        LocalDate first = localDate(observations.get(0).at());
        LocalDate last = localDate(observations.get(observations.size() - 1).at());
        long span = ChronoUnit.DAYS.between(first, last) + 1;
        if (span > DegreeDayErrors.MAX_DAYS) {
            throw RpcException.invalidParams("observations", "the series spans " + span + " local days; at most "
                    + DegreeDayErrors.MAX_DAYS + " in one call");
        }
        List<DailyDegreeDays> days = new ArrayList<>((int) span);
        int next = 0;
        for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
            DayAccumulator day = new DayAccumulator();
            while (next < observations.size() && localDate(observations.get(next).at()).equals(date)) {
                day.add(BigDecimal.valueOf(observations.get(next).celsius()));
                next++;
            }
            days.add(day.finish(date, expectedObservations(date, step)));
        }
        return result(step, days, totals(days));
    }

    private DegreeDayResult result(Duration interval, List<DailyDegreeDays> days, DegreeDayTotals totals) {
        return new DegreeDayResult(zone.getId(), heatingBase.doubleValue(), coolingBase.doubleValue(),
                interval == null ? null : interval.toString(), minDayCoverage, List.copyOf(days), totals);
    }

    /** Range of every temperature and strict time order, reporting the first offending index. */
    private static void check(List<Observation> observations) throws RpcException {
        Instant previous = null;
        for (int i = 0; i < observations.size(); i++) {
            Observation o = observations.get(i);
            if (o == null || o.at() == null) {
                throw RpcException.invalidParams("observations", "observation " + i + " has no instant");
            }
            if (!Settings.possibleTemperature(o.celsius())) {
                throw new RpcException(DegreeDayErrors.TEMPERATURE_OUT_OF_RANGE,
                        "Temperature out of range: observation " + i + " is " + o.celsius() + " °C, outside "
                                + DegreeDayErrors.MIN_CELSIUS + ".." + DegreeDayErrors.MAX_CELSIUS + " °C",
                        new TemperatureOutOfRange(i, o.at(), o.celsius(), DegreeDayErrors.MIN_CELSIUS,
                                DegreeDayErrors.MAX_CELSIUS));
            }
            if (previous != null && !o.at().isAfter(previous)) {
                throw RpcException.invalidParams("observations", o.at().equals(previous)
                        ? "observations " + (i - 1) + " and " + i + " have the same instant " + previous
                        : "observation " + i + " (" + o.at() + ") is earlier than observation " + (i - 1) + " ("
                                + previous + "); give them oldest first");
            }
            previous = o.at();
        }
    }

    /** The lower median of the spacings between consecutive observations: robust to a few gaps. */
    private static Duration medianSpacing(List<Observation> observations) throws RpcException {
        if (observations.size() < 2) {
            throw RpcException.invalidParams("interval",
                    "cannot be inferred from a single observation; give it, e.g. \"PT1H\"");
        }
        List<Duration> spacings = new ArrayList<>(observations.size() - 1);
        for (int i = 1; i < observations.size(); i++) {
            spacings.add(Duration.between(observations.get(i - 1).at(), observations.get(i).at()));
        }
        spacings.sort(null);
        return spacings.get((spacings.size() - 1) / 2);
    }

    private LocalDate localDate(Instant at) {
        return at.atZone(zone).toLocalDate();
    }

    /** The day's length in this zone (23 to 25 hours across a DST change) over the interval, at least 1. */
    private long expectedObservations(LocalDate date, Duration interval) {
        Duration length = Duration.between(date.atStartOfDay(zone), date.plusDays(1).atStartOfDay(zone));
        return Math.max(1, length.dividedBy(interval));
    }

    private static DegreeDayTotals totals(List<DailyDegreeDays> days) {
        BigDecimal hdd = ZERO;
        BigDecimal cdd = ZERO;
        int complete = 0;
        for (DailyDegreeDays day : days) {
            if (day.complete()) {
                hdd = hdd.add(day.hdd());
                cdd = cdd.add(day.cdd());
                complete++;
            }
        }
        return new DegreeDayTotals(hdd, cdd, complete, days.size() - complete);
    }

    /** Sums of one local day's observations. */
    private final class DayAccumulator {

        private int count;
        private BigDecimal sum = BigDecimal.ZERO;
        private BigDecimal heatingDeficit = BigDecimal.ZERO;
        private BigDecimal coolingExcess = BigDecimal.ZERO;

        void add(BigDecimal celsius) {
            count++;
            sum = sum.add(celsius);
            heatingDeficit = heatingDeficit.add(heatingBase.subtract(celsius).max(BigDecimal.ZERO));
            coolingExcess = coolingExcess.add(celsius.subtract(coolingBase).max(BigDecimal.ZERO));
        }

        DailyDegreeDays finish(LocalDate date, long expected) {
            if (count == 0) {
                return new DailyDegreeDays(date, null, null, null, 0, expected, false);
            }
            long required = BigDecimal.valueOf(minDayCoverage).multiply(BigDecimal.valueOf(expected))
                    .setScale(0, RoundingMode.CEILING).longValueExact();
            return new DailyDegreeDays(date, mean(heatingDeficit), mean(coolingExcess), mean(sum), count, expected,
                    count >= required);
        }

        private BigDecimal mean(BigDecimal total) {
            return total.divide(BigDecimal.valueOf(count), SCALE, RoundingMode.HALF_UP);
        }
    }
}
