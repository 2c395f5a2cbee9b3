package io.openemp.rpc.internal;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;

/**
 * One Java parameter of an RPC method: either bound from {@code params} (name, type, schema) or the injected
 * caller.
 */
record ParamModel(String name, String description, boolean required, JavaType type, ObjectNode schema,
        JsonSchema validator, boolean caller) {

    static ParamModel callerParam() {
        return new ParamModel(null, null, false, null, null, null, true);
    }
}
