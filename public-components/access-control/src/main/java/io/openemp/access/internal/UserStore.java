package io.openemp.access.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import javax.sql.DataSource;

import io.openemp.access.internal.Records.Role;
import io.openemp.access.internal.Records.TokenInfo;
import io.openemp.access.internal.Records.User;

/** Users, their roles and their API tokens in the platform's relational store, with plain JDBC. */
final class UserStore {

    /** A user with the hash of their password. */
    record Stored(User user, String passwordHash) {
    }

    private static final String USER_COLUMNS =
            "name, display_name, org_unit, password_hash, enabled, created_at, updated_at, password_changed_at, version";
    private static final String TOKEN_COLUMNS =
            "id, user_name, name, roles, created_at, expires_at, revoked_at, revoked_by";

    private final DataSource dataSource;

    UserStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** Runs {@code work} in one transaction. */
    <T> T tx(Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("access store: " + e.getMessage(), e);
        }
    }

    List<Role> roles() {
        return tx(c -> {
            List<Role> roles = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT name, description FROM access_role ORDER BY name");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    roles.add(new Role(rs.getString(1), rs.getString(2)));
                }
            }
            return roles;
        });
    }

    Optional<Stored> find(String name) {
        return tx(c -> find(c, name));
    }

    Optional<Stored> find(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + USER_COLUMNS + " FROM access_user WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(read(rs, rolesOf(c, name)));
            }
        }
    }

    List<User> list(int offset, int limit) {
        return tx(c -> {
            Map<String, List<String>> roles = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT user_name, role_name FROM access_user_role ORDER BY role_name");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    roles.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
            List<User> users = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT " + USER_COLUMNS + " FROM access_user ORDER BY name OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")) {
                ps.setInt(1, offset);
                ps.setInt(2, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        users.add(read(rs, roles.getOrDefault(rs.getString(1), List.of())).user());
                    }
                }
            }
            return users;
        });
    }

    long count() {
        return tx(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM access_user"); ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    void insert(Connection c, User user, String hash) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO access_user (" + USER_COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, user.name());
            ps.setString(2, user.displayName());
            ps.setString(3, user.orgUnit());
            ps.setString(4, hash);
            ps.setBoolean(5, user.enabled());
            setTime(ps, 6, user.createdAt());
            setTime(ps, 7, user.updatedAt());
            setTime(ps, 8, user.passwordChangedAt());
            ps.setLong(9, user.version());
            ps.executeUpdate();
        }
        setRoles(c, user.name(), user.roles());
    }

    /** Replaces display name, unit, roles and enabled of {@code user} when its version is still {@code version}. */
    boolean update(Connection c, User user, long version) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE access_user SET display_name = ?, org_unit = ?, enabled = ?,"
                + " updated_at = ?, version = ? WHERE name = ? AND version = ?")) {
            ps.setString(1, user.displayName());
            ps.setString(2, user.orgUnit());
            ps.setBoolean(3, user.enabled());
            setTime(ps, 4, user.updatedAt());
            ps.setLong(5, user.version());
            ps.setString(6, user.name());
            ps.setLong(7, version);
            if (ps.executeUpdate() != 1) {
                return false;
            }
        }
        setRoles(c, user.name(), user.roles());
        return true;
    }

    boolean setPassword(Connection c, String name, String hash, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE access_user SET password_hash = ?, password_changed_at = ?,"
                + " updated_at = ?, version = version + 1 WHERE name = ?")) {
            ps.setString(1, hash);
            setTime(ps, 2, at);
            setTime(ps, 3, at);
            ps.setString(4, name);
            return ps.executeUpdate() == 1;
        }
    }

    /** How many enabled users other than {@code except} hold the admin role. */
    int otherEnabledAdmins(Connection c, String except) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM access_user u JOIN access_user_role r"
                + " ON r.user_name = u.name WHERE r.role_name = 'admin' AND u.enabled = TRUE AND u.name <> ?")) {
            ps.setString(1, except);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private void setRoles(Connection c, String name, List<String> roles) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM access_user_role WHERE user_name = ?")) {
            ps.setString(1, name);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO access_user_role (user_name, role_name) VALUES (?, ?)")) {
            for (String role : new TreeSet<>(roles)) {
                ps.setString(1, name);
                ps.setString(2, role);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static List<String> rolesOf(Connection c, String name) throws SQLException {
        List<String> roles = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT role_name FROM access_user_role WHERE user_name = ? ORDER BY role_name")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    roles.add(rs.getString(1));
                }
            }
        }
        return roles;
    }

    private static Stored read(ResultSet rs, List<String> roles) throws SQLException {
        User user = new User(rs.getString(1), rs.getString(2), rs.getString(3), List.copyOf(roles), rs.getBoolean(5),
                time(rs, 6), time(rs, 7), time(rs, 8), rs.getLong(9));
        return new Stored(user, rs.getString(4));
    }

    // Tokens

    void insertToken(Connection c, TokenInfo info, String tokenHash) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO access_token (id, token_hash, user_name, name, roles,"
                + " created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, info.id());
            ps.setString(2, tokenHash);
            ps.setString(3, info.user());
            ps.setString(4, info.name());
            ps.setString(5, String.join(",", info.roles()));
            setTime(ps, 6, info.createdAt());
            setTime(ps, 7, info.expiresAt());
            ps.executeUpdate();
        }
    }

    Optional<TokenInfo> tokenByHash(String hash, Instant now) {
        return tx(c -> oneToken(c, "token_hash = ?", hash, now));
    }

    Optional<TokenInfo> token(Connection c, String id, Instant now) throws SQLException {
        return oneToken(c, "id = ?", id, now);
    }

    private Optional<TokenInfo> oneToken(Connection c, String where, String value, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + TOKEN_COLUMNS + " FROM access_token WHERE " + where)) {
            ps.setString(1, value);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(readToken(rs, now)) : Optional.empty();
            }
        }
    }

    /** Tokens of {@code user}, or of everyone when null, newest first. */
    List<TokenInfo> tokens(String user, Instant now) {
        return tx(c -> {
            String sql = "SELECT " + TOKEN_COLUMNS + " FROM access_token" + (user == null ? "" : " WHERE user_name = ?")
                    + " ORDER BY created_at DESC, id";
            List<TokenInfo> tokens = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                if (user != null) {
                    ps.setString(1, user);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        tokens.add(readToken(rs, now));
                    }
                }
            }
            return tokens;
        });
    }

    boolean revokeToken(Connection c, String id, String by, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE access_token SET revoked_at = ?, revoked_by = ? WHERE id = ? AND revoked_at IS NULL")) {
            setTime(ps, 1, at);
            ps.setString(2, by);
            ps.setString(3, id);
            return ps.executeUpdate() == 1;
        }
    }

    private static TokenInfo readToken(ResultSet rs, Instant now) throws SQLException {
        String roles = rs.getString(4);
        Instant expires = time(rs, 6);
        Instant revoked = time(rs, 7);
        String status = revoked != null ? "revoked" : !now.isBefore(expires) ? "expired" : "active";
        return new TokenInfo(rs.getString(1), rs.getString(2), rs.getString(3),
                roles.isEmpty() ? List.of() : Arrays.asList(roles.split(",")), time(rs, 5), expires, revoked,
                rs.getString(8), status);
    }

    static void setTime(PreparedStatement ps, int index, Instant at) throws SQLException {
        if (at == null) {
            ps.setObject(index, null);
        } else {
            ps.setObject(index, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
        }
    }

    static Instant time(ResultSet rs, int index) throws SQLException {
        OffsetDateTime t = rs.getObject(index, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

}
