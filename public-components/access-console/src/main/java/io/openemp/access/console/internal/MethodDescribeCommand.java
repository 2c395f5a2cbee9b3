package io.openemp.access.console.internal;

import java.io.PrintStream;

import com.fasterxml.jackson.databind.JsonNode;

import io.openemp.plugin.api.Caller;
import io.openemp.rpc.api.RpcDispatcher;
import io.openemp.rpc.api.RpcErrors;

/**
 * {@code emp:method-describe <method>}: summary, roles, every parameter with its JSON Schema and the result's
 * schema, from {@code rpc.describe}.
 */
public final class MethodDescribeCommand extends RpcCommand {

    public MethodDescribeCommand(RpcDispatcher dispatcher, Caller caller) {
        super(dispatcher, caller);
    }

    public void execute(String method, PrintStream out) throws CommandFailedException {
        JsonNode description;
        try {
            description = rpc.call("rpc.describe", Json.MAPPER.createObjectNode().put("method", method));
        } catch (RpcErrorException e) {
            if (e.error().code() == RpcErrors.INVALID_PARAMS
                    && "method".equals(e.error().data() == null ? null : e.error().data().path("param").asText())) {
                throw new CommandFailedException("No method '" + method + "' is registered (emp:method-list lists them)");
            }
            throw report("rpc.describe", e.error(), out);
        }
        out.println("Method:   " + Json.text(description, "name", method));
        out.println("Summary:  " + Json.text(description, "summary", ""));
        out.println("Roles:    " + MethodListCommand.roles(description));
        out.println("Mutating: " + (description.path("x-mutating").asBoolean(false) ? "yes" : "no"));
        JsonNode timeout = description.get("x-timeout-millis");
        out.println("Timeout:  " + (timeout == null ? "platform default" : timeout.asLong() + " ms"));
        JsonNode params = description.path("params");
        if (params.isEmpty()) {
            out.println("Params:   none");
        } else {
            out.println("Params:");
            for (JsonNode param : params) {
                out.println("  " + Json.text(param, "name", "?")
                        + (param.path("required").asBoolean(false) ? " (required)" : " (optional)"));
                String text = Json.text(param, "description", null);
                if (text != null) {
                    out.println("    " + text);
                }
                out.println(indent(Json.pretty(param.get("schema")), "    "));
            }
        }
        out.println("Result:");
        out.println(indent(Json.pretty(description.path("result").get("schema")), "  "));
    }
}
