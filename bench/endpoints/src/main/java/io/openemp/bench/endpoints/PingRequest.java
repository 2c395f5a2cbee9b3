package io.openemp.bench.endpoints;

import com.fasterxml.jackson.databind.JsonNode;

/** A JSON-RPC request as the JAX-RS resource receives it, bound by Jackson from the POSTed body. */
public final class PingRequest {

    public String jsonrpc;
    public String method;
    public JsonNode params;
    public JsonNode id;
}
