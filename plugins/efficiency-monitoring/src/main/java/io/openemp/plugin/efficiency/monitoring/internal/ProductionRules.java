package io.openemp.plugin.efficiency.monitoring.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import io.openemp.plugin.api.RpcException;
import io.openemp.plugin.efficiency.monitoring.api.ProductionEntry;

/** Checks of production entries, and their CSV import ({@code node,date,quantity,unit}). */
final class ProductionRules {

    static final int MAX_ROWS = 100_000;
    static final int MAX_CSV_CHARS = 5_000_000;
    static final List<String> HEADER = List.of("node", "date", "quantity", "unit");

    private ProductionRules() {
    }

    /** Checks every entry (field names {@code <prefix>[i].field}); a node keeps one unit. */
    static void check(List<ProductionEntry> entries, String prefix, HierarchyStore hierarchy, ProductionStore production)
            throws RpcException, SQLException {
        if (entries == null || entries.isEmpty() || entries.size() > MAX_ROWS) {
            throw RpcException.invalidParams(prefix, "must hold 1 to " + MAX_ROWS + " entries");
        }
        Map<String, String> units = new HashMap<>();
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            ProductionEntry e = entries.get(i);
            String f = prefix + "[" + i + "]";
            if (e == null) {
                throw RpcException.invalidParams(f, "must not be null");
            }
            Checks.id(f + ".node", e.node());
            if (e.date() == null || e.date().getYear() < 1970 || e.date().getYear() > 2099) {
                throw RpcException.invalidParams(f + ".date", "must be a date from 1970 to 2099");
            }
            Checks.amount(f + ".quantity", e.quantity());
            Checks.text(f + ".unit", e.unit(), 32);
            if (!keys.add(e.node() + "|" + e.date())) {
                throw RpcException.invalidParams(f + ".date", "node '" + e.node() + "' has two entries on " + e.date());
            }
            if (!units.containsKey(e.node())) {
                if (hierarchy.node(e.node()).isEmpty()) {
                    throw RpcException.invalidParams(f + ".node", "no node '" + e.node() + "'");
                }
                units.put(e.node(), production.unit(e.node()).orElse(e.unit().strip()));
            }
            if (!units.get(e.node()).equals(e.unit().strip())) {
                throw RpcException.invalidParams(f + ".unit", "node '" + e.node() + "' counts its output in '"
                        + units.get(e.node()) + "', not '" + e.unit() + "'");
            }
        }
    }

    /** The entries of a CSV text with the header {@code node,date,quantity,unit}; errors name the line. */
    static List<ProductionEntry> parse(String csv) throws RpcException {
        if (csv == null || csv.isBlank()) {
            throw RpcException.invalidParams("csv", "is empty; expected a header node,date,quantity,unit and rows");
        }
        if (csv.length() > MAX_CSV_CHARS) {
            throw RpcException.invalidParams("csv", "is longer than " + MAX_CSV_CHARS + " characters");
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).build();
        List<ProductionEntry> out = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(csv.startsWith("\uFEFF") ? csv.substring(1) : csv), format)) {
            List<String> header = parser.getHeaderNames().stream().map(h -> h.toLowerCase(java.util.Locale.ROOT)).toList();
            if (!header.equals(HEADER)) {
                throw RpcException.invalidParams("csv", "line 1: the header must be node,date,quantity,unit; got "
                        + Checks.quote(String.join(",", parser.getHeaderNames())));
            }
            for (CSVRecord r : parser) {
                long line = parser.getCurrentLineNumber();
                if (out.size() >= MAX_ROWS) {
                    throw RpcException.invalidParams("csv", "more than " + MAX_ROWS + " rows");
                }
                if (r.size() != HEADER.size()) {
                    throw RpcException.invalidParams("csv", "line " + line + ": expected 4 cells, got " + r.size());
                }
                LocalDate date;
                BigDecimal quantity;
                try {
                    date = LocalDate.parse(r.get(1));
                } catch (DateTimeParseException e) {
                    throw RpcException.invalidParams("csv", "line " + line + ": date " + Checks.quote(r.get(1))
                            + " is not a date yyyy-MM-dd");
                }
                try {
                    quantity = new BigDecimal(r.get(2));
                } catch (NumberFormatException e) {
                    throw RpcException.invalidParams("csv", "line " + line + ": quantity " + Checks.quote(r.get(2))
                            + " is not a number");
                }
                out.add(new ProductionEntry(r.get(0), date, quantity, r.get(3)));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            throw RpcException.invalidParams("csv", "is not readable CSV: " + e.getMessage());
        }
        return out;
    }
}
