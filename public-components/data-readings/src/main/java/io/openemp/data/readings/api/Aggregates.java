package io.openemp.data.readings.api;

import java.util.List;

/**
 * The result of {@link ReadingStore#aggregate}: every period of the requested range, oldest first, with the
 * facts needed to read them.
 *
 * @param meter the meter's mRID
 * @param readingType the reading type's code
 * @param unit the reading type's unit
 * @param zone the IANA time zone whose calendar the periods follow (the meter organisation's)
 * @param period the period length
 * @param aggregation how values were combined
 * @param periods one entry per period, including periods without readings
 */
public record Aggregates(String meter, String readingType, String unit, String zone, AggregationPeriod period,
        Aggregation aggregation, List<Aggregate> periods) {
}
