package io.openemp.access.console.internal;

import java.util.concurrent.atomic.AtomicInteger;

import io.openemp.plugin.api.Caller;
import io.openemp.rpc.api.RpcDispatcher;
import io.openemp.rpc.api.RpcLimits;

/** The real dispatcher, counting the requests handed to it. */
final class CountingDispatcher implements RpcDispatcher {

    private final RpcDispatcher delegate;
    final AtomicInteger requests = new AtomicInteger();

    CountingDispatcher(RpcDispatcher delegate) {
        this.delegate = delegate;
    }

    @Override
    public byte[] dispatch(byte[] request, Caller caller) {
        requests.incrementAndGet();
        return delegate.dispatch(request, caller);
    }

    @Override
    public RpcLimits limits() {
        return delegate.limits();
    }
}
