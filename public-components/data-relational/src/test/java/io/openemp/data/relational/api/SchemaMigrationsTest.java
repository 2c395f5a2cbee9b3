package io.openemp.data.relational.api;

import static org.junit.Assert.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import javax.sql.DataSource;

import org.junit.Test;

import io.openemp.testing.TestDatabases;

/** Migrations applied to real H2 and PostgreSQL databases, twice (the second time is a no-op). */
public class SchemaMigrationsTest {

    private static void migratesOnce(DataSource ds, Dialect expected) throws Exception {
        assertEquals(expected, Dialect.of(ds));
        SchemaMigrations.apply(ds, SchemaMigrationsTest.class.getClassLoader(), "db/test/changelog.xml");
        SchemaMigrations.apply(ds, SchemaMigrationsTest.class.getClassLoader(), "db/test/changelog.xml");
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO migration_probe (id, name, created_at) VALUES (1, 'x', CURRENT_TIMESTAMP)");
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM databasechangelog")) {
                rs.next();
                assertEquals("each changeset applied once", 2, rs.getInt(1));
            }
        }
    }

    @Test
    public void migratesH2() throws Exception {
        migratesOnce(TestDatabases.h2("migrations"), Dialect.H2);
    }

    @Test
    public void migratesPostgres() throws Exception {
        migratesOnce(TestDatabases.postgres("migrations"), Dialect.POSTGRESQL);
    }
}
