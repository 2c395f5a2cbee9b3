package io.openemp.plugin.efficiency.potential.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;

import javax.sql.DataSource;

import io.openemp.plugin.efficiency.potential.api.AssessedCase;
import io.openemp.plugin.efficiency.potential.api.Features;

/** The assessed cases in the relational store (table {@code effpot_case}), plain JDBC. */
final class CaseStore {

    private static final String COLUMNS = "SELECT id, load_factor, power_factor, base_load_share, intensity_percentile,"
            + " peak_share, potential, source, entered_at FROM effpot_case ";

    private final DataSource dataSource;

    CaseStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Stores the cases in one transaction, replacing those with the same id; with {@code replaceAll} first deletes every case. */
    void save(List<AssessedCase> cases, boolean replaceAll) throws SQLException {
        Instant now = Instant.now();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                if (replaceAll) {
                    try (Statement s = c.createStatement()) {
                        s.executeUpdate("DELETE FROM effpot_case");
                    }
                } else {
                    try (PreparedStatement s = c.prepareStatement("DELETE FROM effpot_case WHERE id = ?")) {
                        for (AssessedCase a : cases) {
                            s.setString(1, a.id());
                            s.addBatch();
                        }
                        s.executeBatch();
                    }
                }
                try (PreparedStatement s = c.prepareStatement("INSERT INTO effpot_case (id, load_factor, power_factor,"
                        + " base_load_share, intensity_percentile, peak_share, potential, source, entered_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    int pending = 0;
                    for (AssessedCase a : cases) {
                        Features f = a.features();
                        s.setString(1, a.id());
                        s.setDouble(2, f.loadFactor());
                        s.setDouble(3, f.powerFactor());
                        s.setDouble(4, f.baseLoadShare());
                        s.setDouble(5, f.intensityPercentile());
                        s.setDouble(6, f.peakShare());
                        s.setString(7, a.potential());
                        s.setString(8, a.source());
                        s.setTimestamp(9, Timestamp.from(now), utc());
                        s.addBatch();
                        if (++pending == 1000) {
                            s.executeBatch();
                            pending = 0;
                        }
                    }
                    s.executeBatch();
                }
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        }
    }

    List<AssessedCase> all() throws SQLException {
        return read(COLUMNS + "ORDER BY id", -1, -1);
    }

    /** Cases ordered by id, from {@code offset}, at most {@code limit}. */
    List<AssessedCase> page(int offset, int limit) throws SQLException {
        return read(COLUMNS + "ORDER BY id OFFSET ? ROWS FETCH FIRST ? ROWS ONLY", offset, limit);
    }

    private List<AssessedCase> read(String sql, int offset, int limit) throws SQLException {
        List<AssessedCase> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            if (offset >= 0) {
                s.setInt(1, offset);
                s.setInt(2, limit);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new AssessedCase(rs.getString(1), new Features(rs.getDouble(2), rs.getDouble(3), rs.getDouble(4),
                            rs.getDouble(5), rs.getDouble(6)), rs.getString(7), rs.getString(8),
                            rs.getTimestamp(9, utc()).toInstant()));
                }
            }
        }
        return out;
    }

    int count() throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM effpot_case")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static Calendar utc() {
        return Calendar.getInstance(TimeZone.getTimeZone("UTC"));
    }
}
