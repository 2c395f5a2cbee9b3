package io.openemp.plugin.gdw376.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.openemp.plugin.gdw376.api.BodyStatus;
import io.openemp.plugin.gdw376.api.Count;
import io.openemp.plugin.gdw376.api.FieldSpec;
import io.openemp.plugin.gdw376.api.FieldValue;
import io.openemp.plugin.gdw376.api.FnData;
import io.openemp.plugin.gdw376.api.FnLayout;
import io.openemp.plugin.gdw376.api.ValueStatus;

/**
 * Builds the data of one (Pn, Fn) from values by name: scalars by their format's Java type, bit fields as
 * numbers, byte runs as byte arrays, repetitions as lists (of values, or of maps for groups), groups as maps.
 * Counts and lengths other fields depend on are filled in when left out.
 */
public final class BodyBuilder {

    private BodyBuilder() {
    }

    /** The data of {@code layout} holding {@code values}; IllegalArgumentException when a value is missing or wrong. */
    public static FnData build(FnLayout layout, Map<String, ?> values) {
        return new FnData(layout, fields(layout.fields(), values, layout.key()), null, BodyStatus.COMPLETE, null);
    }

    private static List<FieldValue> fields(List<FieldSpec> specs, Map<String, ?> given, String where) {
        Map<String, Object> values = new HashMap<>(given);
        for (FieldSpec spec : specs) {
            if (spec instanceof FieldSpec.Repeat repeat && repeat.count().rule() == Count.Rule.FIELD
                    && values.get(spec.name()) instanceof List<?> list) {
                derive(values, repeat.count().field(), (long) list.size() - repeat.count().plus(), where);
            }
            if (spec instanceof FieldSpec.Bytes bytes && values.get(spec.name()) instanceof byte[] content) {
                derive(values, bytes.lengthField(), content.length, where);
            }
        }
        List<FieldValue> out = new ArrayList<>(specs.size());
        for (FieldSpec spec : specs) {
            Object value = values.get(spec.name());
            if (value == null) {
                throw new IllegalArgumentException(where + ": a value for " + spec.name() + " (" + spec.label() + ") is required");
            }
            out.add(field(spec, spec.name(), value, where));
        }
        return out;
    }

    private static void derive(Map<String, Object> values, String field, long value, String where) {
        Object given = values.get(field);
        if (given == null) {
            values.put(field, value);
        } else if (!(given instanceof Number n) || n.longValue() != value) {
            throw new IllegalArgumentException(where + ": " + field + " is " + given + " but the data says " + value);
        }
    }

    private static FieldValue field(FieldSpec spec, String name, Object value, String where) {
        if (value == ValueStatus.ABSENT) {
            return new FieldValue(name, spec, ValueStatus.ABSENT, null, null, null);
        }
        if (spec instanceof FieldSpec.Scalar scalar) {
            Object typed = value instanceof Integer i && scalar.format().kind() == io.openemp.plugin.gdw376.api.DataFormat.Kind.INTEGER
                    ? Long.valueOf(i) : value;
            Formats.encode(scalar, typed, new byte[scalar.size()], 0);
            return new FieldValue(name, spec, ValueStatus.OK, typed, null, null);
        }
        if (spec instanceof FieldSpec.Bits) {
            if (!(value instanceof Number n)) {
                throw new IllegalArgumentException(where + ": " + name + " takes a number");
            }
            return new FieldValue(name, spec, ValueStatus.OK, n.longValue(), null, null);
        }
        if (spec instanceof FieldSpec.Bytes) {
            if (!(value instanceof byte[] bytes)) {
                throw new IllegalArgumentException(where + ": " + name + " takes bytes");
            }
            return new FieldValue(name, spec, ValueStatus.OK, bytes.clone(), null, null);
        }
        if (spec instanceof FieldSpec.Group group) {
            if (!(value instanceof Map<?, ?> map)) {
                throw new IllegalArgumentException(where + ": " + name + " takes a map of its fields");
            }
            @SuppressWarnings("unchecked")
            Map<String, ?> typed = (Map<String, ?>) map;
            return new FieldValue(name, spec, ValueStatus.OK, null, null, fields(group.fields(), typed, where + " " + name));
        }
        FieldSpec.Repeat repeat = (FieldSpec.Repeat) spec;
        if (!(value instanceof List<?> list)) {
            throw new IllegalArgumentException(where + ": " + name + " takes a list");
        }
        List<FieldValue> elements = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            elements.add(field(repeat.element(), repeat.elementName(i), list.get(i), where));
        }
        return new FieldValue(name, spec, ValueStatus.OK, null, null, elements);
    }
}
