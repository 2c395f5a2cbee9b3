package io.openemp.plugin.dlt645.internal;

import java.io.PrintStream;

import org.apache.karaf.shell.support.table.ShellTable;

import io.openemp.plugin.dlt645.api.FrameAnalysis;

/** Prints a {@link FrameAnalysis} as the console's table: one row per field, then the verdict. */
public final class AnalysisPrinter {

    private AnalysisPrinter() {
    }

    /**
     * Prints the analysis.
     *
     * @param format {@code false} for tab-separated rows without a header, for scripts
     */
    public static void print(FrameAnalysis analysis, PrintStream out, boolean format) {
        if (format) {
            out.println(analysis.summary());
        }
        ShellTable table = new ShellTable().emptyTableText("No bytes.");
        table.column("Offset").alignRight();
        table.column("Bytes").maxSize(36).wrap();
        table.column("Field");
        table.column("Value").maxSize(30).wrap();
        table.column("Unit");
        table.column("Meaning").maxSize(70).wrap();
        for (FrameAnalysis.Field field : analysis.fields()) {
            table.addRow().addContent(field.offset(), field.hex(), field.field(), field.value(), field.unit(), field.meaning());
        }
        table.print(out, format);
        if (!format) {
            out.println(analysis.ok() ? "OK" : "REJECTED\t" + analysis.rejection().reason() + "\t" + analysis.rejection().offset());
            return;
        }
        if (analysis.checksum() != null) {
            out.println("Checksum: expected " + analysis.checksum().expected() + "H, found " + analysis.checksum().found() + "H"
                    + (analysis.checksum().ok() ? " (correct)" : " (WRONG)"));
        }
        if (analysis.rejection() != null) {
            out.println("Rejected: " + analysis.rejection().reason() + " at offset " + analysis.rejection().offset() + ": "
                    + analysis.rejection().description() + (analysis.rejection().detail().isEmpty() ? "" : " (" + analysis.rejection().detail() + ")"));
        }
        if (analysis.valueProblem() != null) {
            out.println("Value not decoded: " + analysis.valueProblem());
        }
        if (analysis.trailingBytes() > 0) {
            out.println(analysis.trailingBytes() + " bytes after the frame were not analysed.");
        }
    }
}
