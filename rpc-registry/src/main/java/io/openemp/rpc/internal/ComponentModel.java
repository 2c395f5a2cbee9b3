package io.openemp.rpc.internal;

import java.util.Map;

import io.openemp.plugin.api.RpcComponent;

/** A component whose declaration is valid: id, version, description and its methods by full name. */
record ComponentModel(String id, String version, String description, RpcComponent instance,
        Map<String, MethodModel> methods) {
}
