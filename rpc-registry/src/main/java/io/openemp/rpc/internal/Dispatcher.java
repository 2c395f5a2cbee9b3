package io.openemp.rpc.internal;

import java.lang.reflect.InvocationTargetException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.ValidationMessage;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.openemp.rpc.api.CallAuditor;
import io.openemp.plugin.api.Caller;
import io.openemp.plugin.api.RpcException;
import io.openemp.rpc.api.RpcDispatcher;
import io.openemp.rpc.api.RpcErrors;
import io.openemp.rpc.api.RpcLimits;

/**
 * JSON-RPC 2.0 as its specification says, for every transport: parse within limits, check the request
 * object, find the method, check roles, bind and validate params against their schemas, call on a worker
 * with a time limit, count and time, answer.
 */
final class Dispatcher implements RpcDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);

    /** Limits and the parser that enforces them, replaced together when the configuration changes. */
    record Settings(RpcLimits limits, ObjectMapper mapper) {
        static Settings of(RpcLimits limits) {
            return new Settings(limits, Json.mapper(limits.maxNestingDepth(), limits.maxRequestBytes()));
        }
    }

    private final ComponentTable table;
    private final ObjectMapper binder;
    private final MeterRegistry meters;
    private volatile Settings settings;
    private volatile ExecutorService workers;
    private volatile CallAuditor auditor;
    private final AtomicLong auditFailures = new AtomicLong();

    Dispatcher(ComponentTable table, ObjectMapper binder, MeterRegistry meters, RpcLimits limits,
            ExecutorService workers) {
        this.table = table;
        this.binder = binder;
        this.meters = meters;
        this.settings = Settings.of(limits);
        this.workers = workers;
    }

    void reconfigure(RpcLimits limits, ExecutorService newWorkers) {
        this.settings = Settings.of(limits);
        ExecutorService old = this.workers;
        this.workers = newWorkers;
        if (old != newWorkers) {
            old.shutdown();
        }
    }

    /** The auditor of state-changing calls, or null for none. */
    void auditor(CallAuditor auditor) {
        this.auditor = auditor;
    }

    /** Entries the auditor refused since start. */
    long auditFailures() {
        return auditFailures.get();
    }

    ExecutorService workers() {
        return workers;
    }

    @Override
    public RpcLimits limits() {
        return settings.limits();
    }

    @Override
    public byte[] dispatch(byte[] request, Caller caller) {
        Settings s = settings;
        JsonNode response = handle(request, caller, s);
        if (response == null) {
            return null;
        }
        try {
            return s.mapper().writeValueAsBytes(response);
        } catch (JsonProcessingException e) {
            LOG.error("Could not write a response", e);
            return ("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32603,\"message\":\"Internal error\"},\"id\":null}")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private JsonNode handle(byte[] request, Caller caller, Settings s) {
        RpcLimits limits = s.limits();
        if (request.length > limits.maxRequestBytes()) {
            return error(s, NullNode.getInstance(), RpcErrors.TOO_LARGE, "Request too large",
                    limit("maxRequestBytes", limits.maxRequestBytes()));
        }
        JsonNode root;
        try {
            root = s.mapper().readTree(request);
        } catch (StreamConstraintsException e) {
            return error(s, NullNode.getInstance(), RpcErrors.TOO_LARGE, "Request too large",
                    limit("maxNestingDepth", limits.maxNestingDepth()));
        } catch (JsonProcessingException e) {
            return error(s, NullNode.getInstance(), RpcErrors.PARSE_ERROR, "Parse error",
                    Map.of("detail", e.getOriginalMessage(), "line", e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                            "column", e.getLocation() == null ? 0 : e.getLocation().getColumnNr()));
        } catch (java.io.IOException e) {
            return error(s, NullNode.getInstance(), RpcErrors.PARSE_ERROR, "Parse error", null);
        }
        if (root == null || root.isMissingNode()) {
            return error(s, NullNode.getInstance(), RpcErrors.PARSE_ERROR, "Parse error", Map.of("detail", "empty request"));
        }
        if (root.isArray()) {
            if (root.isEmpty()) {
                return error(s, NullNode.getInstance(), RpcErrors.INVALID_REQUEST, "Invalid Request",
                        Map.of("detail", "empty batch"));
            }
            if (root.size() > limits.maxBatchLength()) {
                return error(s, NullNode.getInstance(), RpcErrors.TOO_LARGE, "Request too large",
                        limit("maxBatchLength", limits.maxBatchLength()));
            }
            ArrayNode responses = s.mapper().createArrayNode();
            for (JsonNode call : root) {
                JsonNode response = call(call, caller, s);
                if (response != null) {
                    responses.add(response);
                }
            }
            return responses.isEmpty() ? null : responses;
        }
        return call(root, caller, s);
    }

    /** One request object; {@code null} for a notification. */
    private JsonNode call(JsonNode request, Caller caller, Settings s) {
        if (!request.isObject()) {
            return error(s, NullNode.getInstance(), RpcErrors.INVALID_REQUEST, "Invalid Request",
                    Map.of("detail", "a request is an object"));
        }
        JsonNode idNode = request.get("id");
        boolean notification = idNode == null;
        if (idNode != null && !(idNode.isTextual() || idNode.isNumber() || idNode.isNull())) {
            return error(s, NullNode.getInstance(), RpcErrors.INVALID_REQUEST, "Invalid Request",
                    Map.of("field", "id", "detail", "id must be a string, a number or null"));
        }
        JsonNode id = idNode == null ? NullNode.getInstance() : idNode;
        JsonNode version = request.get("jsonrpc");
        if (version == null || !version.isTextual() || !"2.0".equals(version.textValue())) {
            return error(s, id, RpcErrors.INVALID_REQUEST, "Invalid Request",
                    Map.of("field", "jsonrpc", "detail", "jsonrpc must be exactly \"2.0\""));
        }
        JsonNode methodNode = request.get("method");
        if (methodNode == null || !methodNode.isTextual()) {
            return error(s, id, RpcErrors.INVALID_REQUEST, "Invalid Request",
                    Map.of("field", "method", "detail", "method must be a string"));
        }
        JsonNode params = request.get("params");
        if (params != null && !params.isObject() && !params.isArray()) {
            return error(s, id, RpcErrors.INVALID_REQUEST, "Invalid Request",
                    Map.of("field", "params", "detail", "params must be an object or an array"));
        }
        JsonNode response = invoke(methodNode.textValue(), params, id, caller, s);
        return notification ? null : response;
    }

    private JsonNode invoke(String name, JsonNode params, JsonNode id, Caller caller, Settings s) {
        MethodModel method = table.method(name);
        JsonNode response = invoke(method, name, params, id, caller, s);
        CallAuditor current = auditor;
        if (current != null && method != null && method.mutating && caller != null) {
            JsonNode code = response.path("error").path("code");
            String outcome = code.isMissingNode() ? "ok" : "error:" + code.asInt();
            try {
                current.mutatingCall(caller, name, params, outcome);
            } catch (RuntimeException e) {
                auditFailures.incrementAndGet();
                LOG.error("The audit log refused the entry of {} by {} ({}): the call took effect unaudited", name,
                        caller.user(), outcome, e);
            }
        }
        return response;
    }

    private JsonNode invoke(MethodModel method, String name, JsonNode params, JsonNode id, Caller caller, Settings s) {
        if (method == null) {
            int dot = name.indexOf('.');
            String reason = dot > 0 ? table.unavailableReason(name.substring(0, dot)) : null;
            if (reason != null) {
                return error(s, id, RpcErrors.COMPONENT_UNAVAILABLE, "Component unavailable",
                        Map.of("component", name.substring(0, dot), "reason", reason));
            }
            return error(s, id, RpcErrors.METHOD_NOT_FOUND, "Method not found", Map.of("method", name));
        }
        if (caller == null) {
            return error(s, id, RpcErrors.UNAUTHORIZED, "Unauthorized", Map.of("detail", "no valid credentials"));
        }
        if (!allowed(method, caller)) {
            return error(s, id, RpcErrors.FORBIDDEN, "Forbidden",
                    Map.of("method", name, "requiredRoles", new TreeSet<>(method.roles),
                            "detail", "requires one of the roles " + new TreeSet<>(method.roles)));
        }
        Object[] args;
        try {
            args = bind(method, params, caller);
        } catch (RpcException e) {
            return error(s, id, e.code(), e.getMessage(), e.data());
        }
        long start = System.nanoTime();
        boolean ok = false;
        try {
            Object result = call(method, args, s);
            JsonNode node = result == null ? NullNode.getInstance() : binder.valueToTree(result);
            ok = true;
            ObjectNode response = s.mapper().createObjectNode();
            response.put("jsonrpc", "2.0");
            response.set("result", node);
            response.set("id", id);
            return response;
        } catch (RpcException e) {
            return error(s, id, e.code(), e.getMessage(), e.data());
        } catch (TimeoutException e) {
            return error(s, id, RpcErrors.TIMEOUT, "Timeout",
                    Map.of("method", name, "timeoutMillis", timeout(method, s)));
        } catch (RejectedExecutionException e) {
            return error(s, id, RpcErrors.BUSY, "Server busy", Map.of("detail", "the call queue is full; retry later"));
        } catch (Throwable e) {
            if (!table.isServing(method)) {
                return error(s, id, RpcErrors.COMPONENT_UNAVAILABLE, "Component unavailable",
                        Map.of("component", method.componentId, "reason", "stopped during the call"));
            }
            String incident = UUID.randomUUID().toString();
            LOG.error("Method {} failed (incident {})", name, incident, e);
            return error(s, id, RpcErrors.INTERNAL_ERROR, "Internal error", Map.of("incident", incident));
        } finally {
            record(method, ok, System.nanoTime() - start);
        }
    }

    private static boolean allowed(MethodModel method, Caller caller) {
        if (method.roles.isEmpty()) {
            return true;
        }
        for (String role : method.roles) {
            if (caller.hasRole(role)) {
                return true;
            }
        }
        return false;
    }

    private long timeout(MethodModel method, Settings s) {
        return method.timeoutMillis > 0 ? method.timeoutMillis : s.limits().callTimeoutMillis();
    }

    private Object call(MethodModel method, Object[] args, Settings s) throws Throwable {
        Future<Object> future = workers.submit(() -> method.method.invoke(method.target, args));
        try {
            return future.get(timeout(method, s), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw e;
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw e;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof InvocationTargetException ite && ite.getCause() != null) {
                cause = ite.getCause();
            }
            throw cause;
        }
    }

    private Object[] bind(MethodModel method, JsonNode params, Caller caller) throws RpcException {
        List<ParamModel> all = method.params;
        Object[] args = new Object[all.size()];
        Map<String, JsonNode> given = new LinkedHashMap<>();
        if (params != null && params.isArray()) {
            if (params.size() > method.rpcParams.size()) {
                throw invalid("#" + (method.rpcParams.size() + 1),
                        "too many parameters: " + method.fullName + " takes " + method.rpcParams.size());
            }
            for (int i = 0; i < params.size(); i++) {
                given.put(method.rpcParams.get(i).name(), params.get(i));
            }
        } else if (params != null) {
            Set<String> known = new TreeSet<>();
            method.rpcParams.forEach(p -> known.add(p.name()));
            for (Iterator<Map.Entry<String, JsonNode>> it = params.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                if (!known.contains(field.getKey())) {
                    throw invalid(field.getKey(), "unknown parameter; " + method.fullName + " takes " + known);
                }
                given.put(field.getKey(), field.getValue());
            }
        }
        for (int i = 0; i < all.size(); i++) {
            ParamModel param = all.get(i);
            if (param.caller()) {
                args[i] = caller;
                continue;
            }
            JsonNode value = given.get(param.name());
            if (value == null || value.isNull() && !param.required()) {
                if (param.required()) {
                    throw invalid(param.name(), "required");
                }
                args[i] = param.type().isPrimitive() ? primitiveDefault(param.type().getRawClass()) : null;
                continue;
            }
            Set<ValidationMessage> problems = param.validator().validate(value);
            if (!problems.isEmpty()) {
                List<String> messages = problems.stream()
                        .map(m -> param.name() + m.getMessage().substring(m.getMessage().startsWith("$") ? 1 : 0))
                        .sorted().toList();
                throw new RpcException(RpcErrors.INVALID_PARAMS, "Invalid params: " + messages.get(0),
                        Map.of("param", param.name(), "errors", messages));
            }
            try {
                args[i] = binder.readerFor(param.type()).readValue(value);
            } catch (java.io.IOException e) {
                throw invalid(param.name(), bindingProblem(param.name(), e));
            }
        }
        return args;
    }

    /** What was wrong with a value, in the caller's terms: where, what was given, what was expected. */
    static String bindingProblem(String param, java.io.IOException e) {
        if (e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException mismatch) {
            StringBuilder where = new StringBuilder(param);
            for (com.fasterxml.jackson.databind.JsonMappingException.Reference ref : mismatch.getPath()) {
                if (ref.getFieldName() != null) {
                    where.append('.').append(ref.getFieldName());
                } else if (ref.getIndex() >= 0) {
                    where.append('[').append(ref.getIndex()).append(']');
                }
            }
            Class<?> target = mismatch.getTargetType();
            String expected = target == null ? "another value" : expectedOf(target);
            if (e instanceof com.fasterxml.jackson.databind.exc.InvalidFormatException format) {
                return where + ": cannot read " + format.getValue() + " as " + expected;
            }
            return where + ": expected " + expected;
        }
        return e instanceof JsonProcessingException jpe ? jpe.getOriginalMessage() : String.valueOf(e.getMessage());
    }

    private static String expectedOf(Class<?> type) {
        if (type.getName().startsWith("java.time.")) {
            return "an ISO-8601 " + type.getSimpleName() + " (" + switch (type.getSimpleName()) {
                case "Instant" -> "2026-11-25T10:15:00Z";
                case "LocalDate" -> "2026-11-25";
                case "Duration" -> "PT15M";
                case "ZoneId" -> "Asia/Shanghai";
                case "LocalDateTime" -> "2026-11-25T10:15:00";
                case "OffsetDateTime" -> "2026-11-25T10:15:00+08:00";
                default -> "ISO-8601";
            } + ")";
        }
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.toString(type.getEnumConstants());
        }
        return type.getSimpleName();
    }

    private static RpcException invalid(String param, String reason) {
        return RpcException.invalidParams(param, reason);
    }

    private static Object primitiveDefault(Class<?> type) {
        if (type == boolean.class) {
            return false;
        }
        if (type == char.class) {
            return '\0';
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == double.class) {
            return 0d;
        }
        if (type == float.class) {
            return 0f;
        }
        if (type == short.class) {
            return (short) 0;
        }
        if (type == byte.class) {
            return (byte) 0;
        }
        return 0;
    }

    private void record(MethodModel method, boolean ok, long nanos) {
        Timer timer = ok ? method.okTimer : method.errorTimer;
        if (timer == null) {
            timer = Timer.builder("emp.rpc.calls")
                    .description("JSON-RPC calls by method and outcome")
                    .tag("method", method.fullName)
                    .tag("outcome", ok ? "ok" : "error")
                    .register(meters);
            if (ok) {
                method.okTimer = timer;
            } else {
                method.errorTimer = timer;
            }
        }
        timer.record(nanos, TimeUnit.NANOSECONDS);
    }

    private JsonNode error(Settings s, JsonNode id, int code, String message, Object data) {
        ObjectNode response = s.mapper().createObjectNode();
        response.put("jsonrpc", "2.0");
        ObjectNode error = response.putObject("error");
        error.put("code", code);
        error.put("message", message);
        if (data != null) {
            try {
                error.set("data", binder.valueToTree(data));
            } catch (IllegalArgumentException e) {
                error.put("data", String.valueOf(data));
            }
        }
        response.set("id", id);
        return response;
    }

    private static Map<String, Object> limit(String name, long max) {
        return Map.of("limit", name, "max", max);
    }
}
