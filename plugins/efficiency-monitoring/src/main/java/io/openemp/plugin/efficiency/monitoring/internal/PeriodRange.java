package io.openemp.plugin.efficiency.monitoring.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import io.openemp.plugin.efficiency.monitoring.api.Period;

/** A local calendar day, month or year of a zone, and its instants. */
record PeriodRange(Period period, LocalDate start, LocalDate end, ZoneId zone) {

    /** The period of kind {@code period} that contains {@code date}. */
    static PeriodRange containing(Period period, LocalDate date, ZoneId zone) {
        LocalDate start = switch (period) {
            case DAY -> date;
            case MONTH -> date.withDayOfMonth(1);
            case YEAR -> date.withDayOfYear(1);
        };
        LocalDate end = switch (period) {
            case DAY -> start.plusDays(1);
            case MONTH -> start.plusMonths(1);
            case YEAR -> start.plusYears(1);
        };
        return new PeriodRange(period, start, end, zone);
    }

    Instant from() {
        return start.atStartOfDay(zone).toInstant();
    }

    Instant to() {
        return end.atStartOfDay(zone).toInstant();
    }

    /** The period before: the day before, the month before, the year before. */
    PeriodRange previous() {
        return containing(period, start.minusDays(1), zone);
    }

    /** The same period a year earlier (29 February: the 28th). */
    PeriodRange yearEarlier() {
        return containing(period, start.minusYears(1), zone);
    }
}
