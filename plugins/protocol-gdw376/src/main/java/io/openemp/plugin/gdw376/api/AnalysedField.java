package io.openemp.plugin.gdw376.api;

import java.util.List;

/**
 * One field of an analysed frame: where it is ({@code offset}, {@code length} in bytes, {@code hex}), its name,
 * what it means, its value as text and its unit ("" when none), and its parts.
 */
public record AnalysedField(int offset, int length, String hex, String name, String meaning, String value,
        String unit, List<AnalysedField> parts) {

    public AnalysedField {
        parts = parts == null ? List.of() : List.copyOf(parts);
        unit = unit == null ? "" : unit;
        meaning = meaning == null ? "" : meaning;
        value = value == null ? "" : value;
    }
}
