package io.openemp.access.thrift.internal;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;

import io.openemp.plugin.api.Caller;
import io.openemp.plugin.api.Param;
import io.openemp.plugin.api.Roles;
import io.openemp.plugin.api.RpcComponent;
import io.openemp.plugin.api.RpcMethod;

/** A component for the tests: echoes text, says who called, and has a method only admins may call. */
public class EchoComponent implements RpcComponent {

    /** Texts received by {@code echo.say}, notifications included. */
    final List<String> heard = new CopyOnWriteArrayList<>();

    @Override
    public String id() {
        return "echo";
    }

    @Override
    public String version() {
        return "1.0.0";
    }

    @Override
    public String description() {
        return "Echoes for the Thrift transport's tests";
    }

    @RpcMethod(name = "say", description = "Returns the text it is given")
    public String say(@Param("text") String text) {
        heard.add(text);
        return text;
    }

    @RpcMethod(name = "whoami", description = "The caller's user, roles and transport")
    public Map<String, Object> whoami(Caller caller) {
        return Map.of("user", caller.user(), "roles", new TreeSet<>(caller.roles()), "transport", caller.transport());
    }

    @RpcMethod(name = "secret", description = "Only for admins", roles = Roles.ADMIN)
    public String secret() {
        return "42";
    }
}
