package io.openemp.plugin.dlt645.api;

import java.util.List;

/**
 * What became of a value's bytes: its fields, or a {@link Rejection} ({@link RejectReason#BAD_BCD},
 * {@link RejectReason#BAD_VALUE_LENGTH}, {@link RejectReason#UNKNOWN_DATA_ID}) whose offset counts from the first
 * value byte. Value decoding never throws.
 *
 * @param values the fields in wire order (empty when rejected)
 * @param rejection why the bytes were refused, or {@code null}
 */
public record ValueDecoding(List<FieldValue> values, Rejection rejection) {

    public ValueDecoding {
        values = List.copyOf(values);
    }

    static ValueDecoding of(List<FieldValue> values) {
        return new ValueDecoding(values, null);
    }

    static ValueDecoding rejected(Rejection rejection) {
        return new ValueDecoding(List.of(), rejection);
    }

    /** Whether the bytes decoded. */
    public boolean ok() {
        return rejection == null;
    }
}
