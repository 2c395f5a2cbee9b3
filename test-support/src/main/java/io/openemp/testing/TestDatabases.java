package io.openemp.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Real databases for tests. PostgreSQL is the private cluster that {@code scripts/test-postgres} installs (from
 * Debian, when missing) and starts on 127.0.0.1:55432; each call to {@link #postgres(String)} gives a new empty
 * database in it. H2 databases are files in a temporary folder, in the platform's own mode.
 */
public final class TestDatabases {

    private static String postgresUrl;

    private TestDatabases() {
    }

    /** A new, empty PostgreSQL database whose name starts with {@code prefix}. */
    public static synchronized DataSource postgres(String prefix) {
        String base = postgresBaseUrl();
        String name = (prefix + "_" + UUID.randomUUID().toString().substring(0, 8)).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9_]", "_");
        try (Connection c = DriverManager.getConnection(base); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the test database " + name + " at " + base, e);
        }
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(base.replace("/postgres?", "/" + name + "?"));
        return ds;
    }

    /** A new, empty H2 file database (as the platform runs it: a file under a data folder). */
    public static DataSource h2(String prefix) {
        try {
            Path dir = Files.createTempDirectory("emp-h2-" + prefix);
            JdbcDataSource ds = new JdbcDataSource();
            ds.setURL("jdbc:h2:file:" + dir.resolve(prefix).toAbsolutePath() + ";DB_CLOSE_DELAY=-1");
            ds.setUser("sa");
            ds.setPassword("");
            return ds;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JDBC URL of the test cluster's {@code postgres} database, starting the cluster when needed. */
    public static synchronized String postgresBaseUrl() {
        if (postgresUrl == null) {
            Path script = repositoryRoot().resolve("scripts/test-postgres");
            try {
                Process p = new ProcessBuilder(script.toString(), "start").redirectErrorStream(false).start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
                String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).trim();
                if (!p.waitFor(300, TimeUnit.SECONDS) || p.exitValue() != 0 || !out.startsWith("jdbc:postgresql:")) {
                    throw new IllegalStateException(script + " start failed: " + out + " " + err);
                }
                String[] lines = out.split("\n");
                postgresUrl = lines[lines.length - 1].trim();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return postgresUrl;
    }

    /** The folder holding {@code scripts/test-postgres}, found upwards from the working directory. */
    public static Path repositoryRoot() {
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isExecutable(dir.resolve("scripts/test-postgres"))) {
                return dir;
            }
        }
        throw new IllegalStateException("scripts/test-postgres not found above " + Paths.get("").toAbsolutePath());
    }
}
