package io.openemp.access.console.internal;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A JSON-RPC error object as the dispatcher answered it.
 *
 * @param code the error code
 * @param message the short message
 * @param data the extra detail, or {@code null} when the answer had none
 */
record RpcError(int code, String message, JsonNode data) {
}
