package io.openemp.plugin.collection.internal;

import java.util.List;

import io.openemp.plugin.api.RpcComponent;
import io.openemp.plugin.api.RpcException;
import io.openemp.plugin.collection.api.Statistics;
import io.openemp.plugin.collection.api.TaskOutcome;
import io.openemp.plugin.collection.api.TerminalInfo;

/** What the console commands call, so they need nothing but the component service. */
public final class Console {

    private Console() {
    }

    public static List<TerminalInfo> terminals(RpcComponent component) {
        return ((CollectionComponent) component).terminals();
    }

    public static Statistics stats(RpcComponent component) {
        return ((CollectionComponent) component).stats();
    }

    public static TaskOutcome run(RpcComponent component, String task) throws RpcException {
        return ((CollectionComponent) component).run(task);
    }
}
