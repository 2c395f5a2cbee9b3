package io.openemp.plugin.gdw376.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One decoded field: its name, its layout entry, whether its bytes gave a value, the value (typed by the
 * format's {@link DataFormat.Kind}; {@code null} unless {@link ValueStatus#OK}), its raw bytes, and for a group
 * or repetition its parts.
 *
 * <p>Encoding writes an OK value in its format, an absent one as 0xEE bytes and an invalid one as its raw
 * bytes, so a decoded frame encodes to the bytes it came from.
 */
public record FieldValue(String name, FieldSpec spec, ValueStatus status, Object value, byte[] raw,
        List<FieldValue> children) {

    public FieldValue {
        children = children == null ? List.of() : List.copyOf(children);
        raw = raw == null ? new byte[0] : raw;
    }

    /** An OK value given by the caller (for building frames); raw stays empty until encoded. */
    public static FieldValue of(FieldSpec spec, Object value) {
        return new FieldValue(spec.name(), spec, ValueStatus.OK, value, null, null);
    }

    /** A field the sender has no data for (written as 0xEE). */
    public static FieldValue absent(FieldSpec spec) {
        return new FieldValue(spec.name(), spec, ValueStatus.ABSENT, null, null, null);
    }

    /** Whether the value is there. */
    public boolean ok() {
        return status == ValueStatus.OK;
    }

    /** The decimal value of a {@link DataFormat.Kind#DECIMAL} field, if present. */
    public Optional<BigDecimal> decimal() {
        return value instanceof BigDecimal d ? Optional.of(d) : Optional.empty();
    }

    /** The time of a {@link DataFormat.Kind#TIME} field, if present. */
    public Optional<BcdTime> time() {
        return value instanceof BcdTime t ? Optional.of(t) : Optional.empty();
    }

    /** The integer of a binary field, if present. */
    public Optional<Long> integer() {
        return value instanceof Long l ? Optional.of(l) : Optional.empty();
    }

    /** The text of a DIGITS or TEXT field, if present. */
    public Optional<String> text() {
        return value instanceof String s ? Optional.of(s) : Optional.empty();
    }

    /** The bytes of a BYTES field, if present. */
    public Optional<byte[]> bytes() {
        return value instanceof byte[] b ? Optional.of(b.clone()) : Optional.empty();
    }

    /** The part called {@code part} (an element of a repetition: "total", "rate1", "1"...). */
    public Optional<FieldValue> child(String part) {
        for (FieldValue child : children) {
            if (child.name.equals(part)) {
                return Optional.of(child);
            }
        }
        return Optional.empty();
    }

    /** Size in bytes. */
    public int length() {
        return raw.length;
    }

    @Override
    public String toString() {
        return name + "=" + (status == ValueStatus.OK ? (children.isEmpty() ? String.valueOf(value) : children.toString())
                : status == ValueStatus.ABSENT ? "absent" : "invalid");
    }
}
