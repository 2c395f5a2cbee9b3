package io.openemp.plugin.efficiency.grid.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import io.openemp.plugin.api.RpcException;
import io.openemp.plugin.efficiency.grid.api.Contribution;
import io.openemp.plugin.efficiency.grid.api.Contributions;
import io.openemp.plugin.efficiency.grid.api.CsvExport;
import io.openemp.plugin.efficiency.grid.api.FeederReport;
import io.openemp.plugin.efficiency.grid.api.Rollup;
import io.openemp.plugin.efficiency.grid.api.SavingsRecord;
import io.openemp.plugin.efficiency.grid.api.SourceKind;
import io.openemp.plugin.efficiency.grid.api.StoredSavings;
import io.openemp.plugin.efficiency.grid.api.Target;
import io.openemp.plugin.efficiency.grid.api.UnitRollup;

/** Savings records from CSV, and results as CSV (commons-csv, RFC 4180). */
final class CsvText {

    /** The columns of a savings file, as the record's field names. */
    static final List<String> SAVINGS_COLUMNS = List.of("id", "customer", "usagePoint", "program", "measure", "from", "to",
            "avoidedKwh", "uncertaintyKwh", "peakKw", "source", "sourceRef", "reason");
    private static final List<String> REQUIRED = List.of("id", "customer", "program", "measure", "from", "to", "avoidedKwh",
            "uncertaintyKwh", "peakKw", "source");

    private CsvText() {
    }

    /**
     * Parses a savings file: header on line 1 (field names, any order and case; usagePoint, sourceRef and reason may
     * be left out), one record a row. Refusals name {@code csv} or {@code csv[i].field}, i the data row from 0.
     */
    static List<SavingsRecord> savings(String csv, int maxBytes, int maxRows) throws RpcException {
        if (csv == null || csv.isBlank()) {
            throw RpcException.invalidParams("csv", "required: a header line and at least one row");
        }
        if (csv.getBytes(StandardCharsets.UTF_8).length > maxBytes) {
            throw RpcException.invalidParams("csv", "larger than " + maxBytes + " bytes");
        }
        String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true).build();
        List<SavingsRecord> out = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Map<String, String> columns = columns(parser.getHeaderNames());
            int row = 0;
            for (CSVRecord rec : parser) {
                if (row >= maxRows) {
                    throw RpcException.invalidParams("csv", "more than " + maxRows + " rows");
                }
                String f = "csv[" + row + "]";
                if (!rec.isConsistent()) {
                    throw RpcException.invalidParams(f, "has " + rec.size() + " cells, the header " + parser.getHeaderNames().size());
                }
                String source = cell(rec, columns, "source");
                SourceKind kind;
                try {
                    kind = source == null ? null : SourceKind.valueOf(source.toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw RpcException.invalidParams(f + ".source", "'" + PeriodRange.shorten(source) + "' is not MV_RESULT or MANUAL");
                }
                out.add(new SavingsRecord(cell(rec, columns, "id"), cell(rec, columns, "customer"),
                        cell(rec, columns, "usagePoint"), cell(rec, columns, "program"), cell(rec, columns, "measure"),
                        date(f + ".from", cell(rec, columns, "from")), date(f + ".to", cell(rec, columns, "to")),
                        number(f + ".avoidedKwh", cell(rec, columns, "avoidedKwh")),
                        number(f + ".uncertaintyKwh", cell(rec, columns, "uncertaintyKwh")),
                        number(f + ".peakKw", cell(rec, columns, "peakKw")), kind, cell(rec, columns, "sourceRef"),
                        cell(rec, columns, "reason")));
                row++;
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw RpcException.invalidParams("csv", "not readable as CSV: " + PeriodRange.shorten(String.valueOf(e.getMessage())));
        }
        if (out.isEmpty()) {
            throw RpcException.invalidParams("csv", "no data rows");
        }
        return out;
    }

    /** Header name (any case) to the field it stands for; a missing, unknown or repeated column is refused. */
    private static Map<String, String> columns(List<String> header) throws RpcException {
        Map<String, String> known = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        SAVINGS_COLUMNS.forEach(c -> known.put(c, c));
        Map<String, String> out = new TreeMap<>();
        for (String h : header) {
            String field = known.get(h.strip());
            if (field == null) {
                throw RpcException.invalidParams("csv", "unknown column '" + PeriodRange.shorten(h) + "'; columns: "
                        + String.join(",", SAVINGS_COLUMNS));
            }
            if (out.putIfAbsent(field, h) != null) {
                throw RpcException.invalidParams("csv", "column '" + field + "' appears twice");
            }
        }
        for (String r : REQUIRED) {
            if (!out.containsKey(r)) {
                throw RpcException.invalidParams("csv", "column '" + r + "' is missing");
            }
        }
        return out;
    }

    private static String cell(CSVRecord rec, Map<String, String> columns, String field) {
        String h = columns.get(field);
        if (h == null) {
            return null;
        }
        String v = rec.get(h);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static LocalDate date(String field, String v) throws RpcException {
        try {
            return v == null ? null : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw RpcException.invalidParams(field, "'" + PeriodRange.shorten(v) + "' is not an ISO date (2026-01-31)");
        }
    }

    private static BigDecimal number(String field, String v) throws RpcException {
        if (v == null) {
            return null;
        }
        if (v.length() > 40) {
            throw RpcException.invalidParams(field, "not a number");
        }
        try {
            return new BigDecimal(v);
        } catch (NumberFormatException e) {
            throw RpcException.invalidParams(field, "'" + v + "' is not a number (use a dot for decimals)");
        }
    }

    // ---- export ---------------------------------------------------------------------------------------------

    static CsvExport savings(List<StoredSavings> list) {
        List<String> header = new ArrayList<>(SAVINGS_COLUMNS);
        header.addAll(List.of("recordedBy", "recordedAt"));
        List<List<Object>> rows = new ArrayList<>();
        for (StoredSavings s : list) {
            SavingsRecord r = s.record();
            rows.add(Arrays.asList(r.id(), r.customer(), r.usagePoint(), r.program(), r.measure(), r.from(), r.to(),
                    r.avoidedKwh(), r.uncertaintyKwh(), r.peakKw(), r.source(), r.sourceRef(), r.reason(), s.recordedBy(),
                    s.recordedAt()));
        }
        return export("savings.csv", header, rows);
    }

    static CsvExport targets(List<Target> list) {
        List<List<Object>> rows = new ArrayList<>();
        for (Target t : list) {
            rows.add(Arrays.asList(t.scope(), t.id(), t.period(), t.energyKwh(), t.peakKw()));
        }
        return export("targets.csv", List.of("scope", "id", "period", "energyKwh", "peakKw"), rows);
    }

    static CsvExport rollup(Rollup r) {
        List<List<Object>> rows = new ArrayList<>();
        for (UnitRollup u : r.rows()) {
            rows.add(Arrays.asList(u.unit(), u.name(), u.kind(), u.parent(), u.level(), r.period(), u.customers(),
                    u.customersWithSavings(), u.records(), u.achievedKwh(), u.uncertaintyKwh(), u.peakKw(), u.targetKwh(),
                    u.completionPercent(), u.targetPeakKw(), u.peakCompletionPercent()));
        }
        return export("rollup-" + r.unit() + "-" + r.period() + ".csv", List.of("unit", "name", "kind", "parent", "level",
                "period", "customers", "customersWithSavings", "records", "achievedKwh", "uncertaintyKwh", "peakKw",
                "targetKwh", "completionPercent", "targetPeakKw", "peakCompletionPercent"), rows);
    }

    static CsvExport feeder(FeederReport f) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(Arrays.asList("TOTAL", f.records(), f.achievedKwh(), f.completionPercent(), f.uncertaintyKwh(), f.peakKw(),
                f.coincidentPeakKw()));
        for (Contribution c : f.programs()) {
            rows.add(Arrays.asList(c.key(), c.records(), c.achievedKwh(), c.sharePercent(), c.uncertaintyKwh(), c.peakKw(), null));
        }
        return export("feeder-" + f.feeder().id() + "-" + f.period() + ".csv", List.of("program", "records", "achievedKwh",
                "percent", "uncertaintyKwh", "peakKw", "coincidentPeakKw"), rows);
    }

    static CsvExport contributions(Contributions c) {
        List<List<Object>> rows = new ArrayList<>();
        int rank = 1;
        for (Contribution x : c.items()) {
            rows.add(Arrays.asList(rank++, x.key(), x.name(), x.records(), x.achievedKwh(), x.sharePercent(),
                    x.uncertaintyKwh(), x.peakKw()));
        }
        if (c.othersCount() > 0) {
            rows.add(Arrays.asList(null, "OTHERS (" + c.othersCount() + ")", null, null, c.othersKwh(),
                    Tally.percent(c.othersKwh(), c.totalKwh()), null, null));
        }
        return export("contributions-" + c.id() + "-" + c.period() + "-" + c.by().name().toLowerCase(Locale.ROOT) + ".csv",
                List.of("rank", c.by() == io.openemp.plugin.efficiency.grid.api.ContributionBy.PROGRAM ? "program" : "customer",
                        "name", "records", "achievedKwh", "sharePercent", "uncertaintyKwh", "peakKw"), rows);
    }

    /** A text a spreadsheet would run as a formula gets a leading apostrophe (CSV injection). */
    private static String defused(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private static CsvExport export(String fileName, List<String> header, List<List<Object>> rows) {
        StringWriter text = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).build())) {
            for (List<Object> row : rows) {
                List<Object> cells = new ArrayList<>(row.size());
                for (Object cell : row) {
                    cells.add(cell instanceof BigDecimal d ? d.toPlainString() : cell instanceof String t ? defused(t) : cell);
                }
                printer.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CsvExport(fileName.replaceAll("[^A-Za-z0-9._-]", "_"), rows.size(), text.toString());
    }
}
