package io.openemp.plugin.efficiency.mv.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.NavigableMap;

import io.openemp.plugin.efficiency.mv.api.Granularity;
import io.openemp.plugin.efficiency.mv.api.Period;
import io.openemp.plugin.efficiency.mv.api.TimeOfWeek;

/**
 * Validated inputs of a calculation: consumption and driver values by interval start, the two periods and the
 * model's form.
 */
record Inputs(Granularity granularity, ZoneId zone, TimeOfWeek timeOfWeek, Period baseline, Period reporting,
        NavigableMap<Instant, Double> consumption, List<String> driverNames, List<NavigableMap<Instant, Double>> drivers) {

    /** The driver values at an interval start, or null when one is missing. */
    double[] driversAt(Instant at) {
        double[] values = new double[drivers.size()];
        for (int d = 0; d < values.length; d++) {
            Double v = drivers.get(d).get(at);
            if (v == null) {
                return null;
            }
            values[d] = v;
        }
        return values;
    }
}
