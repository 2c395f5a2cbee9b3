package io.openemp.rpc.internal;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.micrometer.core.instrument.Timer;
import io.openemp.plugin.api.RpcComponent;

/** An RPC method ready to call: the Java method, its bound parameters, schemas, roles and time limit. */
final class MethodModel {

    final String fullName;
    final String componentId;
    final String description;
    final Set<String> roles;
    /** The method's own time limit, or 0 for the configured default. */
    final long timeoutMillis;
    final boolean mutating;
    final RpcComponent target;
    final Method method;
    final List<ParamModel> params;
    final List<ParamModel> rpcParams;
    final ObjectNode resultSchema;

    volatile Timer okTimer;
    volatile Timer errorTimer;

    MethodModel(String fullName, String componentId, String description, Set<String> roles, long timeoutMillis,
            boolean mutating, RpcComponent target, Method method, List<ParamModel> params, ObjectNode resultSchema) {
        this.fullName = fullName;
        this.componentId = componentId;
        this.description = description;
        this.roles = roles;
        this.timeoutMillis = timeoutMillis;
        this.mutating = mutating;
        this.target = target;
        this.method = method;
        this.params = params;
        this.rpcParams = params.stream().filter(p -> !p.caller()).toList();
        this.resultSchema = resultSchema;
    }
}
