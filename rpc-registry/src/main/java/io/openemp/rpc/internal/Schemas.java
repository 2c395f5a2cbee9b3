package io.openemp.rpc.internal;

import java.lang.reflect.Type;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.FieldScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;

/**
 * JSON Schemas derived from Java types (victools jsonschema-generator, with Jackson's view of the types) and
 * compiled for validation (networknt json-schema-validator), draft 2020-12.
 *
 * <p>Objects are closed ({@code additionalProperties: false}) so a misspelt field is refused, not ignored; a
 * {@code Map} parameter is open, its values checked against the map's value type. A
 * record component is required unless its type is {@link Optional} or it carries an annotation named
 * {@code Nullable} (then its schema also allows {@code null}); a primitive field, and a field with
 * {@code @JsonProperty(required = true)}, are required.
 */
final class Schemas {

    private final SchemaGenerator inlining;
    private final SchemaGenerator referencing;
    private final JsonSchemaFactory validators = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    Schemas(ObjectMapper mapper) {
        this.inlining = new SchemaGenerator(config(mapper).with(Option.INLINE_ALL_SCHEMAS).build());
        this.referencing = new SchemaGenerator(config(mapper).build());
    }

    private static SchemaGeneratorConfigBuilder config(ObjectMapper mapper) {
        SchemaGeneratorConfigBuilder builder = new SchemaGeneratorConfigBuilder(mapper, SchemaVersion.DRAFT_2020_12,
                OptionPreset.PLAIN_JSON)
                .with(new JacksonModule(JacksonOption.RESPECT_JSONPROPERTY_REQUIRED))
                .with(Option.EXTRA_OPEN_API_FORMAT_VALUES, Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT,
                        Option.MAP_VALUES_AS_ADDITIONAL_PROPERTIES)
                .without(Option.SCHEMA_VERSION_INDICATOR);
        builder.forFields().withRequiredCheck(Schemas::required);
        builder.forFields().withNullableCheck(Schemas::nullable);
        return builder;
    }

    private static boolean required(FieldScope field) {
        Class<?> type = field.getType().getErasedType();
        if (type.isPrimitive()) {
            return true;
        }
        JsonProperty property = field.getAnnotationConsideringFieldAndGetter(JsonProperty.class);
        if (property != null && property.required()) {
            return true;
        }
        if (!field.getDeclaringType().getErasedType().isRecord() || type == Optional.class) {
            return false;
        }
        return !nullable(field);
    }

    /** Marked {@code @Nullable} (plugin-api's, or any annotation of that simple name). */
    private static boolean nullable(FieldScope field) {
        return java.util.Arrays.stream(field.getRawMember().getDeclaredAnnotations())
                .anyMatch(a -> a.annotationType().getSimpleName().equals("Nullable"));
    }

    /**
     * The schema of {@code type}: every definition inlined where the type allows it; a recursive type keeps its
     * {@code $defs} and gets an {@code $id} so its references resolve wherever the schema is embedded.
     */
    ObjectNode schemaOf(Type type, String id) {
        try {
            return inlining.generateSchema(type);
        } catch (IllegalArgumentException recursive) {
            ObjectNode schema = referencing.generateSchema(type);
            ObjectNode withId = schema.objectNode();
            withId.put("$id", id);
            withId.setAll(schema);
            return withId;
        }
    }

    /** The validator of {@code schema}. */
    JsonSchema compile(JsonNode schema) {
        return validators.getSchema(schema);
    }
}
