package io.openemp.bench.probes;

import java.util.concurrent.atomic.AtomicLong;

import org.osgi.service.component.annotations.Component;

import io.openemp.plugin.api.Param;
import io.openemp.plugin.api.RpcComponent;
import io.openemp.plugin.api.RpcMethod;
import io.openemp.plugin.api.Roles;

/**
 * {@code bench.touch}: the cheapest state-changing JSON-RPC method there can be. Being {@code mutating}, every call
 * goes through the dispatcher's auditor (one audit entry per call); the method itself only increments a counter, so
 * the cost of a call with the auditor present minus the cost without it is the cost of auditing one call.
 */
@Component(service = RpcComponent.class)
public class TouchComponent implements RpcComponent {

    private final AtomicLong touches = new AtomicLong();

    @Override
    public String id() {
        return "bench";
    }

    @Override
    public String version() {
        return "1.0.0";
    }

    @Override
    public String description() {
        return "Benchmark probe: a state-changing method that does nearly nothing";
    }

    @RpcMethod(name = "touch", description = "Counts one touch and answers the count so far", mutating = true,
            roles = Roles.MANAGER)
    public long touch(@Param(value = "note", required = false, description = "any short text, kept nowhere") String note) {
        return touches.incrementAndGet();
    }
}
