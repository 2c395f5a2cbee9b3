package io.openemp.plugins.internal.karaf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.AccessController;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;

import javax.security.auth.Subject;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.openemp.plugin.api.Caller;
import io.openemp.rpc.api.RpcDispatcher;

/** A plugins.* call as the shell session's JAAS user, through the one dispatcher; prints the result or fails. */
final class PluginCall {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicLong IDS = new AtomicLong();

    private PluginCall() {
    }

    static void call(RpcDispatcher dispatcher, String method, String name, String version) throws Exception {
        ObjectNode params = JSON.createObjectNode();
        if (name != null) {
            params.put("name", name);
        }
        if (version != null) {
            params.put("version", version);
        }
        ObjectNode request = JSON.createObjectNode().put("jsonrpc", "2.0").put("method", method);
        request.set("params", params);
        request.put("id", IDS.incrementAndGet());
        JsonNode response;
        try {
            response = JSON.readTree(dispatcher.dispatch(request.toString().getBytes(StandardCharsets.UTF_8), user()));
        } catch (IOException e) {
            throw new IllegalStateException(method + ": no readable answer");
        }
        JsonNode error = response.get("error");
        if (error != null) {
            System.out.println("Error " + error.path("code").asInt() + ": " + error.path("message").asText());
            throw new IllegalStateException(method + " answered error " + error.path("code").asInt());
        }
        System.out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(response.path("result")));
    }

    @SuppressWarnings("removal") // Subject.getSubject: how Karaf 4.4 hands the session's subject to commands
    static Caller user() {
        Subject subject = Subject.getSubject(AccessController.getContext());
        if (subject == null) {
            return null;
        }
        String user = subject.getPrincipals(UserPrincipal.class).stream().map(UserPrincipal::getName).findFirst().orElse(null);
        if (user == null) {
            return null;
        }
        Set<String> roles = new TreeSet<>();
        subject.getPrincipals(RolePrincipal.class).forEach(p -> roles.add(p.getName()));
        return Caller.of(user, roles, "console");
    }
}
