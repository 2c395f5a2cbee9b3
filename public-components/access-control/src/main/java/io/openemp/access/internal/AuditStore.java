package io.openemp.access.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import io.openemp.access.internal.Records.AuditEntry;
import io.openemp.access.internal.Records.AuditFilter;
import io.openemp.access.internal.Records.Page;

/**
 * The audit log in the relational store. It only inserts and selects: this class is the whole of the module's
 * access to the table, and on PostgreSQL a trigger refuses updates and deletes from anyone.
 */
final class AuditStore {

    private static final String COLUMNS = "id, at, kind, user_name, transport, source, method, params_sha256, outcome, detail";

    private final DataSource dataSource;

    AuditStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Appends one entry; the id and {@code at} given in {@code entry} are ignored for the id. */
    void append(AuditEntry entry) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("INSERT INTO access_audit (at, kind, user_name, transport, source,"
                        + " method, params_sha256, outcome, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            UserStore.setTime(ps, 1, entry.at());
            ps.setString(2, entry.kind());
            ps.setString(3, clip(entry.user(), 64));
            ps.setString(4, clip(entry.transport(), 16));
            ps.setString(5, clip(entry.source(), 64));
            ps.setString(6, clip(entry.method(), 128));
            ps.setString(7, entry.paramsSha256());
            ps.setString(8, clip(entry.outcome(), 64));
            ps.setString(9, clip(entry.detail(), 200));
            ps.executeUpdate();
            if (!c.getAutoCommit()) {
                c.commit();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("audit log: " + e.getMessage(), e);
        }
    }

    Page<AuditEntry> query(AuditFilter filter, int offset, int limit) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        add(where, args, "user_name = ?", filter.user());
        add(where, args, "method = ?", filter.method());
        add(where, args, "outcome = ?", filter.outcome());
        add(where, args, "kind = ?", filter.kind());
        add(where, args, "at >= ?", filter.from());
        add(where, args, "at < ?", filter.to());
        try (Connection c = dataSource.getConnection()) {
            long total;
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM access_audit" + where)) {
                bind(ps, args);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            List<AuditEntry> items = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM access_audit" + where
                    + " ORDER BY id DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")) {
                int n = bind(ps, args);
                ps.setInt(n + 1, offset);
                ps.setInt(n + 2, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        items.add(new AuditEntry(rs.getLong(1), UserStore.time(rs, 2), rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                                rs.getString(10)));
                    }
                }
            }
            return new Page<>(items, total, offset, limit);
        } catch (SQLException e) {
            throw new IllegalStateException("audit log: " + e.getMessage(), e);
        }
    }

    private static void add(StringBuilder where, List<Object> args, String condition, Object value) {
        if (value != null) {
            where.append(" AND ").append(condition);
            args.add(value);
        }
    }

    private static int bind(PreparedStatement ps, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            Object arg = args.get(i);
            if (arg instanceof Instant at) {
                UserStore.setTime(ps, i + 1, at);
            } else {
                ps.setString(i + 1, (String) arg);
            }
        }
        return args.size();
    }

    /** Cuts {@code text} to {@code max} characters and replaces control characters, so no input can forge lines. */
    static String clip(String text, int max) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), max));
        for (int i = 0; i < text.length() && out.length() < max; i++) {
            char ch = text.charAt(i);
            out.append(Character.isISOControl(ch) ? '?' : ch);
        }
        return out.toString();
    }
}
