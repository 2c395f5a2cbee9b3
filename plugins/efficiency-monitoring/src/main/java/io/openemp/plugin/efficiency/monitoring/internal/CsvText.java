package io.openemp.plugin.efficiency.monitoring.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import io.openemp.plugin.efficiency.monitoring.api.BandEnergy;
import io.openemp.plugin.efficiency.monitoring.api.CostLine;
import io.openemp.plugin.efficiency.monitoring.api.CostReport;
import io.openemp.plugin.efficiency.monitoring.api.CsvExport;
import io.openemp.plugin.efficiency.monitoring.api.CurvePoint;
import io.openemp.plugin.efficiency.monitoring.api.LoadCurve;
import io.openemp.plugin.efficiency.monitoring.api.NodeStatistics;
import io.openemp.plugin.efficiency.monitoring.api.StatisticsReport;

/** Results as CSV (commons-csv, RFC 4180); numbers in plain notation, missing figures as empty cells. */
final class CsvText {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180;

    private CsvText() {
    }

    static CsvExport statistics(StatisticsReport r) {
        List<String> header = new ArrayList<>(List.of("node", "name", "level", "period", "start", "end", "consumption_kwh",
                "previous_kwh", "change_percent", "last_year_kwh", "year_on_year_percent", "parent_kwh",
                "share_of_parent_percent", "children_kwh", "unaccounted_kwh", "unaccounted_percent", "production",
                "production_unit", "unit_consumption", "max_demand_kw", "max_demand_at", "average_kw", "load_factor",
                "reactive_kvarh", "power_factor", "readings", "expected_readings"));
        List<NodeStatistics> rows = r.rows();
        List<String> bands = new ArrayList<>();
        if (!rows.isEmpty() && rows.get(0).bands() != null) {
            for (BandEnergy b : rows.get(0).bands()) {
                bands.add(b.band().name());
                header.add(b.band().name().toLowerCase(java.util.Locale.ROOT) + "_kwh");
            }
        }
        List<List<Object>> out = new ArrayList<>();
        for (NodeStatistics s : rows) {
            List<Object> row = new ArrayList<>(List.of(s.node(), s.name(), s.level(), r.period(), r.start(), r.end()));
            row.addAll(java.util.Arrays.asList(s.consumptionKwh(), s.previousKwh(), s.changePercent(), s.lastYearKwh(),
                    s.yearOnYearPercent(), s.parentKwh(), s.shareOfParentPercent(), s.childrenKwh(), s.unaccountedKwh(),
                    s.unaccountedPercent(), s.production(), s.productionUnit(), s.unitConsumption(), s.maxDemandKw(),
                    s.maxDemandAt(), s.averageKw(), s.loadFactor(), s.reactiveKvarh(), s.powerFactor(), s.readings(),
                    s.expectedReadings()));
            for (String band : bands) {
                row.add(s.bands().stream().filter(b -> b.band().name().equals(band)).map(BandEnergy::kwh).findFirst().orElse(null));
            }
            out.add(row);
        }
        return export("statistics-" + r.node() + "-" + r.period().name().toLowerCase(java.util.Locale.ROOT) + "-" + r.start()
                + ".csv", header, out);
    }

    static CsvExport loadCurve(LoadCurve c) {
        List<List<Object>> out = new ArrayList<>();
        for (CurvePoint p : c.points()) {
            out.add(List.of(p.start(), p.end(), p.kwh(), p.kw(), p.meters()));
        }
        return export("load-curve-" + c.node() + ".csv", List.of("start", "end", "kwh", "kw", "meters"), out);
    }

    static CsvExport cost(CostReport r) {
        List<List<Object>> out = new ArrayList<>();
        for (CostLine l : r.lines()) {
            out.add(List.of(l.item(), l.quantity(), l.unit(), l.price(), l.amount()));
        }
        out.add(java.util.Arrays.asList("power factor adjustment", r.powerFactorRounded(), "%", r.adjustmentPercent(),
                r.adjustmentAmount()));
        out.add(java.util.Arrays.asList("total", null, r.currency(), null, r.total()));
        return export("cost-" + r.node() + "-" + r.month() + ".csv", List.of("item", "quantity", "unit", "price", "amount"), out);
    }

    /** A text a spreadsheet would run as a formula gets a leading apostrophe (CSV injection). */
    private static String defused(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private static CsvExport export(String fileName, List<String> header, List<List<Object>> rows) {
        StringWriter text = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(text, FORMAT.builder().setHeader(header.toArray(String[]::new)).build())) {
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
        return new CsvExport(fileName, rows.size(), text.toString());
    }
}
