package io.openemp.plugin.collection.internal.karaf;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import io.openemp.plugin.api.RpcComponent;
import io.openemp.plugin.collection.api.TerminalInfo;
import io.openemp.plugin.collection.internal.Console;

/** {@code emp:collection-terminals}: the terminals, online first, with their last-seen time. */
@Service
@Command(scope = "emp", name = "collection-terminals", description = "Lists the Q/GDW 1376.1 terminals the master station has seen")
public class TerminalsAction implements Action {

    @Reference(filter = "(component.name=io.openemp.plugin.collection.internal.CollectionComponent)")
    RpcComponent collection;

    @Override
    public Object execute() {
        System.out.printf("%-14s %-8s %-26s %-26s %s%n", "terminal", "state", "connected at", "last seen", "remote");
        for (TerminalInfo t : Console.terminals(collection)) {
            System.out.printf("%-14s %-8s %-26s %-26s %s%n", t.terminal(), t.online() ? "online" : "offline",
                    t.connectedAt(), t.lastSeen(), t.remote());
        }
        return null;
    }
}
