package io.openemp.rpc.internal;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.openemp.plugin.api.Caller;
import io.openemp.plugin.api.Param;
import io.openemp.plugin.api.RpcComponent;
import io.openemp.plugin.api.RpcMethod;

/** Reads a component's declaration: checks its id and version, finds its methods and derives their schemas. */
final class Introspector {

    static final Pattern ID = Pattern.compile(RpcComponent.ID_PATTERN);
    static final Pattern METHOD = Pattern.compile("[a-z][A-Za-z0-9_.-]*");
    static final Pattern SEMVER = Pattern.compile(
            "(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?");

    private final ObjectMapper mapper;
    private final Schemas schemas;

    Introspector(ObjectMapper mapper, Schemas schemas) {
        this.mapper = mapper;
        this.schemas = schemas;
    }

    ComponentModel introspect(RpcComponent component) throws InvalidComponentException {
        String id;
        String version;
        String description;
        try {
            id = component.id();
            version = component.version();
            description = component.description();
        } catch (RuntimeException e) {
            throw new InvalidComponentException("its id(), version() or description() failed: " + e);
        }
        if (id == null || !ID.matcher(id).matches()) {
            throw new InvalidComponentException("id '" + id + "' does not match " + RpcComponent.ID_PATTERN);
        }
        if (version == null || !SEMVER.matcher(version).matches()) {
            throw new InvalidComponentException("version '" + version + "' of '" + id + "' is not a semantic version");
        }
        Map<String, MethodModel> methods = new LinkedHashMap<>();
        Method[] candidates = component.getClass().getMethods();
        Arrays.sort(candidates, Comparator.comparing(Method::getName));
        for (Method method : candidates) {
            RpcMethod annotation = method.getAnnotation(RpcMethod.class);
            if (annotation == null) {
                continue;
            }
            MethodModel model = method(id, component, method, annotation);
            if (methods.putIfAbsent(model.fullName, model) != null) {
                throw new InvalidComponentException("method '" + model.fullName + "' is declared twice");
            }
        }
        return new ComponentModel(id, version, description == null ? "" : description, component, Map.copyOf(methods));
    }

    private MethodModel method(String id, RpcComponent component, Method method, RpcMethod annotation)
            throws InvalidComponentException {
        String where = component.getClass().getName() + "." + method.getName();
        if (!METHOD.matcher(annotation.name()).matches()) {
            throw new InvalidComponentException("method name '" + annotation.name() + "' of " + where
                    + " does not match " + METHOD.pattern());
        }
        if (Modifier.isStatic(method.getModifiers())) {
            throw new InvalidComponentException(where + " is static");
        }
        String fullName = id + "." + annotation.name();
        List<ParamModel> params = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Parameter[] parameters = method.getParameters();
        for (int i = 0; i < parameters.length; i++) {
            Parameter parameter = parameters[i];
            if (parameter.getType() == Caller.class) {
                params.add(ParamModel.callerParam());
                continue;
            }
            Param param = parameter.getAnnotation(Param.class);
            String name = param != null ? param.value() : parameter.isNamePresent() ? parameter.getName() : null;
            if (name == null || name.isEmpty()) {
                throw new InvalidComponentException("parameter " + (i + 1) + " of " + where
                        + " has no name: annotate it with @Param(\"name\") or compile with -parameters");
            }
            if (!names.add(name)) {
                throw new InvalidComponentException("parameter name '" + name + "' is used twice in " + where);
            }
            boolean required = param == null || param.required();
            String paramDescription = param == null ? "" : param.description();
            ObjectNode schema;
            try {
                schema = schemas.schemaOf(parameter.getParameterizedType(), "urn:openemp:" + fullName + ":" + name);
            } catch (RuntimeException e) {
                throw new InvalidComponentException("no JSON Schema for parameter '" + name + "' of " + where + ": " + e);
            }
            params.add(new ParamModel(name, paramDescription, required,
                    mapper.getTypeFactory().constructType(parameter.getParameterizedType()), schema,
                    schemas.compile(schema), false));
        }
        ObjectNode resultSchema;
        if (method.getReturnType() == void.class || method.getReturnType() == Void.class) {
            resultSchema = mapper.createObjectNode().put("type", "null");
        } else {
            try {
                resultSchema = schemas.schemaOf(method.getGenericReturnType(), "urn:openemp:" + fullName + ":result");
            } catch (RuntimeException e) {
                throw new InvalidComponentException("no JSON Schema for the result of " + where + ": " + e);
            }
        }
        long timeout = Math.max(0, annotation.timeoutMillis());
        method.setAccessible(true);
        return new MethodModel(fullName, id, annotation.description(), Set.of(annotation.roles()), timeout,
                annotation.mutating(), component, method, List.copyOf(params), resultSchema);
    }
}
