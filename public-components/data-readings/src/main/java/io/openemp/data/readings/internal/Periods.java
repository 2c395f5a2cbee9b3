package io.openemp.data.readings.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

import io.openemp.data.readings.api.AggregationPeriod;

/**
 * The periods of a local calendar: where the period holding an instant starts and where it ends, in a time zone.
 * Days and months start at local midnight (or the first local instant of the day when midnight falls in a
 * daylight-saving gap); hours and quarter hours follow the local clock, so an hour repeated when clocks go back
 * makes two periods, and in a zone that shifts by 30 minutes an hour may last 30 minutes.
 */
final class Periods {

    private final AggregationPeriod period;
    private final ZoneId zone;

    Periods(AggregationPeriod period, ZoneId zone) {
        this.period = period;
        this.zone = zone;
    }

    /** The nominal length in seconds, to compare with a reading type's interval. */
    static long nominalSeconds(AggregationPeriod period) {
        return switch (period) {
            case PT15M -> 900;
            case PT1H -> 3600;
            case P1D -> 86_400;
            case P1M -> 28 * 86_400;
        };
    }

    /** The start of the period holding {@code t}. */
    Instant start(Instant t) {
        ZonedDateTime z = t.atZone(zone);
        return switch (period) {
            case PT15M -> z.truncatedTo(ChronoUnit.HOURS).plusMinutes(z.getMinute() / 15 * 15L).toInstant();
            case PT1H -> z.truncatedTo(ChronoUnit.HOURS).toInstant();
            case P1D -> z.toLocalDate().atStartOfDay(zone).toInstant();
            case P1M -> z.toLocalDate().withDayOfMonth(1).atStartOfDay(zone).toInstant();
        };
    }

    /** The end (exclusive) of the period starting at {@code start}. */
    Instant end(Instant start) {
        ZonedDateTime z = start.atZone(zone);
        return switch (period) {
            case PT15M, PT1H -> {
                Instant nominal = start.plusSeconds(nominalSeconds(period));
                Instant aligned = start(nominal);
                yield aligned.isAfter(start) ? aligned : nominal;
            }
            case P1D -> z.toLocalDate().plusDays(1).atStartOfDay(zone).toInstant();
            case P1M -> z.toLocalDate().withDayOfMonth(1).plusMonths(1).atStartOfDay(zone).toInstant();
        };
    }
}
