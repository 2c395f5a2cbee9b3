package io.openemp.access.console.internal.karaf;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import io.openemp.access.console.internal.ComponentListCommand;
import io.openemp.access.console.internal.ConsoleCaller;
import io.openemp.rpc.api.RpcDispatcher;

/** {@code emp:component-list}, wired to {@link ComponentListCommand}. */
@Service
@Command(scope = "emp", name = "component-list", description = "Lists the RPC components: id, version, state, bundle, method count, reason of a failure")
public class ComponentListAction implements Action {

    @Reference
    RpcDispatcher dispatcher;

    @Option(name = "--no-format", description = "Tab-separated rows without a header, for scripts")
    boolean noFormat;

    @Override
    public Object execute() throws Exception {
        new ComponentListCommand(dispatcher, ConsoleCaller.current()).execute(System.out, !noFormat);
        return null;
    }
}
