package io.openemp.system.internal.karaf;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import io.openemp.system.internal.ConsoleCall;
import io.openemp.rpc.api.RpcDispatcher;

/** {@code emp:config-get [pid]}: system.config.get, or system.config.list without a PID. */
@Service
@Command(scope = "emp", name = "config-get", description = "Shows an io.openemp.* configuration with its metatype (no PID: lists them)")
public class ConfigGetAction implements Action {

    @Reference
    RpcDispatcher dispatcher;

    @Argument(index = 0, name = "pid", required = false, description = "The PID, e.g. io.openemp.rpc")
    String pid;

    @Override
    public Object execute() throws Exception {
        if (pid == null) {
            ConsoleCall.call(dispatcher, ConsoleUser.current(), "system.config.list", ConsoleCall.params(), System.out);
        } else {
            ConsoleCall.call(dispatcher, ConsoleUser.current(), "system.config.get", ConsoleCall.params().put("pid", pid),
                    System.out);
        }
        return null;
    }
}
