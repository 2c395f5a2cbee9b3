package io.openemp.plugins.internal.karaf;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import io.openemp.rpc.api.RpcDispatcher;

/** {@code emp:plugin-list}: plugins.list as the console user. */
@Service
@Command(scope = "emp", name = "plugin-list", description = "plugins.list: list plugin features")
public class PluginListAction implements Action {

    @Reference
    RpcDispatcher dispatcher;

    @Override
    public Object execute() throws Exception {
        PluginCall.call(dispatcher, "plugins.list", null, null);
        return null;
    }
}
