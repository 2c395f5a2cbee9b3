package io.openemp.rpc.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import io.openemp.plugin.api.Param;
import io.openemp.plugin.api.RpcComponent;
import io.openemp.plugin.api.RpcMethod;

/** The methods of the JSON-RPC 2.0 specification's section 7, namespaced as {@code spec.*}. */
public class SpecComponent implements RpcComponent {

    final List<String> notified = new CopyOnWriteArrayList<>();

    @Override
    public String id() {
        return "spec";
    }

    @Override
    public String version() {
        return "1.0.0";
    }

    @Override
    public String description() {
        return "The specification's examples";
    }

    @RpcMethod(name = "subtract", description = "minuend - subtrahend")
    public int subtract(@Param("minuend") int minuend, @Param("subtrahend") int subtrahend) {
        return minuend - subtrahend;
    }

    @RpcMethod(name = "sum", description = "Sum of numbers")
    public int sum(@Param("a") int a, @Param("b") int b, @Param(value = "c", required = false) int c) {
        return a + b + c;
    }

    @RpcMethod(name = "update", description = "Records its arguments")
    public void update(@Param("a") int a, @Param(value = "b", required = false) Integer b,
            @Param(value = "c", required = false) Integer c, @Param(value = "d", required = false) Integer d,
            @Param(value = "e", required = false) Integer e) {
        notified.add("update " + a);
    }

    @RpcMethod(name = "notify_hello", description = "Records a hello")
    public void notifyHello(@Param("n") int n) {
        notified.add("hello " + n);
    }

    @RpcMethod(name = "notify_sum", description = "Records a sum")
    public void notifySum(@Param("a") int a, @Param("b") int b, @Param("c") int c) {
        notified.add("sum " + (a + b + c));
    }

    @RpcMethod(name = "get_data", description = "Some data")
    public List<Object> getData() {
        List<Object> data = new ArrayList<>();
        data.add("hello");
        data.add(5);
        return data;
    }

    @RpcMethod(name = "echo", description = "Returns its argument")
    public Map<String, Object> echo(@Param("value") Map<String, Object> value) {
        return value;
    }
}
