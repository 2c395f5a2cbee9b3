package io.openemp.bench.probes;

import static org.junit.Assert.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.openemp.plugin.api.Caller;
import io.openemp.plugin.api.Roles;
import io.openemp.rpc.internal.StandaloneRegistry;

/** bench.touch through the real dispatcher: counted, audited once per call, refused to a viewer (and audited). */
public class TouchComponentTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Caller MANAGER = Caller.of("mia", Set.of(Roles.MANAGER), "test");
    private static final Caller VIEWER = Caller.of("vic", Set.of(Roles.VIEWER), "test");

    private final List<String> audited = new CopyOnWriteArrayList<>();
    private StandaloneRegistry registry;

    @Before
    public void start() {
        registry = new StandaloneRegistry();
        registry.auditor((caller, method, params, outcome) -> audited.add(caller.user() + " " + method + " " + outcome));
        registry.add(new TouchComponent(), "io.openemp.bench-probes");
    }

    @After
    public void stop() {
        registry.close();
    }

    private JsonNode call(String request, Caller caller) throws Exception {
        return JSON.readTree(registry.dispatch(request.getBytes(StandardCharsets.UTF_8), caller));
    }

    @Test
    public void everyTouchIsCountedAndAudited() throws Exception {
        assertEquals(1, call("{\"jsonrpc\":\"2.0\",\"method\":\"bench.touch\",\"id\":1}", MANAGER).path("result").asLong());
        assertEquals(2, call("{\"jsonrpc\":\"2.0\",\"method\":\"bench.touch\",\"params\":{\"note\":\"x\"},\"id\":2}", MANAGER)
                .path("result").asLong());
        assertEquals(List.of("mia bench.touch ok", "mia bench.touch ok"), audited);
    }

    @Test
    public void aViewerIsRefusedAndTheRefusalAudited() throws Exception {
        JsonNode answer = call("{\"jsonrpc\":\"2.0\",\"method\":\"bench.touch\",\"id\":1}", VIEWER);
        assertEquals(-32001, answer.path("error").path("code").asInt());
        assertEquals(1, audited.size());
        assertEquals(true, audited.get(0).startsWith("vic bench.touch error:"));
    }

    @Test
    public void aMisspeltParameterIsRefusedNamingIt() throws Exception {
        JsonNode answer = call("{\"jsonrpc\":\"2.0\",\"method\":\"bench.touch\",\"params\":{\"note\":1,\"x\":2},\"id\":1}", MANAGER);
        assertEquals(-32602, answer.path("error").path("code").asInt());
    }
}
