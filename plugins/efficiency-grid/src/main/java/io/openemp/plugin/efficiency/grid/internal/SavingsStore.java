package io.openemp.plugin.efficiency.grid.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import io.openemp.plugin.efficiency.grid.api.SavingsRecord;
import io.openemp.plugin.efficiency.grid.api.SourceKind;
import io.openemp.plugin.efficiency.grid.api.StoredSavings;

/** The savings records in table {@code effgrid_savings} (plain JDBC). */
final class SavingsStore {

    private static final String COLUMNS = "id, customer, usage_point, program, measure, period_from, period_to, avoided_kwh,"
            + " uncertainty_kwh, peak_kw, source, source_ref, reason, recorded_by, recorded_at";

    private final DataSource dataSource;

    SavingsStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Stores all of {@code records} in one transaction, or none. */
    void insert(List<SavingsRecord> records, String by, Instant at) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement s = c.prepareStatement("insert into effgrid_savings (" + COLUMNS
                    + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (SavingsRecord r : records) {
                    s.setString(1, r.id());
                    s.setString(2, r.customer());
                    s.setString(3, r.usagePoint());
                    s.setString(4, r.program());
                    s.setString(5, r.measure());
                    s.setDate(6, Date.valueOf(r.from()));
                    s.setDate(7, Date.valueOf(r.to()));
                    s.setBigDecimal(8, r.avoidedKwh());
                    s.setBigDecimal(9, r.uncertaintyKwh());
                    s.setBigDecimal(10, r.peakKw());
                    s.setString(11, r.source().name());
                    s.setString(12, r.sourceRef());
                    s.setString(13, r.reason());
                    s.setString(14, by);
                    s.setTimestamp(15, Timestamp.from(at));
                    s.addBatch();
                }
                s.executeBatch();
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        }
    }

    boolean exists(String id) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select 1 from effgrid_savings where id = ?")) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    /**
     * The id of a stored record of the same customer, usage point, program and measure whose period overlaps
     * {@code from..to}: counting both would count the same saving twice.
     */
    Optional<String> overlapping(SavingsRecord r) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select id from effgrid_savings where customer = ? and program = ?"
                        + " and measure = ? and coalesce(usage_point, '') = ? and period_from <= ? and period_to >= ?"
                        + " order by id")) {
            s.setString(1, r.customer());
            s.setString(2, r.program());
            s.setString(3, r.measure());
            s.setString(4, r.usagePoint() == null ? "" : r.usagePoint());
            s.setDate(5, Date.valueOf(r.to()));
            s.setDate(6, Date.valueOf(r.from()));
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    boolean delete(String id) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("delete from effgrid_savings where id = ?")) {
            s.setString(1, id);
            return s.executeUpdate() > 0;
        }
    }

    /**
     * Records whose period overlaps {@code from..to} (either bound may be null: open), optionally of one customer
     * and program, ordered by period and id.
     */
    List<StoredSavings> overlappingPeriod(LocalDate from, LocalDate to, String customer, String program, int limit)
            throws SQLException {
        StringBuilder sql = new StringBuilder("select " + COLUMNS + " from effgrid_savings where 1 = 1");
        List<Object> args = new ArrayList<>();
        if (to != null) {
            sql.append(" and period_from <= ?");
            args.add(Date.valueOf(to));
        }
        if (from != null) {
            sql.append(" and period_to >= ?");
            args.add(Date.valueOf(from));
        }
        if (customer != null) {
            sql.append(" and customer = ?");
            args.add(customer);
        }
        if (program != null) {
            sql.append(" and program = ?");
            args.add(program);
        }
        sql.append(" order by period_from, id");
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < args.size(); i++) {
                s.setObject(i + 1, args.get(i));
            }
            s.setMaxRows(limit);
            List<StoredSavings> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(read(rs));
                }
            }
            return out;
        }
    }

    private static StoredSavings read(ResultSet rs) throws SQLException {
        SavingsRecord r = new SavingsRecord(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getDate(6).toLocalDate(), rs.getDate(7).toLocalDate(), rs.getBigDecimal(8).setScale(3),
                rs.getBigDecimal(9).setScale(3), rs.getBigDecimal(10).setScale(3), SourceKind.valueOf(rs.getString(11)),
                rs.getString(12), rs.getString(13));
        return new StoredSavings(r, rs.getString(14), rs.getTimestamp(15).toInstant());
    }
}
