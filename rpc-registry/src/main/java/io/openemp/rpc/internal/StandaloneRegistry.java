package io.openemp.rpc.internal;

import java.util.List;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.openemp.plugin.api.Caller;
import io.openemp.plugin.api.RpcComponent;
import io.openemp.rpc.api.ComponentInfo;
import io.openemp.rpc.api.RpcDispatcher;
import io.openemp.rpc.api.RpcLimits;
import io.openemp.rpc.api.RpcRegistry;

/**
 * The real registry and dispatcher outside OSGi, for the unit tests of transports and plugins: the same code
 * the platform runs, with components added by hand instead of by the service registry. Not exported.
 */
public final class StandaloneRegistry implements RpcDispatcher, RpcRegistry, AutoCloseable {

    private final RegistryService.Registry registry = new RegistryService.Registry(new SimpleMeterRegistry());
    private long nextKey = 1;

    /** A registry with the default limits (10 MB, batches of 1000, depth 64, 30 s) and 8 workers. */
    public StandaloneRegistry() {
        this(new RpcLimits(10L * 1024 * 1024, 1000, 64, 30_000));
    }

    public StandaloneRegistry(RpcLimits limits) {
        registry.configure(limits, 8, 1000);
        registry.addBuiltIn("0.0.0");
    }

    /** Adds {@code component} as if bundle {@code bundle} 1.0.0 had published it; returns its key. */
    public synchronized long add(RpcComponent component, String bundle) {
        long key = nextKey++;
        registry.table().add(key, component, bundle, "1.0.0", false);
        return key;
    }

    /** Sets the auditor of state-changing calls (null for none), as the OSGi registry binds one. */
    public void auditor(io.openemp.rpc.api.CallAuditor auditor) {
        registry.auditor(auditor);
    }

    public void remove(long key) {
        registry.table().remove(key);
    }

    @Override
    public byte[] dispatch(byte[] request, Caller caller) {
        return registry.dispatcher().dispatch(request, caller);
    }

    @Override
    public RpcLimits limits() {
        return registry.dispatcher().limits();
    }

    @Override
    public List<ComponentInfo> components() {
        return registry.table().infos();
    }

    @Override
    public void close() {
        registry.close();
    }
}
