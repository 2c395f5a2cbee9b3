package io.openemp.access.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The digest of a call's params over a canonical form: object keys sorted at every depth, no white space. The
 * same params sent with their keys in another order or spaced differently give the same digest.
 */
final class Canonical {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Canonical() {
    }

    static String digest(JsonNode params) {
        if (params == null || params.isMissingNode()) {
            return null;
        }
        try {
            return Tokens.sha256(JSON.writeValueAsBytes(sorted(params)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Recursive: the dispatcher has already limited the nesting depth of params (maxNestingDepth). */
    static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            Map<String, JsonNode> fields = new TreeMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                fields.put(field.getKey(), sorted(field.getValue()));
            }
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            fields.forEach(out::set);
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = JsonNodeFactory.instance.arrayNode(node.size());
            node.forEach(item -> out.add(sorted(item)));
            return out;
        }
        return node;
    }
}
