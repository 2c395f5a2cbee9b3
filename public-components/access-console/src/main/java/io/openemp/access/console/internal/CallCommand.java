package io.openemp.access.console.internal;

import java.io.PrintStream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import io.openemp.plugin.api.Caller;
import io.openemp.rpc.api.RpcDispatcher;

/**
 * {@code emp:call <method> [json-params]}: calls a method with params given as JSON and prints the result
 * pretty-printed; an error answer is printed and fails the command.
 */
public final class CallCommand extends RpcCommand {

    public CallCommand(RpcDispatcher dispatcher, Caller caller) {
        super(dispatcher, caller);
    }

    /**
     * @param method the full method name
     * @param params the params as JSON text, an object (by name) or an array (by position); {@code null} or
     *     blank for none
     */
    public void execute(String method, String params, PrintStream out) throws CommandFailedException {
        JsonNode parsed = parse(params);
        out.println(Json.pretty(call(method, parsed, out)));
    }

    /** The params as a JSON object or array, {@code null} for none; fails on anything else, before any call. */
    static JsonNode parse(String params) throws CommandFailedException {
        if (params == null || params.isBlank()) {
            return null;
        }
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(params);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
            throw new CommandFailedException("Params are not valid JSON: " + e.getOriginalMessage() + where
                    + ". Give them as one quoted argument, e.g. '{\"meter\": \"M1\"}' or '[\"M1\"]'. Nothing was sent.");
        }
        if (!node.isObject() && !node.isArray()) {
            throw new CommandFailedException("Params must be a JSON object (by name) or array (by position), not "
                    + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + ". Nothing was sent.");
        }
        return node;
    }
}
