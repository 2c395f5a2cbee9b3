package io.openemp.plugin.degreedays.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.openemp.plugin.degreedays.api.Observation;

/** Builds observation series for the tests. */
final class Series {

    private Series() {
    }

    /** Observations {@code step} apart from {@code start}, one per temperature. */
    static List<Observation> every(Duration step, String start, double... celsius) {
        List<Observation> series = new ArrayList<>();
        Instant at = Instant.parse(start);
        for (double c : celsius) {
            series.add(new Observation(at, c));
            at = at.plus(step);
        }
        return series;
    }

    static List<Observation> hourly(String start, double... celsius) {
        return every(Duration.ofHours(1), start, celsius);
    }

    /** {@code count} times {@code celsius}. */
    static double[] repeat(int count, double celsius) {
        double[] values = new double[count];
        java.util.Arrays.fill(values, celsius);
        return values;
    }

    static double[] concat(double[]... parts) {
        int length = 0;
        for (double[] part : parts) {
            length += part.length;
        }
        double[] all = new double[length];
        int i = 0;
        for (double[] part : parts) {
            System.arraycopy(part, 0, all, i, part.length);
            i += part.length;
        }
        return all;
    }

    /** Joins series; the caller keeps them in time order. */
    @SafeVarargs
    static List<Observation> join(List<Observation>... parts) {
        List<Observation> all = new ArrayList<>();
        for (List<Observation> part : parts) {
            all.addAll(part);
        }
        return all;
    }
}
