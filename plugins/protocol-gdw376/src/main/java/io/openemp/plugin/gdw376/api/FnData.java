package io.openemp.plugin.gdw376.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The data of one (Pn, Fn): the layout used (null when none is known), the fields read, the bytes left that the
 * layout could not explain ({@code rest}), how far the layout went, and why it stopped.
 */
public record FnData(FnLayout layout, List<FieldValue> fields, byte[] rest, BodyStatus status, String note) {

    public FnData {
        fields = List.copyOf(fields);
        rest = rest == null ? new byte[0] : rest;
        note = note == null ? "" : note;
    }

    /** No data (a request for real-time data, a login). */
    public static FnData empty(FnLayout layout) {
        return new FnData(layout, List.of(), null, BodyStatus.COMPLETE, null);
    }

    /**
     * The data of {@code layout} holding {@code values} by field name (for building requests): scalars by their
     * format's Java type ({@link BcdTime}, {@link BigDecimal}, Long, String, byte[]), bit fields as numbers,
     * repetitions as lists, groups as maps, {@link ValueStatus#ABSENT} for "no data". Counts and lengths other
     * fields depend on are filled in when left out.
     *
     * @throws IllegalArgumentException when a value is missing or does not fit its format
     */
    public static FnData of(FnLayout layout, java.util.Map<String, ?> values) {
        return io.openemp.plugin.gdw376.internal.BodyBuilder.build(layout, values);
    }

    /** The top-level field called {@code name}. */
    public Optional<FieldValue> field(String name) {
        for (FieldValue field : fields) {
            if (field.name().equals(name)) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }

    /**
     * A value by path: "voltageA", or "positiveActive.total", "positiveActive.rate2", "records.1.erc" for the parts
     * of repetitions and groups.
     */
    public Optional<FieldValue> find(String path) {
        String[] parts = path.split("\\.");
        Optional<FieldValue> at = field(parts[0]);
        for (int i = 1; i < parts.length && at.isPresent(); i++) {
            at = at.get().child(parts[i]);
        }
        return at;
    }

    /** The decimal value at {@code path}, if present. */
    public Optional<BigDecimal> decimal(String path) {
        return find(path).flatMap(FieldValue::decimal);
    }

    /** The time at {@code path}, if present. */
    public Optional<BcdTime> time(String path) {
        return find(path).flatMap(FieldValue::time);
    }

    /** The integer at {@code path}, if present. */
    public Optional<Long> integer(String path) {
        return find(path).flatMap(FieldValue::integer);
    }

    /** Size in bytes. */
    public int length() {
        int n = rest.length;
        for (FieldValue field : fields) {
            n += field.length();
        }
        return n;
    }
}
