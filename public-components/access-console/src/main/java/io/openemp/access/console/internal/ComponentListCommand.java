package io.openemp.access.console.internal;

import java.io.PrintStream;

import org.apache.karaf.shell.support.table.ShellTable;

import com.fasterxml.jackson.databind.JsonNode;

import io.openemp.plugin.api.Caller;
import io.openemp.rpc.api.RpcDispatcher;

/** {@code emp:component-list}: one row per registered component, from {@code rpc.components}. */
public final class ComponentListCommand extends RpcCommand {

    public ComponentListCommand(RpcDispatcher dispatcher, Caller caller) {
        super(dispatcher, caller);
    }

    /**
     * Prints the table.
     *
     * @param format {@code false} for tab-separated rows without a header, for scripts
     */
    public void execute(PrintStream out, boolean format) throws CommandFailedException {
        JsonNode components = call("rpc.components", null, out);
        ShellTable table = new ShellTable().emptyTableText("No components are registered.");
        table.column("Id");
        table.column("Version");
        table.column("State");
        table.column("Bundle");
        table.column("Bundle version");
        table.column("Methods").alignRight();
        table.column("Reason").maxSize(80).wrap();
        for (JsonNode component : components) {
            table.addRow().addContent(
                    Json.text(component, "id", "?"),
                    Json.text(component, "version", ""),
                    Json.text(component, "state", ""),
                    Json.text(component, "bundleSymbolicName", ""),
                    Json.text(component, "bundleVersion", ""),
                    component.path("methods").size(),
                    Json.text(component, "reason", ""));
        }
        table.print(out, format);
    }
}
