package io.openemp.plugin.modbus.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.junit.After;
import org.junit.AfterClass;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.openemp.plugin.api.Caller;
import io.openemp.plugin.api.Roles;
import io.openemp.rpc.internal.StandaloneRegistry;

/**
 * The {@code modbus} component through the platform's real registry and dispatcher (schemas, binding, roles),
 * reading from a real pymodbus server.
 */
public class JsonRpcTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Caller VIEWER = Caller.of("vic", Set.of(Roles.VIEWER), "test");
    private static final Caller MANAGER = Caller.of("meg", Set.of(Roles.MANAGER), "test");

    private static PymodbusServer server;

    @Rule
    public TemporaryFolder temp = new TemporaryFolder();

    private StandaloneRegistry registry;
    private NettyModbusMaster master;
    private Path folder;

    @BeforeClass
    public static void startServer() throws Exception {
        server = PymodbusServer.start(new PymodbusServer.Image().put(1, "hr", 100, 2301, 17).put(3, "ir", 0, 0x4366, 0x8000));
    }

    @AfterClass
    public static void stopServer() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Before
    public void start() throws Exception {
        folder = temp.newFolder("profiles").toPath();
        master = new NettyModbusMaster(new MasterSettings(1000, 0, 1000, 60, 16, 1));
        registry = new StandaloneRegistry();
        registry.add(new ModbusRpcComponent(master, new ProfileStore(folder)), "io.openemp.protocol-modbus");
    }

    @After
    public void stop() {
        registry.close();
        master.close();
    }

    private JsonNode call(Caller caller, String request) throws Exception {
        byte[] response = registry.dispatch(request.replace('\'', '"').getBytes(StandardCharsets.UTF_8), caller);
        assertNotNull(response);
        return JSON.readTree(response);
    }

    private static final String PUMP = "{'id':'pump','description':'test pump','points':["
            + "{'name':'speed','function':3,'address':100,'type':'int16','scale':0.1,'readingType':'speed.rotor','unit':'rpm'},"
            + "{'name':'state','function':3,'address':101,'type':'uint16','readingType':'state.code'},"
            + "{'name':'flow','unitId':3,'function':4,'address':0,'type':'float32','readingType':'flow.volume','unit':'m3/h'}]}";

    @Test
    public void putThenListThenReadThenStats() throws Exception {
        JsonNode put = call(MANAGER, "{'jsonrpc':'2.0','id':1,'method':'modbus.profile.put','params':{'profile':" + PUMP + "}}");
        assertEquals(put.toString(), "pump", put.at("/result/id").asText());
        assertEquals(3, put.at("/result/points").asInt());
        assertTrue(Files.exists(folder.resolve("pump.json")));

        JsonNode list = call(VIEWER, "{'jsonrpc':'2.0','id':2,'method':'modbus.profiles'}");
        assertEquals(list.toString(), 3, list.at("/result/profiles").size());
        assertEquals("pump", list.at("/result/profiles/2/id").asText());
        assertEquals("folder", list.at("/result/profiles/2/origin").asText());

        JsonNode read = call(MANAGER, "{'jsonrpc':'2.0','id':3,'method':'modbus.read','params':{'host':'127.0.0.1',"
                + "'port':" + server.port() + ",'profile':'pump'}}");
        JsonNode values = read.at("/result/values");
        assertEquals(read.toString(), "230.1", values.at("/0/value").decimalValue().toPlainString());
        assertEquals("GOOD", values.at("/0/quality").asText());
        assertEquals("rpm", values.at("/0/unit").asText());
        assertEquals(17, values.at("/1/value").asInt());
        assertEquals("230.5", values.at("/2/value").decimalValue().toPlainString());
        assertTrue(values.at("/0/at").asText().endsWith("Z"));
        assertEquals(2, read.at("/result/requests").asInt());

        JsonNode stats = call(VIEWER, "{'jsonrpc':'2.0','id':4,'method':'modbus.stats'}");
        assertEquals(2, stats.at("/result/requests").asInt());
        assertEquals(0, stats.at("/result/rejectedByReason/bad-length").asInt());
    }

    @Test
    public void anInvalidProfileIsRefusedWithEveryProblem() throws Exception {
        JsonNode response = call(MANAGER, "{'jsonrpc':'2.0','id':1,'method':'modbus.profile.put','params':{'profile':"
                + "{'id':'bad','points':[{'name':'v','function':3,'address':0,'type':'int17','readingType':'x'},"
                + "{'name':'w','function':3,'address':0,'type':'int16','readingType':'x'}]}}}");
        assertEquals(response.toString(), -32602, response.at("/error/code").asInt());
        assertTrue(response.at("/error/message").asText(),
                response.at("/error/message").asText().startsWith("Invalid params: profile: points[0].type: points[0] 'v': unknown type 'int17'"));
        assertEquals("profile", response.at("/error/data/param").asText());
        assertEquals(1, response.at("/error/data/problems").size());
        assertTrue(Files.notExists(folder.resolve("bad.json")));
    }

    @Test
    public void validateShowsTheRequestsAReadWillSend() throws Exception {
        JsonNode response = call(VIEWER, "{'jsonrpc':'2.0','id':1,'method':'modbus.profile.validate','params':{'profile':" + PUMP + "}}");
        assertEquals(response.toString(), true, response.at("/result/valid").asBoolean());
        assertEquals(JSON.readTree("[{\"unitId\":null,\"function\":3,\"address\":100,\"count\":2,\"points\":[\"speed\",\"state\"]},"
                + "{\"unitId\":3,\"function\":4,\"address\":0,\"count\":2,\"points\":[\"flow\"]}]"), response.at("/result/reads"));
        JsonNode bad = call(VIEWER, "{'jsonrpc':'2.0','id':2,'method':'modbus.profile.validate','params':{'profile':"
                + "{'id':'b','points':[{'name':'v','function':9,'address':0,'type':'int16','readingType':'x'}]}}}");
        assertEquals(false, bad.at("/result/valid").asBoolean());
        assertEquals("points[0].function", bad.at("/result/problems/0/path").asText());
    }

    @Test
    public void rolesAreEnforced() throws Exception {
        JsonNode put = call(VIEWER, "{'jsonrpc':'2.0','id':1,'method':'modbus.profile.put','params':{'profile':" + PUMP + "}}");
        assertEquals(put.toString(), "Forbidden", put.at("/error/message").asText());
        assertTrue(Files.notExists(folder.resolve("pump.json")));
        JsonNode read = call(VIEWER, "{'jsonrpc':'2.0','id':2,'method':'modbus.read','params':{'host':'127.0.0.1','profile':'eastron-sdm630'}}");
        assertEquals("Forbidden", read.at("/error/message").asText());
        JsonNode list = call(VIEWER, "{'jsonrpc':'2.0','id':3,'method':'modbus.profile.get','params':{'id':'huawei-sun2000'}}");
        assertEquals(14, list.at("/result/points").size());
    }

    @Test
    public void badReadParametersAreInvalidParams() throws Exception {
        JsonNode unknown = call(MANAGER, "{'jsonrpc':'2.0','id':1,'method':'modbus.read','params':{'host':'127.0.0.1','profile':'nope'}}");
        assertEquals(-32602, unknown.at("/error/code").asInt());
        assertEquals("profile", unknown.at("/error/data/param").asText());
        JsonNode port = call(MANAGER, "{'jsonrpc':'2.0','id':2,'method':'modbus.read','params':{'host':'127.0.0.1','port':70000,'profile':'eastron-sdm630'}}");
        assertEquals(-32602, port.at("/error/code").asInt());
        assertEquals("port", port.at("/error/data/param").asText());
        JsonNode timeout = call(MANAGER, "{'jsonrpc':'2.0','id':3,'method':'modbus.read','params':{'host':'127.0.0.1','timeoutMillis':5,'profile':'eastron-sdm630'}}");
        assertEquals("timeoutMillis", timeout.at("/error/data/param").asText());
    }

    @Test
    public void aDeviceThatDoesNotAnswerGivesErrorsPerPointNotAnRpcError() throws Exception {
        JsonNode read = call(MANAGER, "{'jsonrpc':'2.0','id':1,'method':'modbus.read','params':{'host':'127.0.0.1',"
                + "'port':" + server.port() + ",'unitId':9,'profile':'huawei-sun2000','timeoutMillis':200,'retries':0}}");
        assertEquals(read.toString(), 14, read.at("/result/failed").asInt());
        assertEquals("TIMEOUT", read.at("/result/values/0/error/kind").asText());
        assertEquals("BAD", read.at("/result/values/0/quality").asText());
    }
}
