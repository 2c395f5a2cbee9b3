package io.openemp.rpc.internal;

import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.micrometer.core.instrument.Timer;
import io.openemp.plugin.api.Param;
import io.openemp.plugin.api.RpcComponent;
import io.openemp.plugin.api.RpcException;
import io.openemp.plugin.api.RpcMethod;
import io.openemp.rpc.api.ComponentInfo;

/** The registry's own methods, {@code rpc.*}: what is registered, its OpenRPC description, call statistics. */
public final class RpcSelf implements RpcComponent {

    /** Statistics of one method since the platform started. */
    public record MethodStats(String method, long calls, long errors, double meanMillis, double maxMillis) {
    }

    private final ComponentTable table;
    private final ObjectMapper mapper;
    private final String platformVersion;

    RpcSelf(ComponentTable table, ObjectMapper mapper, String platformVersion) {
        this.table = table;
        this.mapper = mapper;
        this.platformVersion = platformVersion;
    }

    @Override
    public String id() {
        return ComponentTable.RESERVED_ID;
    }

    @Override
    public String version() {
        return "1.0.0";
    }

    @Override
    public String description() {
        return "The method registry: components, OpenRPC discovery, call statistics";
    }

    @RpcMethod(name = "components", description = "Every component: id, version, bundle, state and method names")
    public List<ComponentInfo> components() {
        return table.infos();
    }

    @RpcMethod(name = "discover", description = "OpenRPC 1.3 document of every method registered now")
    public ObjectNode discover() {
        ObjectNode doc = mapper.createObjectNode();
        doc.put("openrpc", "1.3.2");
        ObjectNode info = doc.putObject("info");
        info.put("title", "OpenEMP JSON-RPC");
        info.put("version", platformVersion);
        info.put("description", "Every method registered on this platform now. Methods are component.method.");
        ArrayNode methods = doc.putArray("methods");
        new TreeMap<>(table.methods()).values().forEach(m -> methods.add(describe(m)));
        return doc;
    }

    @RpcMethod(name = "describe", description = "The OpenRPC description of one method")
    public ObjectNode describe(@Param(value = "method", description = "full method name, component.method") String name)
            throws RpcException {
        MethodModel method = table.method(name);
        if (method == null) {
            throw RpcException.invalidParams("method", "no method '" + name + "' is registered");
        }
        return describe(method);
    }

    @RpcMethod(name = "stats", description = "Calls, errors and latency per method since start")
    public List<MethodStats> stats() {
        return new TreeMap<>(table.methods()).values().stream().map(m -> {
            Timer ok = m.okTimer;
            Timer error = m.errorTimer;
            long okCount = ok == null ? 0 : ok.count();
            long errorCount = error == null ? 0 : error.count();
            double total = (ok == null ? 0 : ok.totalTime(TimeUnit.MILLISECONDS))
                    + (error == null ? 0 : error.totalTime(TimeUnit.MILLISECONDS));
            double max = Math.max(ok == null ? 0 : ok.max(TimeUnit.MILLISECONDS),
                    error == null ? 0 : error.max(TimeUnit.MILLISECONDS));
            long calls = okCount + errorCount;
            return new MethodStats(m.fullName, calls, errorCount, calls == 0 ? 0 : total / calls, max);
        }).toList();
    }

    private ObjectNode describe(MethodModel m) {
        ObjectNode method = mapper.createObjectNode();
        method.put("name", m.fullName);
        method.put("summary", m.description);
        method.put("paramStructure", "either");
        ArrayNode params = method.putArray("params");
        for (ParamModel p : m.rpcParams) {
            ObjectNode param = params.addObject();
            param.put("name", p.name());
            if (!p.description().isEmpty()) {
                param.put("description", p.description());
            }
            param.put("required", p.required());
            param.set("schema", p.schema());
        }
        ObjectNode result = method.putObject("result");
        result.put("name", "result");
        result.set("schema", m.resultSchema);
        ArrayNode roles = method.putArray("x-roles");
        m.roles.stream().sorted().forEach(roles::add);
        method.put("x-mutating", m.mutating);
        if (m.timeoutMillis > 0) {
            method.put("x-timeout-millis", m.timeoutMillis);
        }
        return method;
    }
}
