package io.openemp.access.console.internal.karaf;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import io.openemp.access.console.internal.CallCommand;
import io.openemp.access.console.internal.ConsoleCaller;
import io.openemp.rpc.api.RpcDispatcher;

/** {@code emp:call <method> [json-params]}, wired to {@link CallCommand}. */
@Service
@Command(scope = "emp", name = "call", description = "Calls an RPC method as the console user and prints its result; an error answer fails the command")
public class CallAction implements Action {

    @Reference
    RpcDispatcher dispatcher;

    @Argument(index = 0, name = "method", required = true, description = "Full method name, component.method")
    @Completion(MethodNameCompleter.class)
    String method;

    @Argument(index = 1, name = "json-params", required = false,
            description = "Params as JSON in single quotes: an object by name, '{\"meter\": \"M1\"}', or an array by position, '[\"M1\"]'; none when left out")
    String params;

    @Override
    public Object execute() throws Exception {
        new CallCommand(dispatcher, ConsoleCaller.current()).execute(method, params, System.out);
        return null;
    }
}
