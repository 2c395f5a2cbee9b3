package io.openemp.plugin.collection.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.openemp.plugin.api.Caller;
import io.openemp.plugin.api.Roles;
import io.openemp.plugin.collection.api.CollectionTask;
import io.openemp.rpc.internal.StandaloneRegistry;

/** The collection.* methods through the platform's real dispatcher, on a running station. */
public class JsonRpcTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Caller MANAGER = Caller.of("ann", Set.of(Roles.MANAGER), "test");
    private static final Caller VIEWER = Caller.of("bob", Set.of(Roles.VIEWER), "test");
    private static final String TASK = "{'id':'daily-1','description':'p1 and p2 every 15 minutes','mode':'POLL',"
            + "'terminals':['0171-2082'],'points':[1,2],'items':[{'afn':12,'fn':129,'field':'forwardActive.total',"
            + "'readingType':'energy.active.forward'}],'schedule':{'cron':'0 0/15 * * * ?'},'retries':2,"
            + "'timeoutMillis':5000,'meters':[{'terminal':'0171-2082','point':1,'meter':'MTR-1'}],'enabled':true}";

    private StationFixture fixture;
    private StandaloneRegistry registry;

    @Before
    public void start() throws Exception {
        fixture = new StationFixture();
        registry = new StandaloneRegistry();
        registry.add(new CollectionComponent(fixture.station), "io.openemp.collection");
    }

    @After
    public void stop() {
        registry.close();
        fixture.close();
    }

    private JsonNode call(String method, String params, Caller caller) throws Exception {
        String request = "{'jsonrpc':'2.0','id':1,'method':'collection." + method + "'"
                + (params == null ? "" : ",'params':" + params) + "}";
        byte[] response = registry.dispatch(request.replace('\'', '"').getBytes(StandardCharsets.UTF_8), caller);
        assertNotNull(response);
        return JSON.readTree(response);
    }

    private JsonNode call(String method, String params) throws Exception {
        return call(method, params, MANAGER);
    }

    private void assertInvalid(String task, String field) throws Exception {
        JsonNode r = call("task-create", "{'task':" + task + "}");
        assertEquals(r.toString(), -32602, r.at("/error/code").asInt());
        assertEquals(r.toString(), "task", r.at("/error/data/param").asText());
        assertTrue(r.toString(), r.toString().contains(field));
    }

    @Test
    public void tasksAreCreatedListedUpdatedDeletedAndKeptInTheDatabase() throws Exception {
        JsonNode created = call("task-create", "{'task':" + TASK + "}");
        assertEquals(created.toString(), "daily-1", created.at("/result/id").asText());
        JsonNode list = call("tasks", null, VIEWER);
        assertEquals(1, list.at("/result").size());
        assertEquals("0 0/15 * * * ?", list.at("/result/0/schedule/cron").asText());
        assertEquals("MTR-1", list.at("/result/0/meters/0/meter").asText());

        assertEquals(4501, call("task-create", "{'task':" + TASK + "}").at("/error/code").asInt());
        assertEquals(-32001, call("task-create", "{'task':" + TASK + "}", VIEWER).at("/error/code").asInt());

        JsonNode updated = call("task-update", "{'task':" + TASK.replace("'retries':2", "'retries':5") + "}");
        assertEquals(5, updated.at("/result/retries").asInt());
        assertEquals(4502, call("task-update", "{'task':" + TASK.replace("daily-1", "nope") + "}").at("/error/code").asInt());

        // a station started again on the same database has the task as it was last written
        try (Station again = fixture.open(s -> s, s -> s)) {
            CollectionTask kept = again.task("daily-1").orElseThrow();
            assertEquals(5, kept.retries());
            assertEquals("MTR-1", kept.meters().get(0).meter());
        }

        assertTrue(call("task-delete", "{'id':'daily-1'}").at("/result").asBoolean());
        assertEquals(4502, call("task-delete", "{'id':'daily-1'}").at("/error/code").asInt());
        assertEquals(0, call("tasks", null).at("/result").size());
    }

    @Test
    public void badTasksAreRefusedNamingTheField() throws Exception {
        assertInvalid(TASK.replace("'daily-1'", "'Daily 1'"), "id:");
        assertInvalid(TASK.replace("'daily-1'", "'" + "x".repeat(10_000) + "'"), "id:");
        assertInvalid(TASK.replace("'afn':12", "'afn':4"), "items[0].afn");
        assertInvalid(TASK.replace("'fn':129", "'fn':0"), "items[0].fn");
        assertInvalid(TASK.replace("'field':'forwardActive.total',", ""), "items[0].field");
        assertInvalid(TASK.replace("0 0/15 * * * ?", "every quarter"), "schedule.cron");
        assertInvalid(TASK.replace("{'cron':'0 0/15 * * * ?'}", "{'cron':'0 * * * * ?','intervalSeconds':60}"), "schedule");
        assertInvalid(TASK.replace("'0171-2082']", "'0171-99999']"), "terminals[0]");
        assertInvalid(TASK.replace("[1,2]", "[1,2041]"), "points[1]");
        assertInvalid(TASK.replace("'retries':2", "'retries':11"), "retries");
        assertInvalid(TASK.replace("'timeoutMillis':5000", "'timeoutMillis':5"), "timeoutMillis");
        assertInvalid(TASK.replace("'terminal':'0171-2082','point':1", "'terminal':'0171-2082','point':0"), "meters[0].point");
        assertInvalid(TASK.replace("'mode':'POLL'", "'mode':'FREEZE'"), "FREEZE");
        assertInvalid(TASK.replace("'enabled':true}", "'enabled':true,'devices':[{'kind':'dlt645','host':'127.0.0.1','port':8899,"
                + "'address':'99999999999999','meter':'M'}]}"), "devices[0].address");
        assertInvalid(TASK.replace("'enabled':true}", "'enabled':true,'devices':[{'kind':'iec104','host':'127.0.0.1','port':2404,"
                + "'meter':'M'}]}"), "devices[0].kind");
        assertInvalid(TASK.replace("'enabled':true}", "'enabled':true,'devices':[{'kind':'modbus','host':'a host','port':502,"
                + "'profile':'x','meter':'M'}]}"), "devices[0].host");
        // the schema (from the Java types) refuses a mode that does not exist and unknown fields
        JsonNode r = call("task-create", "{'task':" + TASK.replace("'POLL'", "'SOMETIMES'") + "}");
        assertEquals(-32602, r.at("/error/code").asInt());
        assertEquals(0, call("tasks", null).at("/result").size());
    }

    @Test
    public void runTerminalsAndStatsAnswerWhatTheStationDid() throws Exception {
        try (TestTerminal t = new TestTerminal(fixture.port(), 2082)) {
            t.login();
            assertNotNull(t.next(5000));
            t.energy.put(1, StationFixture.kwh("10.5000"));
            t.energy.put(2, StationFixture.kwh("20.2500"));
            fixture.directory.add("MTR-1");
            fixture.directory.add("0171-2082-2");
            call("task-create", "{'task':" + TASK.replace("'cron':'0 0/15 * * * ?'", "'intervalSeconds':86400") + "}");

            JsonNode outcome = call("run", "{'id':'daily-1'}");
            assertEquals(outcome.toString(), 2, outcome.at("/result/collected").asInt());
            assertEquals(2, outcome.at("/result/stored").asInt());
            assertEquals(0, outcome.at("/result/failed").asInt());
            assertEquals(4502, call("run", "{'id':'nope'}").at("/error/code").asInt());

            JsonNode terminals = call("terminals", null, VIEWER);
            assertEquals("0171-2082", terminals.at("/result/0/terminal").asText());
            assertTrue(terminals.at("/result/0/online").asBoolean());
            assertTrue(terminals.at("/result/0/lastSeen").asText().endsWith("Z"));

            JsonNode stats = call("stats", null, VIEWER).get("result");
            assertEquals(1, stats.get("online").asInt());
            assertEquals(0, stats.at("/rejectedByReason/CHECKSUM").asInt());
            assertEquals(1, stats.at("/tasks/daily-1/requests").asInt());
            assertEquals(2, stats.at("/terminals/0171-2082/readingsStored").asInt());
        }
        assertEquals(0.0, fixture.points("MTR-1", "energy.active.forward").get(0).value().compareTo(StationFixture.kwh("10.5")), 0);
    }
}
