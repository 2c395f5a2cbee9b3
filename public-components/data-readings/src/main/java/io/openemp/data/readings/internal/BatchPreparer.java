package io.openemp.data.readings.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;

import io.openemp.data.readings.api.Quality;
import io.openemp.data.readings.api.Reading;
import io.openemp.data.readings.api.ReadingInputException;
import io.openemp.data.readings.api.ReadingStore;

/**
 * Checks every reading of a batch, in order, and turns it into a {@link Row}: the first bad one throws
 * {@link ReadingInputException} naming {@code readings[i].field}. Meters and reading types are resolved once per
 * batch through the {@link DirectoryCache}.
 */
final class BatchPreparer {

    static final int MAX_SOURCE = 64;
    private static final int MAX_NAME = 128;
    private static final long DAY_MS = 86_400_000L;

    private final DirectoryCache directory;

    BatchPreparer(DirectoryCache directory) {
        this.directory = directory;
    }

    /** The checked rows, in batch order. */
    List<Row> rows(List<Reading> readings) {
        if (readings == null) {
            throw new ReadingInputException("readings", "required");
        }
        if (readings.size() > ReadingStore.MAX_BATCH) {
            throw new ReadingInputException("readings", "at most " + ReadingStore.MAX_BATCH
                    + " readings per batch, not " + readings.size() + "; split the batch");
        }
        Map<String, Long> meters = new HashMap<>();
        Set<String> knownTypes = new HashSet<>();
        List<Row> rows = new ArrayList<>(readings.size());
        for (int i = 0; i < readings.size(); i++) {
            Reading r = readings.get(i);
            String at = "readings[" + i + "]";
            if (r == null) {
                throw new ReadingInputException(at, "is null");
            }
            long meterKey = meter(r.meter(), meters, at + ".meter");
            String type = name(r.readingType(), at + ".readingType");
            if (!knownTypes.contains(type)) {
                if (directory.readingType(type).isEmpty()) {
                    throw new ReadingInputException(at + ".readingType", "unknown reading type '" + Values.shortText(type) + "'");
                }
                knownTypes.add(type);
            }
            long ms = Values.instant(r.at(), at + ".at").toEpochMilli();
            BigDecimal value = Values.exact(r.value(), at + ".value");
            List<String> flags = flags(r.flags(), at + ".flags");
            String source = source(r.source(), at + ".source");
            rows.add(new Row(i, meterKey, type, (int) Math.floorDiv(ms, DAY_MS), (int) Math.floorMod(ms, DAY_MS),
                    value.unscaledValue().longValueExact(), value.scale(), flags, source));
        }
        return rows;
    }

    private long meter(String mrid, Map<String, Long> meters, String field) {
        String m = name(mrid, field);
        Long known = meters.get(m);
        if (known != null) {
            return known;
        }
        OptionalLong key = directory.meterKey(m);
        if (key.isEmpty()) {
            throw new ReadingInputException(field, "unknown meter '" + Values.shortText(m) + "'");
        }
        meters.put(m, key.getAsLong());
        return key.getAsLong();
    }

    static String name(String s, String field) {
        if (s == null || s.isBlank()) {
            throw new ReadingInputException(field, "required");
        }
        if (s.length() > MAX_NAME) {
            throw new ReadingInputException(field, "longer than " + MAX_NAME + " characters");
        }
        return s;
    }

    /** The flags in canonical order: standard ones first, in {@link Quality#STANDARD} order, then rule names sorted. */
    static List<String> flags(Set<String> flags, String field) {
        if (flags == null || flags.isEmpty()) {
            return List.of();
        }
        if (flags.size() > Quality.MAX_PER_READING) {
            throw new ReadingInputException(field, "more than " + Quality.MAX_PER_READING + " flags");
        }
        Set<String> ordered = new LinkedHashSet<>();
        TreeSet<String> rules = new TreeSet<>();
        for (String flag : flags) {
            if (!Quality.isValid(flag)) {
                throw new ReadingInputException(field, "'" + Values.shortText(flag) + "' is not a quality flag: use "
                        + String.join(", ", Quality.STANDARD) + " or a lower-case rule name such as spike-check");
            }
            if (!Quality.STANDARD.contains(flag)) {
                rules.add(flag);
            }
        }
        for (String standard : Quality.STANDARD) {
            if (flags.contains(standard)) {
                ordered.add(standard);
            }
        }
        ordered.addAll(rules);
        return List.copyOf(ordered);
    }

    static String source(String source, String field) {
        if (source == null) {
            return null;
        }
        if (source.isEmpty() || source.length() > MAX_SOURCE) {
            throw new ReadingInputException(field, "must have 1 to " + MAX_SOURCE + " characters");
        }
        for (int i = 0; i < source.length(); i++) {
            if (Character.isISOControl(source.charAt(i))) {
                throw new ReadingInputException(field, "must not contain control characters");
            }
        }
        return source;
    }
}
