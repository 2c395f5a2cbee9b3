package io.openemp.access.console.internal.karaf;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import io.openemp.access.console.internal.ConsoleCaller;
import io.openemp.access.console.internal.MethodDescribeCommand;
import io.openemp.rpc.api.RpcDispatcher;

/** {@code emp:method-describe <method>}, wired to {@link MethodDescribeCommand}. */
@Service
@Command(scope = "emp", name = "method-describe", description = "Describes an RPC method: summary, roles, parameters and result with their JSON Schemas")
public class MethodDescribeAction implements Action {

    @Reference
    RpcDispatcher dispatcher;

    @Argument(index = 0, name = "method", required = true, description = "Full method name, component.method")
    @Completion(MethodNameCompleter.class)
    String method;

    @Override
    public Object execute() throws Exception {
        new MethodDescribeCommand(dispatcher, ConsoleCaller.current()).execute(method, System.out);
        return null;
    }
}
