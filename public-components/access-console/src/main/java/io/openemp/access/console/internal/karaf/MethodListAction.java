package io.openemp.access.console.internal.karaf;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import io.openemp.access.console.internal.ConsoleCaller;
import io.openemp.access.console.internal.MethodListCommand;
import io.openemp.rpc.api.RpcDispatcher;

/** {@code emp:method-list [component]}, wired to {@link MethodListCommand}. */
@Service
@Command(scope = "emp", name = "method-list", description = "Lists the RPC methods (name, roles, summary), of all components or of one")
public class MethodListAction implements Action {

    @Reference
    RpcDispatcher dispatcher;

    @Argument(index = 0, name = "component", required = false, description = "Only the methods of this component id")
    @Completion(ComponentIdCompleter.class)
    String component;

    @Option(name = "--no-format", description = "Tab-separated rows without a header, for scripts")
    boolean noFormat;

    @Override
    public Object execute() throws Exception {
        new MethodListCommand(dispatcher, ConsoleCaller.current()).execute(component, System.out, !noFormat);
        return null;
    }
}
