package io.openemp.plugin.efficiency.potential.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import io.openemp.plugin.api.RpcException;
import io.openemp.plugin.efficiency.potential.api.AssessedCase;
import io.openemp.plugin.efficiency.potential.api.Features;

/**
 * Assessed cases as CSV text, with a header: {@code id,loadFactor,powerFactor,baseLoadShare,intensityPercentile,
 * peakShare,potential} and optionally {@code source}. Lines starting with {@code #} are comments. An empty id makes
 * a new one.
 */
final class CaseCsv {

    static final List<String> HEADER = List.of("id", "loadFactor", "powerFactor", "baseLoadShare",
            "intensityPercentile", "peakShare", "potential");

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
            .setCommentMarker('#').setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).build();

    private CaseCsv() {
    }

    static List<AssessedCase> parse(String field, String text) throws RpcException {
        try {
            return parse(field, new StringReader(text));
        } catch (IOException e) {
            throw RpcException.invalidParams(field, "not readable as CSV: " + e.getMessage());
        }
    }

    static List<AssessedCase> parse(String field, Reader text) throws IOException, RpcException {
        List<AssessedCase> out = new ArrayList<>();
        try (CSVParser parser = FORMAT.parse(text)) {
            List<String> names = parser.getHeaderNames();
            if (!names.containsAll(HEADER)) {
                List<String> missing = new ArrayList<>(HEADER);
                missing.removeAll(names);
                throw RpcException.invalidParams(field, "the header lacks " + missing + "; expected " + String.join(",", HEADER)
                        + "[,source]");
            }
            Set<String> known = new java.util.HashSet<>(HEADER);
            known.add("source");
            for (String n : names) {
                if (!known.contains(n)) {
                    throw RpcException.invalidParams(field, "unknown column '" + n + "'");
                }
            }
            for (CSVRecord r : parser) {
                if (out.size() >= CaseRules.MAX_CASES) {
                    throw RpcException.invalidParams(field, "at most " + CaseRules.MAX_CASES + " cases in one call");
                }
                String at = "record " + r.getRecordNumber();
                if (!r.isConsistent()) {
                    throw RpcException.invalidParams(field, "record " + r.getRecordNumber() + " has " + r.size()
                            + " fields; the header has " + names.size());
                }
                String id = r.get("id");
                Features f = new Features(number(field, at, r, "loadFactor"), number(field, at, r, "powerFactor"),
                        number(field, at, r, "baseLoadShare"), number(field, at, r, "intensityPercentile"), number(field, at, r, "peakShare"));
                String source = r.isMapped("source") && !r.get("source").isEmpty() ? r.get("source") : null;
                out.add(new AssessedCase(id.isEmpty() ? null : id, f, r.get("potential"), source, null));
            }
        } catch (UncheckedIOException e) {
            throw RpcException.invalidParams(field, "not readable as CSV: " + e.getCause().getMessage());
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw RpcException.invalidParams(field, "not readable as CSV: " + e.getMessage());
        }
        return out;
    }

    private static double number(String field, String at, CSVRecord r, String column) throws RpcException {
        String s = r.get(column);
        try {
            double v = Double.parseDouble(s);
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw RpcException.invalidParams(field, at + ": " + column + " is not a number: '"
                + (s.length() > 40 ? s.substring(0, 40) + "..." : s) + "'");
    }
}
