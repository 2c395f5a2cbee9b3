package io.openemp.plugin.dlt645.api;

import java.util.ArrayList;
import java.util.List;

/**
 * The shape of a data item's value: fixed fields, a sequence of parts, or a part repeated a number of times the
 * value's length decides (total and tariffs). The length of a value is {@code fixed() + count * step()} for
 * one count shared by the whole tree.
 */
sealed interface Layout {

    /** Bytes that do not depend on the count. */
    int fixed();

    /** Bytes each repetition adds (0 for a layout without repetition). */
    int step();

    /** The most repetitions (0 without repetition). */
    int maxCount();

    /** The fields, in wire order, for {@code count} repetitions. */
    List<FieldSpec> fields(int count);

    /** Fixed fields. */
    record Fields(List<FieldSpec> specs) implements Layout {

        public Fields {
            specs = List.copyOf(specs);
        }

        @Override
        public int fixed() {
            return specs.stream().mapToInt(f -> f.format().length()).sum();
        }

        @Override
        public int step() {
            return 0;
        }

        @Override
        public int maxCount() {
            return 0;
        }

        @Override
        public List<FieldSpec> fields(int count) {
            return specs;
        }
    }

    /** Parts one after the other; at most one repetition count runs through them. */
    record Sequence(List<Layout> parts) implements Layout {

        public Sequence {
            parts = List.copyOf(parts);
        }

        @Override
        public int fixed() {
            return parts.stream().mapToInt(Layout::fixed).sum();
        }

        @Override
        public int step() {
            return parts.stream().mapToInt(Layout::step).sum();
        }

        @Override
        public int maxCount() {
            return parts.stream().mapToInt(Layout::maxCount).max().orElse(0);
        }

        @Override
        public List<FieldSpec> fields(int count) {
            List<FieldSpec> out = new ArrayList<>();
            for (Layout part : parts) {
                out.addAll(part.fields(count));
            }
            return out;
        }
    }

    /** The first {@code count} of {@code items}, each a fixed layout of the same length. */
    record Repeat(List<Layout> items) implements Layout {

        public Repeat {
            items = List.copyOf(items);
            int first = items.isEmpty() ? -1 : items.get(0).fixed();
            if (first < 0 || items.stream().anyMatch(i -> i.step() != 0 || i.fixed() != first)) {
                throw new IllegalArgumentException("a repetition holds fixed items of one length");
            }
        }

        @Override
        public int fixed() {
            return 0;
        }

        @Override
        public int step() {
            return items.get(0).fixed();
        }

        @Override
        public int maxCount() {
            return items.size();
        }

        @Override
        public List<FieldSpec> fields(int count) {
            List<FieldSpec> out = new ArrayList<>();
            for (int i = 0; i < Math.min(count, items.size()); i++) {
                out.addAll(items.get(i).fields(0));
            }
            return out;
        }
    }
}
