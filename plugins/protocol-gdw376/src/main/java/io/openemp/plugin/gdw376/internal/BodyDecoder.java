package io.openemp.plugin.gdw376.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.openemp.plugin.gdw376.api.BodyStatus;
import io.openemp.plugin.gdw376.api.Count;
import io.openemp.plugin.gdw376.api.FieldSpec;
import io.openemp.plugin.gdw376.api.FieldValue;
import io.openemp.plugin.gdw376.api.FnData;
import io.openemp.plugin.gdw376.api.FnLayout;
import io.openemp.plugin.gdw376.api.ValueStatus;

/**
 * Reads the data of one (Pn, Fn) by its layout. Never throws and never allocates more than the bytes present
 * justify: a count is checked against the bytes left before anything is made for it. When the layout cannot go
 * on (too few bytes, an absent or impossible count), the fields read so far are kept and everything from the
 * field that failed to the end of the data is kept raw ({@link BodyStatus#PARTIAL}).
 */
public final class BodyDecoder {

    private BodyDecoder() {
    }

    /** Decoded fields visible to later count and length lookups (innermost scope first). */
    private record Scope(Scope parent, List<FieldValue> fields) {
        FieldValue find(String name) {
            for (Scope s = this; s != null; s = s.parent) {
                for (int i = s.fields.size() - 1; i >= 0; i--) {
                    if (s.fields.get(i).name().equals(name)) {
                        return s.fields.get(i);
                    }
                }
            }
            return null;
        }
    }

    private static final class Cursor {
        final byte[] bytes;
        final int end;
        int pos;
        String failure;

        Cursor(byte[] bytes, int pos, int end) {
            this.bytes = bytes;
            this.pos = pos;
            this.end = end;
        }

        int left() {
            return end - pos;
        }

        FieldValue fail(String why) {
            if (failure == null) {
                failure = why;
            }
            return null;
        }
    }

    /** The data laid out by {@code layout} from {@code bytes[start .. end)}; its length is what it took. */
    public static FnData decode(FnLayout layout, byte[] bytes, int start, int end) {
        Cursor cursor = new Cursor(bytes, start, end);
        List<FieldValue> fields = new ArrayList<>(layout.fields().size());
        Scope scope = new Scope(null, fields);
        for (FieldSpec spec : layout.fields()) {
            int mark = cursor.pos;
            FieldValue value = read(spec, spec.name(), cursor, scope);
            if (value == null) {
                return new FnData(layout, fields, Arrays.copyOfRange(bytes, mark, end), BodyStatus.PARTIAL,
                        cursor.failure);
            }
            fields.add(value);
        }
        return new FnData(layout, fields, null, BodyStatus.COMPLETE, null);
    }

    private static FieldValue read(FieldSpec spec, String name, Cursor c, Scope scope) {
        if (spec instanceof FieldSpec.Scalar scalar) {
            if (c.left() < scalar.size()) {
                return c.fail(name + " needs " + scalar.size() + " bytes, " + c.left() + " left");
            }
            FieldValue value = Formats.decode(name, scalar, c.bytes, c.pos);
            c.pos += scalar.size();
            return value;
        }
        if (spec instanceof FieldSpec.Bits bits) {
            if (c.left() < bits.size()) {
                return c.fail(name + " needs " + bits.size() + " bytes, " + c.left() + " left");
            }
            byte[] raw = Arrays.copyOfRange(c.bytes, c.pos, c.pos + bits.size());
            c.pos += bits.size();
            if (Formats.allEe(raw, 0, raw.length)) {
                return new FieldValue(name, spec, ValueStatus.ABSENT, null, raw, null);
            }
            return new FieldValue(name, spec, ValueStatus.OK, Formats.binary(raw, 0, raw.length), raw, null);
        }
        if (spec instanceof FieldSpec.Bytes bytes) {
            FieldValue length = scope.find(bytes.lengthField());
            if (length == null || !length.ok() || !(length.value() instanceof Long n)) {
                return c.fail(name + ": its length " + bytes.lengthField() + " is absent or invalid");
            }
            if (n > c.left()) {
                return c.fail(name + ": length " + n + " but " + c.left() + " bytes left");
            }
            byte[] raw = Arrays.copyOfRange(c.bytes, c.pos, c.pos + n.intValue());
            c.pos += n.intValue();
            return new FieldValue(name, spec, ValueStatus.OK, raw.clone(), raw, null);
        }
        if (spec instanceof FieldSpec.Group group) {
            int mark = c.pos;
            if (c.left() < group.minSize()) {
                return c.fail(name + " needs at least " + group.minSize() + " bytes, " + c.left() + " left");
            }
            List<FieldValue> parts = new ArrayList<>(group.fields().size());
            Scope inner = new Scope(scope, parts);
            for (FieldSpec field : group.fields()) {
                FieldValue part = read(field, field.name(), c, inner);
                if (part == null) {
                    return null;
                }
                parts.add(part);
            }
            return new FieldValue(name, spec, ValueStatus.OK, null, Arrays.copyOfRange(c.bytes, mark, c.pos), parts);
        }
        return repeat((FieldSpec.Repeat) spec, name, c, scope);
    }

    private static FieldValue repeat(FieldSpec.Repeat repeat, String name, Cursor c, Scope scope) {
        int mark = c.pos;
        int min = repeat.element().minSize();
        long count;
        Count rule = repeat.count();
        switch (rule.rule()) {
            case FIELD -> {
                FieldValue field = scope.find(rule.field());
                if (field == null || !(field.value() instanceof Long n)) {
                    return c.fail(name + ": its count " + rule.field() + " is "
                            + (field == null ? "missing" : field.status() == ValueStatus.ABSENT ? "absent (EE)" : "invalid"));
                }
                count = n + rule.plus();
            }
            case DIFFERENCE_MOD_256 -> {
                FieldValue from = scope.find(rule.field());
                FieldValue to = scope.find(rule.secondField());
                if (from == null || to == null || !(from.value() instanceof Long a) || !(to.value() instanceof Long b)) {
                    return c.fail(name + ": its pointers are absent or invalid");
                }
                count = (b - a) & 0xFF;
            }
            default -> {
                if (c.left() % min != 0 && fixedSize(repeat.element()) == min) {
                    return c.fail(name + ": " + c.left() + " bytes left is not a whole number of " + min + "-byte elements");
                }
                count = fixedSize(repeat.element()) == min ? c.left() / min : -1;
            }
        }
        if (count >= 0 && count * (long) min > c.left()) {
            return c.fail(name + ": " + count + " elements need at least " + count * min + " bytes, " + c.left() + " left");
        }
        List<FieldValue> elements = new ArrayList<>(count >= 0 ? (int) count : 4);
        for (int i = 0; count < 0 ? c.left() > 0 : i < count; i++) {
            FieldValue element = read(repeat.element(), repeat.elementName(i), c, scope);
            if (element == null) {
                return null;
            }
            elements.add(element);
        }
        return new FieldValue(name, repeat, ValueStatus.OK, null, Arrays.copyOfRange(c.bytes, mark, c.pos), elements);
    }

    /** The element's size when it never varies, otherwise -1. */
    static int fixedSize(FieldSpec spec) {
        if (spec instanceof FieldSpec.Scalar s) {
            return s.size();
        }
        if (spec instanceof FieldSpec.Bits b) {
            return b.size();
        }
        if (spec instanceof FieldSpec.Group g) {
            int n = 0;
            for (FieldSpec f : g.fields()) {
                int size = fixedSize(f);
                if (size < 0) {
                    return -1;
                }
                n += size;
            }
            return n;
        }
        return -1;
    }
}
