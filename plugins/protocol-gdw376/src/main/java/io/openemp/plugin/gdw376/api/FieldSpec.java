package io.openemp.plugin.gdw376.api;

import java.util.List;

/**
 * One field of an Fn data layout, as data: a scalar in a {@link DataFormat}, a bit field, a run of bytes whose
 * length an earlier field gives, a group of fields, or a repetition of one element.
 */
public sealed interface FieldSpec permits FieldSpec.Scalar, FieldSpec.Bits, FieldSpec.Bytes, FieldSpec.Group,
        FieldSpec.Repeat {

    /** The field's identifier within its layout (camelCase). */
    String name();

    /** What the field means. */
    String label();

    /** The fewest bytes the field can take. */
    int minSize();

    /** A value in {@code format}, {@code size} bytes, in {@code unit} ("" when none). */
    record Scalar(String name, String label, DataFormat format, int size, String unit) implements FieldSpec {
        public Scalar {
            if (format.size() > 0 && size != format.size()) {
                throw new IllegalArgumentException(format.title() + " is " + format.size() + " bytes, not " + size);
            }
            if (size < 1 || ((format == DataFormat.BIN || format == DataFormat.COUNTER) && size > 8)) {
                throw new IllegalArgumentException("bad size " + size + " for " + name);
            }
            unit = unit == null ? "" : unit;
        }

        @Override
        public int minSize() {
            return size;
        }
    }

    /** An unsigned binary field of {@code size} bytes (low byte first) made of bit ranges. */
    record Bits(String name, String label, int size, List<BitRange> ranges) implements FieldSpec {
        public Bits {
            if (size < 1 || size > 8) {
                throw new IllegalArgumentException("bit fields are 1..8 bytes");
            }
            ranges = List.copyOf(ranges);
        }

        @Override
        public int minSize() {
            return size;
        }
    }

    /** Bytes taken as they are, as many as the earlier binary field {@code lengthField} says. */
    record Bytes(String name, String label, String lengthField) implements FieldSpec {
        @Override
        public int minSize() {
            return 0;
        }
    }

    /** Fields that belong together (one element of a repetition). */
    record Group(String name, String label, List<FieldSpec> fields) implements FieldSpec {
        public Group {
            fields = List.copyOf(fields);
            if (fields.stream().mapToInt(FieldSpec::minSize).sum() < 1) {
                throw new IllegalArgumentException("a group takes at least one byte");
            }
        }

        @Override
        public int minSize() {
            return fields.stream().mapToInt(FieldSpec::minSize).sum();
        }
    }

    /**
     * {@code count} elements; with {@code tariffs} the elements are named total, rate1 .. rateM (the standard's
     * "total and tariffs 1..M"), otherwise 1 .. n.
     */
    record Repeat(String name, String label, Count count, boolean tariffs, FieldSpec element) implements FieldSpec {
        public Repeat {
            if (element.minSize() < 1) {
                throw new IllegalArgumentException("a repeated element takes at least one byte");
            }
        }

        @Override
        public int minSize() {
            return 0;
        }

        /** The name of element {@code index} (0-based). */
        public String elementName(int index) {
            return tariffs ? (index == 0 ? "total" : "rate" + index) : String.valueOf(index + 1);
        }
    }

    /** A scalar field. */
    static Scalar of(String name, String label, DataFormat format, String unit) {
        return new Scalar(name, label, format, format.size(), unit);
    }

    /** A binary field of {@code size} bytes. */
    static Scalar bin(String name, String label, int size, String unit) {
        return new Scalar(name, label, DataFormat.BIN, size, unit);
    }

    /** Total and tariff values 1..M in {@code format}, M being the value of {@code countField}. */
    static Repeat tariffs(String name, String label, String countField, DataFormat format, String unit) {
        return new Repeat(name, label, Count.field(countField, 1), true, of(name, label, format, unit));
    }
}
