package io.openemp.bench.endpoints;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The reference endpoints must write the very bytes the platform answers to system.ping. */
public class PingAnswerTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    public void theAnswerIsThePlatformsPingResponse() throws Exception {
        PingRequest request = json.readValue("{\"jsonrpc\":\"2.0\",\"method\":\"system.ping\",\"id\":1}", PingRequest.class);
        assertEquals("{\"jsonrpc\":\"2.0\",\"result\":\"pong\",\"id\":1}",
                json.writeValueAsString(new PingResource().ping(request)));
    }

    @Test
    public void theIdIsEchoedAsGiven() throws Exception {
        PingRequest request = json.readValue("{\"jsonrpc\":\"2.0\",\"method\":\"system.ping\",\"id\":\"a-7\"}", PingRequest.class);
        assertEquals("{\"jsonrpc\":\"2.0\",\"result\":\"pong\",\"id\":\"a-7\"}",
                json.writeValueAsString(new PingResource().ping(request)));
    }
}
