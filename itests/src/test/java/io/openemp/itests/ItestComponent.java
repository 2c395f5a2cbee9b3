package io.openemp.itests;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.openemp.plugin.api.Caller;
import io.openemp.plugin.api.Param;
import io.openemp.plugin.api.Roles;
import io.openemp.plugin.api.RpcComponent;
import io.openemp.plugin.api.RpcMethod;

/**
 * The JSON-RPC 2.0 specification's section 7 methods, namespaced {@code spec.*}, plus one that only managers may
 * call; registered by the tests themselves as an OSGi service, like any plugin's component.
 */
public class ItestComponent implements RpcComponent {

    final List<String> notified = new CopyOnWriteArrayList<>();
    private final String id;

    ItestComponent(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String version() {
        return "1.0.0";
    }

    @Override
    public String description() {
        return "Integration test component";
    }

    @RpcMethod(name = "subtract", description = "minuend - subtrahend")
    public int subtract(@Param("minuend") int minuend, @Param("subtrahend") int subtrahend) {
        return minuend - subtrahend;
    }

    @RpcMethod(name = "sum", description = "a + b + c")
    public int sum(@Param("a") int a, @Param("b") int b, @Param(value = "c", required = false) int c) {
        return a + b + c;
    }

    @RpcMethod(name = "update", description = "Records a call")
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
        return List.of("hello", 5);
    }

    @RpcMethod(name = "whoami", description = "The caller, as the method sees it", roles = Roles.MANAGER)
    public String whoami(Caller caller) {
        return caller.user() + " via " + caller.transport();
    }
}
