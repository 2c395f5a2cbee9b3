package io.openemp.access.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.openemp.access.api.AuditLog;
import io.openemp.access.internal.Records.AuditEntry;
import io.openemp.access.internal.Records.AuditFilter;
import io.openemp.access.internal.Records.Page;
import io.openemp.plugin.api.Caller;
import io.openemp.testing.TestDatabases;

/** The audit log: calls with a canonical params digest, queries by user, method, outcome and time; append-only. */
public class AuditTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Caller ANN = Caller.of("ann", Set.of("manager"), "http");
    private static final AuditFilter CALLS = new AuditFilter(null, null, null, "call", null, null);

    @Test
    public void aCallIsRecordedWithADigestOfItsCanonicalParams() throws Exception {
        Fixture f = new Fixture();
        f.access.recordCall(ANN, "10.0.0.1", "metering.meter.create",
                JSON.readTree("{\"b\": [1, {\"y\": 2, \"x\": \"é\"}], \"a\": null}"), "ok");
        f.access.recordCall(ANN, null, "metering.meter.create", JSON.readTree("{\"a\":null,\"b\":[1,{\"x\":\"é\",\"y\":2}]}"), "-32602");
        f.access.recordCall(ANN, null, "metering.meter.create", JSON.readTree("{\"a\":null,\"b\":[{\"x\":\"é\",\"y\":2},1]}"), "ok");
        f.access.recordCall(ANN, null, "system.ping", null, "ok");
        List<AuditEntry> calls = f.access.queryAudit(CALLS, 0, 10).items();
        assertEquals(4, calls.size());
        AuditEntry first = calls.get(3);
        assertEquals(List.of("call", "ann", "http", "10.0.0.1", "metering.meter.create", "ok"),
                List.of(first.kind(), first.user(), first.transport(), first.source(), first.method(), first.outcome()));
        assertEquals(Tokens.sha256("{\"a\":null,\"b\":[1,{\"x\":\"é\",\"y\":2}]}"), first.paramsSha256());
        assertEquals("key order and spacing do not change the digest", first.paramsSha256(), calls.get(2).paramsSha256());
        assertTrue("array order does", !first.paramsSha256().equals(calls.get(1).paramsSha256()));
        assertNull(calls.get(0).paramsSha256());
        assertEquals(Fixture.START, first.at());
    }

    @Test
    public void queriesFilterAndPage() throws Exception {
        Fixture f = new Fixture();
        Caller bob = Caller.of("bob", Set.of("viewer"), "thrift");
        for (int i = 0; i < 30; i++) {
            f.clock.advance(Duration.ofMinutes(1));
            f.access.recordCall(i % 3 == 0 ? bob : ANN, null, i % 2 == 0 ? "a.x" : "a.y", JSON.readTree("[" + i + "]"),
                    i % 5 == 0 ? "4101" : "ok");
        }
        f.access.recordLogin("bob", "ssh", "10.9.9.9", "ok");
        assertEquals(31, f.access.queryAudit(new AuditFilter(null, null, null, null, null, null), 0, 5).total());
        assertEquals(10, f.access.queryAudit(new AuditFilter("bob", null, null, "call", null, null), 0, 100).total());
        assertEquals(15, f.access.queryAudit(new AuditFilter(null, "a.x", null, null, null, null), 0, 100).total());
        assertEquals(6, f.access.queryAudit(new AuditFilter(null, null, "4101", null, null, null), 0, 100).total());
        Instant from = Fixture.START.plus(Duration.ofMinutes(10));
        Page<AuditEntry> window = f.access.queryAudit(new AuditFilter(null, null, null, "call", from, from.plus(Duration.ofMinutes(5))), 0, 100);
        assertEquals(5, window.total());
        assertEquals("newest first", from.plus(Duration.ofMinutes(4)), window.items().get(0).at());
        Page<AuditEntry> page = f.access.queryAudit(CALLS, 25, 10);
        assertEquals(30, page.total());
        assertEquals(5, page.items().size());
        assertEquals("the oldest call is last", Fixture.START.plus(Duration.ofMinutes(1)), page.items().get(4).at());
    }

    @Test
    public void badQueriesNameTheField() throws Exception {
        Fixture f = new Fixture();
        Object[][] cases = { { "limit", 0, 0 }, { "limit", 0, 1001 }, { "offset", -1, 10 } };
        for (Object[] c : cases) {
            try {
                f.access.queryAudit(CALLS, (int) c[1], (int) c[2]);
                fail();
            } catch (AccessException e) {
                assertEquals(c[0], e.field());
            }
        }
        try {
            f.access.queryAudit(new AuditFilter(null, null, null, "other", null, null), 0, 10);
            fail();
        } catch (AccessException e) {
            assertEquals("filter.kind", e.field());
        }
        try {
            f.access.queryAudit(new AuditFilter(null, null, null, null, Fixture.START, Fixture.START), 0, 10);
            fail();
        } catch (AccessException e) {
            assertEquals("filter.to", e.field());
        }
    }

    @Test
    public void theAuditLogApiCannotChangeOrRemoveEntries() {
        for (Method method : AuditLog.class.getMethods()) {
            assertTrue(method.getName(), method.getName().startsWith("record"));
        }
        for (Method method : AuditStore.class.getDeclaredMethods()) {
            assertTrue(method.getName(), Set.of("append", "query", "add", "bind", "clip").contains(method.getName())
                    || method.isSynthetic());
        }
    }

    @Test
    public void onPostgresqlTheDatabaseRefusesToChangeAuditRows() throws Exception {
        Fixture f = new Fixture(TestDatabases.postgres("access"), Fixture.settings(60));
        f.access.recordCall(ANN, null, "a.b", null, "ok");
        f.access.recordLogin("ann", "http", null, "failed");
        for (String sql : new String[] { "UPDATE access_audit SET outcome = 'ok'", "DELETE FROM access_audit",
                "TRUNCATE access_audit" }) {
            try (Connection c = f.db.getConnection(); Statement s = c.createStatement()) {
                s.executeUpdate(sql);
                fail(sql + " was allowed");
            } catch (SQLException e) {
                assertTrue(e.getMessage(), e.getMessage().contains("append-only"));
            }
        }
        assertEquals(2, f.access.queryAudit(new AuditFilter(null, null, null, null, null, null), 0, 10).total());
        // the rest of the module runs on PostgreSQL too
        f.user("ann", null, "viewer");
        assertTrue(f.access.authenticate("ann", Fixture.password("ann").toCharArray(), "http").isPresent());
        String token = f.access.createToken(Caller.of("ann", Set.of("viewer"), "http"), null, "t", null, null).token();
        assertTrue(f.access.authenticateToken(token, "http", null).isPresent());
        assertEquals(1, f.access.users(0, 10).total());
    }
}
