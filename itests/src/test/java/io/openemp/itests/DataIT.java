package io.openemp.itests;

import static org.junit.Assert.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import javax.inject.Inject;
import javax.sql.DataSource;

import org.junit.Test;
import org.ops4j.pax.exam.util.Filter;

import io.openemp.data.relational.api.Dialect;
import io.openemp.data.relational.api.SchemaMigrations;

/** The platform DataSource from etc/org.ops4j.datasource-emp.cfg, and Liquibase migrations inside OSGi. */
public class DataIT extends PlatformTestSupport {

    @Inject
    @Filter("(dataSourceName=emp)")
    private DataSource dataSource;

    @Test
    public void theDefaultStoreIsAnEmbeddedH2FileDatabase() throws Exception {
        assertEquals(Dialect.H2, Dialect.of(dataSource));
        try (Connection c = dataSource.getConnection()) {
            String url = c.getMetaData().getURL();
            assertEquals(url, true, url.startsWith("jdbc:h2:file:") && url.contains("/data/openemp/emp"));
        }
    }

    @Test
    public void theDocumentStoreIsTheEmbeddedServerByDefault() throws Exception {
        com.fasterxml.jackson.databind.JsonNode health = call("documents.health", null);
        long deadline = System.currentTimeMillis() + 20_000;
        while (!health.at("/result/reachable").asBoolean() && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
            health = call("documents.health", null);
        }
        assertEquals(health.toString(), true, health.at("/result/reachable").asBoolean());
        assertEquals("EMBEDDED", health.at("/result/kind").asText());
        assertEquals(true, health.at("/result/address").asText().startsWith("127.0.0.1:"));
    }

    @Test
    public void aModulesMigrationsApplyOnceInsideOsgi() throws Exception {
        SchemaMigrations.apply(dataSource, getClass().getClassLoader(), "db/itest/changelog.xml");
        SchemaMigrations.apply(dataSource, getClass().getClassLoader(), "db/itest/changelog.xml");
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("MERGE INTO itest_probe (id, name, created_at) KEY (id) VALUES (1, 'x', CURRENT_TIMESTAMP)");
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM databasechangelog WHERE filename = 'db/itest/changelog.xml'")) {
                rs.next();
                assertEquals(2, rs.getInt(1));
            }
        }
    }
}
