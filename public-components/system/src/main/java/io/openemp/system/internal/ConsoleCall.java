package io.openemp.system.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.openemp.plugin.api.Caller;
import io.openemp.rpc.api.RpcDispatcher;

/**
 * A console command's call: through the one dispatcher as the console user, so roles, validation and metrics
 * apply as on every transport. Prints the result pretty; an error is printed and fails the command.
 */
public final class ConsoleCall {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicLong IDS = new AtomicLong();

    private ConsoleCall() {
    }

    /** A failed call, with the error's code and message. */
    public static final class Failed extends Exception {
        private static final long serialVersionUID = 1L;

        Failed(String message) {
            super(message);
        }
    }

    public static ObjectNode params() {
        return JSON.createObjectNode();
    }

    public static JsonNode call(RpcDispatcher dispatcher, Caller caller, String method, ObjectNode params,
            PrintStream out) throws Failed {
        ObjectNode request = JSON.createObjectNode();
        request.put("jsonrpc", "2.0");
        request.put("method", method);
        request.set("params", params);
        request.put("id", IDS.incrementAndGet());
        byte[] answer = dispatcher.dispatch(request.toString().getBytes(StandardCharsets.UTF_8), caller);
        JsonNode response;
        try {
            response = JSON.readTree(answer);
        } catch (IOException | RuntimeException e) {
            throw new Failed(method + ": no readable answer from the dispatcher");
        }
        JsonNode error = response.get("error");
        if (error != null) {
            out.println("Error " + error.path("code").asInt() + ": " + error.path("message").asText());
            if (caller == null) {
                out.println("This shell session has no logged-in user: log in with a platform user.");
            }
            throw new Failed(method + " answered error " + error.path("code").asInt());
        }
        JsonNode result = response.path("result");
        try {
            out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(result));
        } catch (IOException e) {
            out.println(result);
        }
        return result;
    }

    /** A console argument as a JSON value: JSON when it parses as a scalar or an array, else the text itself. */
    public static JsonNode value(String text) {
        try {
            JsonNode node = JSON.readTree(text);
            if (node != null && (node.isValueNode() || node.isArray())) {
                return node;
            }
        } catch (IOException e) {
            // not JSON: a plain string such as a host name
        }
        return JSON.getNodeFactory().textNode(text);
    }
}
