package io.openemp.vee.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.openemp.data.readings.api.Point;
import io.openemp.data.readings.api.ReadingStore;
import io.openemp.data.readings.api.Series;

/** Reads a whole range of one series from the store, page by page, up to a limit. */
final class SeriesLoader {

    /** Page size: every store accepts it (its own default page is 10,000). */
    static final int PAGE = 10_000;

    /** Thrown when the range holds more readings than one call may load. */
    static final class TooManyReadings extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooManyReadings(int max) {
            super("more than " + max + " readings");
        }
    }

    private SeriesLoader() {
    }

    static List<Point> load(ReadingStore store, String meter, String readingType, Instant from, Instant to, int max) {
        List<Point> all = new ArrayList<>();
        Instant next = clamp(from);
        Instant end = clamp(to);
        while (next != null && next.isBefore(end)) {
            Series page = store.query(meter, readingType, next, end, PAGE);
            all.addAll(page.points());
            if (all.size() > max) {
                throw new TooManyReadings(max);
            }
            next = page.next();
        }
        return all;
    }

    /** Margins around a range may reach past what the store accepts; the store has nothing there anyway. */
    static Instant clamp(Instant t) {
        if (t.isBefore(ReadingStore.EARLIEST)) {
            return ReadingStore.EARLIEST;
        }
        return t.isAfter(ReadingStore.LATEST.minusMillis(1)) ? ReadingStore.LATEST.minusMillis(1) : t;
    }
}
