package io.openemp.plugin.gdw376.api;

import java.util.List;

/**
 * The layout of the data of one Fn of one AFN in one direction: its fields in order. An empty field list means
 * the Fn carries no data that way (a request for real-time data, a login).
 *
 * @param source where the layout comes from and what checked it
 */
public record FnLayout(int afn, int fn, Direction direction, String name, String chinese, List<FieldSpec> fields,
        String source) {

    public FnLayout {
        fields = List.copyOf(fields);
        chinese = chinese == null ? "" : chinese;
        source = source == null ? "" : source;
    }

    /** Whether the Fn carries no data in this direction. */
    public boolean empty() {
        return fields.isEmpty();
    }

    /** "AFN 0C F25 up". */
    public String key() {
        return io.openemp.plugin.gdw376.internal.Text.key(afn, fn, direction == Direction.UP);
    }
}
