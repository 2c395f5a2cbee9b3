package io.openemp.data.metering.internal.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import io.openemp.data.metering.api.MeteringException;

/**
 * An import file read as a table (Apache Commons CSV, RFC 4180: comma separated, {@code "} quoted, a quoted field
 * may span lines). Line 1 is the header: it must name every required column, may name optional ones, and nothing
 * else, each once, in any order and any letter case. Blank lines are skipped.
 */
public final class CsvTable {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .build();

    private final List<String> header;
    private final List<CsvRow> rows;

    private CsvTable(List<String> header, List<CsvRow> rows) {
        this.header = header;
        this.rows = rows;
    }

    /** The columns as the header names them (canonical spelling), in file order. */
    public List<String> header() {
        return header;
    }

    public List<CsvRow> rows() {
        return rows;
    }

    /**
     * Parses {@code text}.
     *
     * @throws MeteringException ({@code csv}) for a missing or wrong header, more than {@code maxRows} rows, or
     *         quoting the parser cannot get past
     */
    public static CsvTable parse(String text, List<String> required, List<String> optional, int maxRows) {
        LineIndex lines = new LineIndex(text);
        try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
            var records = parser.iterator();
            if (!records.hasNext()) {
                throw new MeteringException("csv", "the file is empty; line 1 must be the header " + required);
            }
            List<String> header = header(records.next(), required, optional);
            List<CsvRow> rows = new ArrayList<>();
            while (records.hasNext()) {
                CSVRecord record = records.next();
                if (rows.size() == maxRows) {
                    throw new MeteringException("csv", "the file has more than " + maxRows + " rows; split it");
                }
                rows.add(row(record, header, lines.lineOf(record.getCharacterPosition())));
            }
            return new CsvTable(header, List.copyOf(rows));
        } catch (UncheckedIOException e) {
            throw new MeteringException("csv", "not readable as CSV: " + detail(e.getCause()), e);
        } catch (IOException e) {
            throw new MeteringException("csv", "not readable as CSV: " + detail(e), e);
        }
    }

    private static String detail(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return String.valueOf(root.getMessage());
    }

    private static List<String> header(CSVRecord record, List<String> required, List<String> optional) {
        Map<String, String> known = new HashMap<>();
        required.forEach(c -> known.put(c.toLowerCase(Locale.ROOT), c));
        optional.forEach(c -> known.put(c.toLowerCase(Locale.ROOT), c));
        List<String> header = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String name : record) {
            String column = known.get(name.strip().toLowerCase(Locale.ROOT));
            if (column == null) {
                throw new MeteringException("csv", "line 1: unknown column '" + name + "'; the header names "
                        + required + (optional.isEmpty() ? "" : " and may name " + optional));
            }
            if (!seen.add(column)) {
                throw new MeteringException("csv", "line 1: the column '" + column + "' is named twice");
            }
            header.add(column);
        }
        List<String> missing = required.stream().filter(c -> !seen.contains(c)).toList();
        if (!missing.isEmpty()) {
            throw new MeteringException("csv", "line 1: the header lacks the column" + (missing.size() > 1 ? "s " : " ")
                    + missing + "; it must name " + required + (optional.isEmpty() ? "" : " and may name " + optional));
        }
        return List.copyOf(header);
    }

    private static CsvRow row(CSVRecord record, List<String> header, long line) {
        Map<String, String> cells = new TreeMap<>();
        for (int i = 0; i < Math.min(record.size(), header.size()); i++) {
            String value = record.get(i);
            if (value != null && !value.isEmpty()) {
                cells.put(header.get(i), value);
            }
        }
        String problem = record.size() == header.size() ? null
                : "has " + record.size() + " fields, the header " + header.size();
        return new CsvRow(line, cells, problem);
    }

    /** Line numbers of character positions. */
    private static final class LineIndex {

        private final int[] starts;

        LineIndex(String text) {
            List<Integer> list = new ArrayList<>();
            list.add(0);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                    list.add(i + 1);
                }
            }
            starts = list.stream().mapToInt(Integer::intValue).toArray();
        }

        long lineOf(long position) {
            int found = Arrays.binarySearch(starts, (int) position);
            return (found >= 0 ? found : -found - 2) + 1;
        }
    }
}
