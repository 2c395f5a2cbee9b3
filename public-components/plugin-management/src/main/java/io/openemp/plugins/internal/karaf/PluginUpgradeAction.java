package io.openemp.plugins.internal.karaf;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import io.openemp.rpc.api.RpcDispatcher;

/** {@code emp:plugin-upgrade}: plugins.upgrade as the console user. */
@Service
@Command(scope = "emp", name = "plugin-upgrade", description = "plugins.upgrade: upgrade plugin features")
public class PluginUpgradeAction implements Action {

    @Reference
    RpcDispatcher dispatcher;

    @Argument(index = 0, name = "name", required = true, description = "Feature name, e.g. openemp-plugin-degree-days")
    String name;

    @Argument(index = 1, name = "version", required = false, description = "Feature version (default: see plugins.upgrade)")
    String version;

    @Override
    public Object execute() throws Exception {
        PluginCall.call(dispatcher, "plugins.upgrade", name, version);
        return null;
    }
}
