package io.openemp.data.readings.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.ConcurrentHashMap;

import io.openemp.data.relational.api.Dialect;

/**
 * A dictionary table {@code (id, name)} that turns the strings readings repeat (reading type codes, sources,
 * quality flags) into small numbers, so that rows and buckets hold numbers. Names are only ever added, each in
 * its own committed statement: an id, once given, stays valid even when the batch that asked for it fails.
 */
final class NameTable {

    private static final int MAX_CACHED = 100_000;

    private final String table;
    private final int maxIds;
    private final String describe;
    private final String insert;
    private final ConcurrentHashMap<String, Integer> ids = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Integer, String> names = new ConcurrentHashMap<>();

    /**
     * @param table the table name
     * @param maxIds the most names it may hold
     * @param describe what a name is, for messages ("quality flag")
     */
    NameTable(String table, int maxIds, String describe, Dialect dialect) {
        this.table = table;
        this.maxIds = maxIds;
        this.describe = describe;
        this.insert = dialect == Dialect.POSTGRESQL
                ? "INSERT INTO " + table + " (name) VALUES (?) ON CONFLICT (name) DO NOTHING"
                : "MERGE INTO " + table + " (name) KEY (name) VALUES (?)";
    }

    /** The id of {@code name}, adding it when new (autocommit {@code connection}). */
    int intern(Connection connection, String name) throws SQLException {
        Integer id = ids.get(name);
        if (id != null) {
            return id;
        }
        Integer found = select(connection, name);
        if (found == null) {
            if (count(connection) >= maxIds) {
                throw new TableFullException("the store already holds " + maxIds + " distinct " + describe
                        + " names; '" + Values.shortText(name) + "' is a new one");
            }
            try (PreparedStatement s = connection.prepareStatement(insert)) {
                s.setString(1, name);
                s.executeUpdate();
            } catch (SQLException e) {
                // another writer added it at the same moment: its row is what we want
                if (!"23505".equals(e.getSQLState())) {
                    throw e;
                }
            }
            found = select(connection, name);
            if (found == null) {
                throw new SQLException("could not add " + describe + " '" + name + "' to " + table);
            }
        }
        remember(name, found);
        return found;
    }

    /** The name of {@code id}, from the cache or the table; null when there is no such id. */
    String name(Connection connection, int id) throws SQLException {
        String name = names.get(id);
        if (name != null) {
            return name;
        }
        try (PreparedStatement s = connection.prepareStatement("SELECT name FROM " + table + " WHERE id = ?")) {
            s.setInt(1, id);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                name = rs.getString(1);
            }
        }
        remember(name, id);
        return name;
    }

    /** The id of {@code name} when it is known, without adding it; null otherwise. */
    Integer find(Connection connection, String name) throws SQLException {
        Integer id = ids.get(name);
        if (id != null) {
            return id;
        }
        id = select(connection, name);
        if (id != null) {
            remember(name, id);
        }
        return id;
    }

    private Integer select(Connection connection, String name) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT id FROM " + table + " WHERE name = ?")) {
            s.setString(1, name);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getInt(1) : null;
            }
        }
    }

    private int count(Connection connection) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT COUNT(*) FROM " + table);
                ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private void remember(String name, int id) {
        if (ids.size() >= MAX_CACHED) {
            ids.clear();
            names.clear();
        }
        ids.put(name, id);
        names.put(id, name);
    }

    /** Thrown when a dictionary is full: the name is refused as bad input. */
    static final class TableFullException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TableFullException(String message) {
            super(message);
        }
    }
}
