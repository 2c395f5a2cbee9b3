package io.openemp.plugin.dlt645.internal;

import java.io.PrintStream;

import io.openemp.plugin.dlt645.api.Bytes;
import io.openemp.plugin.dlt645.api.Dlt645Service;
import io.openemp.plugin.dlt645.api.FrameAnalysis;

/** {@code emp:dlt645-decode}: parses the hex, analyses the frame and prints the table. */
public final class DecodeCommand {

    private final Dlt645Service service;

    public DecodeCommand(Dlt645Service service) {
        this.service = service;
    }

    /**
     * Prints the analysis of {@code hex}.
     *
     * @return the analysis, or {@code null} when the text is not hex (the problem is printed)
     */
    public FrameAnalysis execute(String hex, PrintStream out, boolean format) {
        byte[] bytes;
        try {
            bytes = Bytes.fromHex(hex).toArray();
        } catch (IllegalArgumentException e) {
            out.println("Not hex: " + e.getMessage());
            return null;
        }
        if (bytes.length > Dlt645Component.MAX_INPUT) {
            out.println("Too long: " + bytes.length + " bytes, at most " + Dlt645Component.MAX_INPUT);
            return null;
        }
        FrameAnalysis analysis = service.analyse(bytes);
        AnalysisPrinter.print(analysis, out, format);
        return analysis;
    }
}
