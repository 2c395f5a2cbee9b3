package io.openemp.access.console.internal;

import java.util.List;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;

import io.openemp.plugin.api.Caller;
import io.openemp.rpc.api.RpcDispatcher;

/**
 * Candidates for tab completion, read from {@code rpc.components} through the dispatcher as the console user.
 * Completion never fails: when the call does (no user, registry gone) there are simply no candidates.
 */
public final class Completions {

    private final ConsoleRpc rpc;

    public Completions(RpcDispatcher dispatcher, Caller caller) {
        this.rpc = new ConsoleRpc(dispatcher, caller);
    }

    /** Every registered component id, sorted. */
    public List<String> componentIds() {
        TreeSet<String> ids = new TreeSet<>();
        components().forEach(component -> ids.add(component.path("id").asText()));
        return List.copyOf(ids);
    }

    /** Every callable method name (of active components), sorted. */
    public List<String> methodNames() {
        TreeSet<String> names = new TreeSet<>();
        for (JsonNode component : components()) {
            if ("active".equals(component.path("state").asText())) {
                component.path("methods").forEach(name -> names.add(name.asText()));
            }
        }
        return List.copyOf(names);
    }

    private JsonNode components() {
        try {
            return rpc.call("rpc.components", null);
        } catch (RpcErrorException e) {
            return Json.MAPPER.createArrayNode();
        }
    }
}
