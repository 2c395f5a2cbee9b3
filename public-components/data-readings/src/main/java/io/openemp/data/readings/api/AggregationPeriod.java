package io.openemp.data.readings.api;

/**
 * The calendar periods of {@link ReadingStore#aggregate}, named by their ISO-8601 durations. Periods follow the
 * local calendar of the meter's organisation: a day is midnight to midnight in its time zone (23 or 25 hours
 * across a daylight-saving change), a month the first of the month to the first of the next.
 */
public enum AggregationPeriod {
    /** A quarter of an hour, on the local quarter hours. */
    PT15M,
    /** An hour, on the local hours (the hour repeated when clocks go back is two periods). */
    PT1H,
    /** A local day. */
    P1D,
    /** A local month. */
    P1M
}
