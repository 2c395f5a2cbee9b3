package io.openemp.plugin.gdw376.api;

import java.util.List;

import io.openemp.plugin.api.Nullable;

/**
 * A frame taken apart for people: whether it decoded, a one-line summary, the rejection (reason and offset)
 * when it did not, every field with its meaning, value and unit, and the warnings of a lenient decode. A frame
 * with a wrong checksum or end byte, or with bytes after its end, is still taken apart as far as it goes, with
 * {@code ok} false and the rejection saying what is wrong.
 */
public record Analysis(boolean ok, int length, String summary, @Nullable Rejection rejection,
        List<AnalysedField> fields, List<Warning> warnings) {

    public Analysis {
        fields = List.copyOf(fields);
        warnings = List.copyOf(warnings);
    }
}
