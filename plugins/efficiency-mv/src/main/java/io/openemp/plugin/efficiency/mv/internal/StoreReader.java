package io.openemp.plugin.efficiency.mv.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.NavigableMap;
import java.util.TreeMap;

import io.openemp.data.readings.api.Aggregate;
import io.openemp.data.readings.api.AggregationPeriod;
import io.openemp.data.readings.api.Aggregates;
import io.openemp.data.readings.api.ReadingInputException;
import io.openemp.data.readings.api.ReadingStore;
import io.openemp.plugin.api.RpcException;
import io.openemp.plugin.efficiency.mv.api.Granularity;
import io.openemp.plugin.efficiency.mv.api.Period;
import io.openemp.plugin.efficiency.mv.api.Source;

/**
 * Consumption from the ReadingStore: the meter's interval energy summed per hour or local day. Only complete
 * periods (every expected reading present) are used; the others count as missing.
 */
final class StoreReader {

    private StoreReader() {
    }

    static NavigableMap<Instant, Double> read(ReadingStore store, Source source, Granularity granularity, ZoneId zone,
            int max, Period... periods) throws RpcException {
        if (source.meter() == null || source.meter().isBlank()) {
            throw RpcException.invalidParams("source.meter", "required");
        }
        if (source.readingType() == null || source.readingType().isBlank()) {
            throw RpcException.invalidParams("source.readingType", "required");
        }
        NavigableMap<Instant, Double> out = new TreeMap<>();
        AggregationPeriod period = granularity == Granularity.PT1H ? AggregationPeriod.PT1H : AggregationPeriod.P1D;
        for (Period p : periods) {
            Aggregates aggregates;
            try {
                aggregates = store.aggregate(source.meter(), source.readingType(), p.from(), p.to(), period);
            } catch (ReadingInputException e) {
                throw RpcException.invalidParams("source", e.getMessage());
            }
            if (granularity == Granularity.P1D && !ZoneId.of(aggregates.zone()).getRules().equals(zone.getRules())) {
                throw RpcException.invalidParams("zone", "the meter's days follow " + aggregates.zone() + ", not " + zone);
            }
            for (Aggregate a : aggregates.periods()) {
                boolean complete = a.value() != null && (a.expected() == null || a.count() >= a.expected());
                if (complete) {
                    out.put(a.start(), a.value().doubleValue());
                }
            }
            if (out.size() > max) {
                throw RpcException.invalidParams("source", "more than " + max + " intervals");
            }
        }
        return out;
    }
}
