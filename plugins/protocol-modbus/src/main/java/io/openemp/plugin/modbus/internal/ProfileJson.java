package io.openemp.plugin.modbus.internal;

import java.io.IOException;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import io.openemp.plugin.modbus.api.DeviceProfile;

/**
 * Reads and writes profile files: strict JSON (unknown or duplicate fields, trailing content and nulls for numbers
 * refused), exact decimals, at most 1 MiB and 32 levels deep; written indented, without null fields.
 */
final class ProfileJson {

    /** Largest profile file. */
    static final int MAX_BYTES = 1 << 20;

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxDocumentLength(MAX_BYTES)
                            .maxNestingDepth(32).maxNumberLength(64).build())
                    .build())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private ProfileJson() {
    }

    /**
     * The profile in {@code json}.
     *
     * @throws IOException with a message saying where and what is wrong
     */
    static DeviceProfile read(byte[] json) throws IOException {
        if (json.length > MAX_BYTES) {
            throw new IOException(json.length + " bytes; a profile file has at most " + MAX_BYTES);
        }
        try {
            DeviceProfile profile = MAPPER.readValue(json, DeviceProfile.class);
            if (profile == null) {
                throw new IOException("the file holds null, not a profile object");
            }
            return profile;
        } catch (JsonProcessingException e) {
            throw new IOException(where(e) + detail(e), e);
        }
    }

    /** {@code profile} as indented JSON. */
    static byte[] write(DeviceProfile profile) {
        try {
            return MAPPER.writeValueAsBytes(profile);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write profile " + profile.id(), e);
        }
    }

    /** Jackson's message without its mention of the (redacted) source. */
    private static String detail(JsonProcessingException e) {
        String message = String.valueOf(e.getOriginalMessage()).lines().findFirst().orElse("");
        int source = message.indexOf(" (start marker at [Source");
        return source > 0 ? message.substring(0, source) : message;
    }

    private static String where(JsonProcessingException e) {
        StringBuilder path = new StringBuilder();
        if (e instanceof JsonMappingException mapping) {
            for (JsonMappingException.Reference ref : mapping.getPath()) {
                if (ref.getFieldName() != null) {
                    path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
                } else if (ref.getIndex() >= 0) {
                    path.append('[').append(ref.getIndex()).append(']');
                }
            }
        }
        String at = e.getLocation() == null ? "" : "line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr();
        return (path.length() == 0 ? "" : path + ": ") + (at.isEmpty() ? "" : at + ": ");
    }
}
