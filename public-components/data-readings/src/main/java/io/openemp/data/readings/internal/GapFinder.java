package io.openemp.data.readings.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import io.openemp.data.readings.api.Gap;
import io.openemp.data.readings.api.GapReport;
import io.openemp.data.readings.api.ReadingInputException;
import io.openemp.data.readings.api.ReadingStore;

/** Finds the expected readings that are missing: one bit per expected instant, then the runs of unset bits. */
final class GapFinder {

    static final Duration SHORTEST = Duration.ofSeconds(1);
    static final Duration LONGEST = Duration.ofDays(31);

    private final StoreContext context;
    private final Reader reader;

    GapFinder(StoreContext context, Reader reader) {
        this.context = context;
        this.reader = reader;
    }

    GapReport gaps(String meter, String readingType, Instant from, Instant to, Duration interval) {
        Values.range(from, to);
        Values.instant(from, "from");
        return context.read("gaps", c -> {
            StoreContext.Series s = context.series(c, meter, readingType);
            Duration step = interval;
            if (step == null) {
                if (s.type().intervalSeconds() <= 0) {
                    throw new ReadingInputException("interval", "required: " + s.type().code()
                            + " has no interval of its own");
                }
                step = Duration.ofSeconds(s.type().intervalSeconds());
            }
            if (step.compareTo(SHORTEST) < 0 || step.compareTo(LONGEST) > 0 || step.getNano() % 1_000_000 != 0) {
                throw new ReadingInputException("interval", "must lie within PT1S..P31D in whole milliseconds, not " + step);
            }
            long stepMs = step.toMillis();
            long fromMs = from.toEpochMilli();
            long toMs = to.toEpochMilli();
            long expected = (toMs - fromMs + stepMs - 1) / stepMs;
            if (expected > ReadingStore.MAX_EXPECTED) {
                throw new ReadingInputException("to", "the range holds " + expected + " expected readings, more than "
                        + ReadingStore.MAX_EXPECTED + "; ask for a shorter range");
            }
            int n = (int) expected;
            BitSet present = new BitSet(n);
            reader.visit(c, s, fromMs, toMs, (ms, b, i) -> {
                if ((ms - fromMs) % stepMs == 0) {
                    present.set((int) ((ms - fromMs) / stepMs));
                }
                return true;
            });
            List<Gap> gaps = new ArrayList<>();
            boolean truncated = false;
            int missing = n - present.cardinality();
            for (int start = present.nextClearBit(0); start < n; ) {
                int end = Math.min(present.nextSetBit(start) < 0 ? n : present.nextSetBit(start), n);
                if (gaps.size() == ReadingStore.MAX_GAPS) {
                    truncated = true;
                    break;
                }
                gaps.add(new Gap(Instant.ofEpochMilli(fromMs + start * stepMs),
                        Instant.ofEpochMilli(fromMs + (end - 1L) * stepMs), end - start));
                start = end >= n ? n : present.nextClearBit(end);
            }
            return new GapReport(step.toString(), n, missing, List.copyOf(gaps), truncated);
        });
    }
}
