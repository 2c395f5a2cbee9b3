package io.openemp.access.console.internal;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.openemp.plugin.api.Caller;
import io.openemp.rpc.api.RpcDispatcher;
import io.openemp.rpc.api.RpcErrors;

/**
 * Calls platform methods as one console user: writes a JSON-RPC 2.0 request, hands it to the one dispatcher
 * with the caller, and reads the result or the error out of the answer. Never calls a component directly.
 */
public final class ConsoleRpc {

    private static final AtomicLong IDS = new AtomicLong();

    private final RpcDispatcher dispatcher;
    private final Caller caller;

    /**
     * @param dispatcher the platform's dispatcher
     * @param caller the console user, or {@code null} when the session has none (every call is then refused)
     */
    public ConsoleRpc(RpcDispatcher dispatcher, Caller caller) {
        this.dispatcher = dispatcher;
        this.caller = caller;
    }

    /** The console user the calls are made as, or {@code null}. */
    public Caller caller() {
        return caller;
    }

    /**
     * Calls {@code method} with {@code params} (an object, an array, or {@code null} for none).
     *
     * @return the result, JSON null for a method without one
     * @throws RpcErrorException when the answer is an error
     */
    JsonNode call(String method, JsonNode params) throws RpcErrorException {
        ObjectNode request = Json.MAPPER.createObjectNode();
        request.put("jsonrpc", "2.0");
        request.put("method", method);
        if (params != null) {
            request.set("params", params);
        }
        request.put("id", IDS.incrementAndGet());
        byte[] answer = dispatcher.dispatch(request.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                caller);
        if (answer == null) {
            throw new RpcErrorException(new RpcError(RpcErrors.INTERNAL_ERROR, "The dispatcher gave no answer", null));
        }
        JsonNode response;
        try {
            response = Json.MAPPER.readTree(answer);
        } catch (IOException e) {
            throw new RpcErrorException(new RpcError(RpcErrors.INTERNAL_ERROR,
                    "The dispatcher's answer is not JSON: " + e.getMessage(), null));
        }
        JsonNode error = response.get("error");
        if (error != null && error.isObject()) {
            JsonNode data = error.get("data");
            throw new RpcErrorException(new RpcError(error.path("code").asInt(RpcErrors.INTERNAL_ERROR),
                    Json.text(error, "message", "(no message)"), data));
        }
        JsonNode result = response.get("result");
        return result == null ? Json.MAPPER.nullNode() : result;
    }
}
