package io.openemp.plugin.gdw376.internal;

import java.util.Arrays;

import io.openemp.plugin.gdw376.api.FieldSpec;
import io.openemp.plugin.gdw376.api.FieldValue;
import io.openemp.plugin.gdw376.api.FnData;
import io.openemp.plugin.gdw376.api.ValueStatus;

/**
 * Writes the data of one (Pn, Fn): OK values in their formats, absent ones as 0xEE, invalid ones as their raw
 * bytes, then the raw rest.
 */
public final class BodyEncoder {

    private BodyEncoder() {
    }

    /** Appends {@code data} to {@code out}. */
    public static void encode(FnData data, ByteSink out) {
        for (FieldValue field : data.fields()) {
            write(field, out);
        }
        out.write(data.rest());
    }

    private static void write(FieldValue field, ByteSink out) {
        FieldSpec spec = field.spec();
        if (spec instanceof FieldSpec.Group || spec instanceof FieldSpec.Repeat) {
            for (FieldValue child : field.children()) {
                write(child, out);
            }
            return;
        }
        int size = spec instanceof FieldSpec.Scalar s ? s.size() : spec instanceof FieldSpec.Bits b ? b.size() : -1;
        if (field.status() == ValueStatus.INVALID) {
            out.write(field.raw());
            return;
        }
        if (field.status() == ValueStatus.ABSENT) {
            byte[] ee = new byte[size < 0 ? field.raw().length : size];
            Arrays.fill(ee, (byte) 0xEE);
            out.write(ee);
            return;
        }
        if (spec instanceof FieldSpec.Scalar scalar) {
            byte[] bytes = new byte[size];
            Formats.encode(scalar, field.value(), bytes, 0);
            out.write(bytes);
        } else if (spec instanceof FieldSpec.Bits) {
            long v = ((Number) field.value()).longValue();
            if (size < 8 && v >>> (8 * size) != 0) {
                throw new IllegalArgumentException(field.name() + ": " + v + " does not fit " + size + " byte(s)");
            }
            for (int i = 0; i < size; i++) {
                out.write(v >>> (8 * i));
            }
        } else {
            out.write((byte[]) field.value());
        }
    }
}
