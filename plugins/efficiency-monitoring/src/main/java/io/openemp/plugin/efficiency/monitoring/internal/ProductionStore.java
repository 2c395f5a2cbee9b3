package io.openemp.plugin.efficiency.monitoring.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import io.openemp.plugin.efficiency.monitoring.api.ProductionEntry;

/** Production quantities per node and local date, plain JDBC. */
final class ProductionStore {

    /** The output of a node over some days, and its unit. */
    record Total(BigDecimal quantity, String unit) {
    }

    private final DataSource dataSource;

    ProductionStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Stores (or replaces) all entries in one transaction. */
    void save(List<ProductionEntry> entries) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM effmon_production WHERE node = ? AND entry_date = ?");
                    PreparedStatement insert = c.prepareStatement(
                            "INSERT INTO effmon_production (node, entry_date, quantity, unit) VALUES (?, ?, ?, ?)")) {
                for (ProductionEntry e : entries) {
                    delete.setString(1, e.node());
                    delete.setDate(2, Date.valueOf(e.date()));
                    delete.addBatch();
                    insert.setString(1, e.node());
                    insert.setDate(2, Date.valueOf(e.date()));
                    insert.setBigDecimal(3, e.quantity());
                    insert.setString(4, e.unit());
                    insert.addBatch();
                }
                delete.executeBatch();
                insert.executeBatch();
                c.commit();
            } catch (SQLException ex) {
                c.rollback();
                throw ex;
            }
        }
    }

    /** The unit a node's entries use, if it has any. */
    Optional<String> unit(String node) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT MIN(unit) FROM effmon_production WHERE node = ?")) {
            s.setString(1, node);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return Optional.ofNullable(rs.getString(1));
            }
        }
    }

    /** Entries of a node with {@code from <= date < to}, oldest first. */
    List<ProductionEntry> list(String node, LocalDate from, LocalDate to) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT entry_date, quantity, unit FROM effmon_production WHERE node = ? AND entry_date >= ? AND entry_date < ? ORDER BY entry_date")) {
            s.setString(1, node);
            s.setDate(2, Date.valueOf(from));
            s.setDate(3, Date.valueOf(to));
            List<ProductionEntry> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new ProductionEntry(node, rs.getDate(1).toLocalDate(), rs.getBigDecimal(2).stripTrailingZeros(),
                            rs.getString(3)));
                }
            }
            return out;
        }
    }

    /** The sum of a node's entries with {@code from <= date < to}, or empty when there are none. */
    Optional<Total> total(String node, LocalDate from, LocalDate to) throws SQLException {
        BigDecimal sum = null;
        String unit = null;
        for (ProductionEntry e : list(node, from, to)) {
            sum = sum == null ? e.quantity() : sum.add(e.quantity());
            unit = e.unit();
        }
        return sum == null ? Optional.empty() : Optional.of(new Total(sum, unit));
    }

    /**
     * The totals of many nodes (as {@link #total} each) in one statement per 500 nodes; nodes without entries are
     * absent from the map.
     */
    Map<String, Total> totals(List<String> nodes, LocalDate from, LocalDate to) throws SQLException {
        Map<String, Total> out = new HashMap<>();
        try (Connection c = dataSource.getConnection()) {
            for (int first = 0; first < nodes.size(); first += 500) {
                List<String> chunk = nodes.subList(first, Math.min(nodes.size(), first + 500));
                String marks = String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"));
                try (PreparedStatement s = c.prepareStatement("SELECT node, quantity, unit FROM effmon_production WHERE node IN ("
                        + marks + ") AND entry_date >= ? AND entry_date < ? ORDER BY node, entry_date")) {
                    int i = 1;
                    for (String n : chunk) {
                        s.setString(i++, n);
                    }
                    s.setDate(i++, Date.valueOf(from));
                    s.setDate(i, Date.valueOf(to));
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            BigDecimal q = rs.getBigDecimal(2).stripTrailingZeros();
                            // As total(): the sum, and the unit of the latest entry.
                            out.merge(rs.getString(1), new Total(q, rs.getString(3)),
                                    (a, b) -> new Total(a.quantity().add(b.quantity()), b.unit()));
                        }
                    }
                }
            }
        }
        return out;
    }
}
