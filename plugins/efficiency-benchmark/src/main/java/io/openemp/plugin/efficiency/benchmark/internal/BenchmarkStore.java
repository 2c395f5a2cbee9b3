package io.openemp.plugin.efficiency.benchmark.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import io.openemp.plugin.efficiency.benchmark.api.Enterprise;
import io.openemp.plugin.efficiency.benchmark.api.IndicatorEntry;
import io.openemp.plugin.efficiency.benchmark.api.IndicatorKind;
import io.openemp.plugin.efficiency.benchmark.api.SizeClass;

/** Enterprises and their indicator entries in the relational store, plain JDBC. */
final class BenchmarkStore {

    /** One peer: the enterprise and its entry. */
    record Peer(Enterprise enterprise, IndicatorEntry entry) {
    }

    private static final String ENTERPRISE = "SELECT id, name, industry, size_class, price_per_kwh, currency FROM effbench_enterprise ";

    private final DataSource dataSource;

    BenchmarkStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void save(Enterprise e) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                Object[] args = { e.name(), e.industry(), e.sizeClass().name(), e.pricePerKwh(), e.currency(), e.id() };
                if (update(c, "UPDATE effbench_enterprise SET name = ?, industry = ?, size_class = ?, price_per_kwh = ?,"
                        + " currency = ? WHERE id = ?", args) == 0) {
                    update(c, "INSERT INTO effbench_enterprise (name, industry, size_class, price_per_kwh, currency, id)"
                            + " VALUES (?, ?, ?, ?, ?, ?)", args);
                }
                c.commit();
            } catch (SQLException ex) {
                c.rollback();
                throw ex;
            }
        }
    }

    Optional<Enterprise> enterprise(String id) throws SQLException {
        List<Enterprise> found = enterprises(ENTERPRISE + "WHERE id = ?", id);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    List<Enterprise> byIndustry(String industry) throws SQLException {
        return enterprises(ENTERPRISE + "WHERE industry = ? ORDER BY id", industry);
    }

    boolean delete(String id) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                update(c, "DELETE FROM effbench_indicator WHERE enterprise = ?", id);
                int n = update(c, "DELETE FROM effbench_enterprise WHERE id = ?", id);
                c.commit();
                return n > 0;
            } catch (SQLException ex) {
                c.rollback();
                throw ex;
            }
        }
    }

    /** Stores (or replaces) entries in one transaction. */
    void save(List<IndicatorEntry> entries) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement delete = c.prepareStatement(
                    "DELETE FROM effbench_indicator WHERE enterprise = ? AND kind = ? AND indicator_year = ?");
                    PreparedStatement insert = c.prepareStatement("INSERT INTO effbench_indicator"
                            + " (enterprise, kind, indicator_year, energy_kwh, denominator, unit) VALUES (?, ?, ?, ?, ?, ?)")) {
                for (IndicatorEntry e : entries) {
                    delete.setString(1, e.enterprise());
                    delete.setString(2, e.kind().name());
                    delete.setInt(3, e.year());
                    delete.addBatch();
                    insert.setString(1, e.enterprise());
                    insert.setString(2, e.kind().name());
                    insert.setInt(3, e.year());
                    insert.setBigDecimal(4, e.energyKwh());
                    insert.setBigDecimal(5, e.denominator());
                    insert.setString(6, e.unit());
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

    Optional<IndicatorEntry> entry(String enterprise, IndicatorKind kind, int year) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT energy_kwh, denominator, unit FROM effbench_indicator WHERE enterprise = ? AND kind = ? AND indicator_year = ?")) {
            s.setString(1, enterprise);
            s.setString(2, kind.name());
            s.setInt(3, year);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(new IndicatorEntry(enterprise, kind, year, rs.getBigDecimal(1).stripTrailingZeros(),
                        rs.getBigDecimal(2).stripTrailingZeros(), rs.getString(3))) : Optional.empty();
            }
        }
    }

    /** The peers of a group: same industry code, kind, year and unit, and size class when given. */
    List<Peer> peers(String industry, IndicatorKind kind, int year, String unit, SizeClass size) throws SQLException {
        String sql = "SELECT e.id, e.name, e.industry, e.size_class, e.price_per_kwh, e.currency, i.energy_kwh, i.denominator"
                + " FROM effbench_indicator i JOIN effbench_enterprise e ON e.id = i.enterprise"
                + " WHERE e.industry = ? AND i.kind = ? AND i.indicator_year = ? AND i.unit = ?"
                + (size == null ? "" : " AND e.size_class = ?") + " ORDER BY e.id";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, industry);
            s.setString(2, kind.name());
            s.setInt(3, year);
            s.setString(4, unit);
            if (size != null) {
                s.setString(5, size.name());
            }
            List<Peer> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Enterprise e = enterprise(rs);
                    out.add(new Peer(e, new IndicatorEntry(e.id(), kind, year, rs.getBigDecimal(7).stripTrailingZeros(),
                            rs.getBigDecimal(8).stripTrailingZeros(), unit)));
                }
            }
            return out;
        }
    }

    private List<Enterprise> enterprises(String sql, String arg) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, arg);
            List<Enterprise> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(enterprise(rs));
                }
            }
            return out;
        }
    }

    private static Enterprise enterprise(ResultSet rs) throws SQLException {
        BigDecimal price = rs.getBigDecimal(5);
        return new Enterprise(rs.getString(1), rs.getString(2), rs.getString(3), SizeClass.valueOf(rs.getString(4)),
                price == null ? null : price.stripTrailingZeros(), rs.getString(6));
    }

    private static int update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            return s.executeUpdate();
        }
    }
}
