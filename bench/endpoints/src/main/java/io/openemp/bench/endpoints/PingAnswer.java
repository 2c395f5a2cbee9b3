package io.openemp.bench.endpoints;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The JSON-RPC response the platform gives to {@code system.ping}: {@code {"jsonrpc":"2.0","result":"pong","id":1}}
 * for the id 1. Both reference endpoints write it through Jackson, echoing the request's id, so that their work per
 * request (parse the body, build and write the answer) is the same as the platform's.
 */
@JsonPropertyOrder({ "jsonrpc", "result", "id" })
public final class PingAnswer {

    public final String jsonrpc = "2.0";
    public final String result = "pong";
    public final JsonNode id;

    public PingAnswer(JsonNode id) {
        this.id = id;
    }
}
