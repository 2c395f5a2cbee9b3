package io.openemp.plugin.gdw376.api;

import java.util.ArrayList;
import java.util.List;

import io.openemp.plugin.api.Nullable;

/** An Fn layout as {@code gdw376.layouts} lists it. */
public record LayoutInfo(String afn, int fn, String direction, String name, String chinese, String source,
        List<FieldInfo> fields) {

    /** One field: name, meaning, format (A.14, BIN...), size in bytes (0 when variable), unit, count, parts. */
    public record FieldInfo(String name, String label, String format, int size, String unit, @Nullable String count,
            List<FieldInfo> parts) {
    }

    /** The description of {@code layout}. */
    public static LayoutInfo of(FnLayout layout) {
        return new LayoutInfo(String.format("%02X", layout.afn()), layout.fn(), layout.direction().name().toLowerCase(),
                layout.name(), layout.chinese(), layout.source(), fields(layout.fields()));
    }

    private static List<FieldInfo> fields(List<FieldSpec> specs) {
        List<FieldInfo> out = new ArrayList<>();
        for (FieldSpec spec : specs) {
            out.add(field(spec));
        }
        return out;
    }

    private static FieldInfo field(FieldSpec spec) {
        if (spec instanceof FieldSpec.Scalar s) {
            return new FieldInfo(s.name(), s.label(), s.format().title(), s.size(), s.unit(), null, List.of());
        }
        if (spec instanceof FieldSpec.Bits b) {
            List<FieldInfo> ranges = new ArrayList<>();
            for (BitRange r : b.ranges()) {
                ranges.add(new FieldInfo(r.name(), r.label() + (r.meanings().isEmpty() ? "" : " " + r.meanings()),
                        "D" + (r.shift() + r.width() - 1) + "..D" + r.shift(), 0, r.unit(), null, List.of()));
            }
            return new FieldInfo(b.name(), b.label(), "BIN (bits)", b.size(), "", null, ranges);
        }
        if (spec instanceof FieldSpec.Bytes b) {
            return new FieldInfo(b.name(), b.label(), "BYTES", 0, "", b.lengthField(), List.of());
        }
        if (spec instanceof FieldSpec.Group g) {
            return new FieldInfo(g.name(), g.label(), "group", 0, "", null, fields(g.fields()));
        }
        FieldSpec.Repeat r = (FieldSpec.Repeat) spec;
        return new FieldInfo(r.name(), r.label() + (r.tariffs() ? " (total, rate1..rateM)" : ""), "repeat", 0, "",
                r.count().toString(), List.of(field(r.element())));
    }
}
