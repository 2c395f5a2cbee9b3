package io.openemp.access.console.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.karaf.shell.support.table.ShellTable;

import com.fasterxml.jackson.databind.JsonNode;

import io.openemp.plugin.api.Caller;
import io.openemp.rpc.api.RpcDispatcher;

/** {@code emp:method-list [component]}: name, roles and summary of every method, from {@code rpc.discover}. */
public final class MethodListCommand extends RpcCommand {

    /** Shown in the roles column of a method any logged-in user may call. */
    static final String ANY_USER = "(any user)";

    public MethodListCommand(RpcDispatcher dispatcher, Caller caller) {
        super(dispatcher, caller);
    }

    /**
     * Prints the table.
     *
     * @param component only this component's methods, or {@code null} for all
     * @param format {@code false} for tab-separated rows without a header, for scripts
     */
    public void execute(String component, PrintStream out, boolean format) throws CommandFailedException {
        if (component != null) {
            checkKnown(component, out);
        }
        JsonNode methods = call("rpc.discover", null, out).path("methods");
        ShellTable table = new ShellTable().emptyTableText(
                component == null ? "No methods are registered." : "Component '" + component + "' has no methods.");
        table.column("Method");
        table.column("Roles");
        table.column("Summary").maxSize(80).wrap();
        for (JsonNode method : methods) {
            String name = Json.text(method, "name", "?");
            if (component != null && !name.startsWith(component + ".")) {
                continue;
            }
            table.addRow().addContent(name, roles(method), Json.text(method, "summary", ""));
        }
        table.print(out, format);
    }

    private void checkKnown(String component, PrintStream out) throws CommandFailedException {
        for (JsonNode known : call("rpc.components", null, out)) {
            if (component.equals(known.path("id").asText())) {
                return;
            }
        }
        throw new CommandFailedException("No component '" + component + "' is registered (emp:component-list lists them)");
    }

    /** The method's roles, comma-separated, or {@link #ANY_USER}. */
    static String roles(JsonNode method) {
        List<String> roles = new ArrayList<>();
        method.path("x-roles").forEach(role -> roles.add(role.asText()));
        return roles.isEmpty() ? ANY_USER : String.join(", ", roles);
    }
}
