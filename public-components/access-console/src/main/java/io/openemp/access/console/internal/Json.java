package io.openemp.access.console.internal;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;

/** The console's one Jackson mapper, and JSON written for people: two-space indent, one value per line. */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            // amounts of energy and money keep every digit, in params and in results
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

    private static final ObjectWriter PRETTY = MAPPER.writer(new Printer());

    private Json() {
    }

    /** {@code node} as indented JSON; {@code null} (absent) is written as JSON null. */
    static String pretty(JsonNode node) {
        try {
            return PRETTY.writeValueAsString(node == null ? MAPPER.nullNode() : node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree could not be written", e);
        }
    }

    /** Two-space indent, {@code "name": value}, every array element on its own line, {@code []} and {@code {}} when empty. */
    private static final class Printer extends DefaultPrettyPrinter {

        private static final long serialVersionUID = 1L;

        Printer() {
            super(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
            DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
            indentObjectsWith(indenter);
            indentArraysWith(indenter);
        }

        private Printer(Printer base) {
            super(base);
        }

        @Override
        public DefaultPrettyPrinter createInstance() {
            return new Printer(this);
        }

        @Override
        public void writeEndArray(JsonGenerator g, int nrOfValues) throws IOException {
            if (nrOfValues > 0) {
                super.writeEndArray(g, nrOfValues);
            } else {
                _nesting--;
                g.writeRaw(']');
            }
        }

        @Override
        public void writeEndObject(JsonGenerator g, int nrOfEntries) throws IOException {
            if (nrOfEntries > 0) {
                super.writeEndObject(g, nrOfEntries);
            } else {
                _nesting--;
                g.writeRaw('}');
            }
        }
    }

    /** The text of a field, or {@code fallback} when it is missing or null. */
    static String text(JsonNode node, String field, String fallback) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? fallback : value.asText();
    }
}
