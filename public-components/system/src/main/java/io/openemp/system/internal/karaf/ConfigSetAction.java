package io.openemp.system.internal.karaf;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.openemp.system.internal.ConsoleCall;
import io.openemp.rpc.api.RpcDispatcher;

/** {@code emp:config-set <pid> <key> <value>}: system.config.set of one key, validated against the metatype. */
@Service
@Command(scope = "emp", name = "config-set", description = "Changes one key of an io.openemp.* configuration; a value its metatype refuses leaves the configuration unchanged")
public class ConfigSetAction implements Action {

    @Reference
    RpcDispatcher dispatcher;

    @Argument(index = 0, name = "pid", required = true, description = "The PID, e.g. io.openemp.rpc")
    String pid;

    @Argument(index = 1, name = "key", required = true, description = "The key, e.g. maxBatchLength")
    String key;

    @Argument(index = 2, name = "value", required = true, description = "The value: text, a number, true/false, a JSON array, or null to remove the key")
    String value;

    @Override
    public Object execute() throws Exception {
        ObjectNode values = ConsoleCall.params();
        values.set(key, ConsoleCall.value(value));
        ObjectNode params = ConsoleCall.params().put("pid", pid);
        params.set("values", values);
        ConsoleCall.call(dispatcher, ConsoleUser.current(), "system.config.set", params, System.out);
        return null;
    }
}
