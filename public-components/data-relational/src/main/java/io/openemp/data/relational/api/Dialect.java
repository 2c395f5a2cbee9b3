package io.openemp.data.relational.api;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

import javax.sql.DataSource;

/** The databases the platform runs on: embedded H2 by default, PostgreSQL in production. */
public enum Dialect {

    H2,
    POSTGRESQL;

    /** The dialect of {@code connection}'s database. */
    public static Dialect of(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        if (product.contains("postgres")) {
            return POSTGRESQL;
        }
        if (product.contains("h2")) {
            return H2;
        }
        throw new SQLException("unsupported database: " + connection.getMetaData().getDatabaseProductName()
                + " (OpenEMP runs on H2 and PostgreSQL)");
    }

    /** The dialect of {@code dataSource}'s database. */
    public static Dialect of(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return of(connection);
        }
    }
}
