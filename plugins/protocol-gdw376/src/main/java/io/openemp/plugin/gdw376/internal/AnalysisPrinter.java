package io.openemp.plugin.gdw376.internal;

import java.io.PrintStream;

import io.openemp.plugin.gdw376.api.AnalysedField;
import io.openemp.plugin.gdw376.api.Analysis;
import io.openemp.plugin.gdw376.api.Warning;

/** Prints an analysis as an indented table: offset, bytes, field, value and unit, meaning. */
public final class AnalysisPrinter {

    private static final int HEX_SHOWN = 8;

    private AnalysisPrinter() {
    }

    public static void print(Analysis analysis, PrintStream out) {
        out.println(analysis.summary());
        if (analysis.rejection() != null) {
            out.println("REJECTED: " + analysis.rejection().reason() + " at byte " + analysis.rejection().offset() + ": "
                    + analysis.rejection().detail());
        }
        out.println(String.format("%-6s %-26s %-34s %-26s %s", "offset", "bytes", "field", "value", "meaning"));
        for (AnalysedField field : analysis.fields()) {
            print(field, 0, out);
        }
        for (Warning warning : analysis.warnings()) {
            out.println("warning: " + warning);
        }
    }

    private static void print(AnalysedField field, int depth, PrintStream out) {
        String hex = field.hex();
        String[] bytes = hex.isEmpty() ? new String[0] : hex.split(" ");
        if (bytes.length > HEX_SHOWN) {
            hex = String.join(" ", java.util.Arrays.copyOf(bytes, HEX_SHOWN)) + " ..";
        }
        String value = field.value() + (field.unit().isEmpty() ? "" : " " + field.unit());
        out.println(String.format("%-6d %-26s %-34s %-26s %s", field.offset(), hex, "  ".repeat(depth) + field.name(),
                value, field.meaning()));
        for (AnalysedField part : field.parts()) {
            print(part, depth + 1, out);
        }
    }
}
