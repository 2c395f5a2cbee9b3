package io.openemp.access.thrift.internal;

import java.io.IOException;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.openemp.access.api.Authenticator;
import io.openemp.rpc.api.RpcDispatcher;

/**
 * The Thrift transport as a Declarative Services component: listens while the dispatcher and an authenticator
 * are available, configured under PID {@value #PID}. A configuration change makes SCR deactivate it (the port
 * and every connection closed) and activate it again with the new configuration. A dispatcher or
 * authenticator replaced by another is picked up by the next call, without closing connections.
 */
@Component(immediate = true, service = {}, configurationPid = ThriftTransport.PID)
@Designate(ocd = ThriftConfig.class)
public final class ThriftTransport implements Backend {

    /** The configuration PID. */
    public static final String PID = "io.openemp.access.thrift";

    private static final Logger LOG = LoggerFactory.getLogger(ThriftTransport.class);

    @Reference(policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    volatile RpcDispatcher dispatcher;

    @Reference(policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    volatile Authenticator authenticator;

    private ThriftServer server;

    @Activate
    void activate(ThriftConfig config) throws IOException {
        ServerSettings settings = ServerSettings.of(config);
        server = ThriftServer.start(settings, this);
        LOG.info("Thrift transport listening on {} (framed, binary or compact protocol, frames up to {} bytes, {} workers)",
                server.address(), settings.maxFrameBytes(), settings.workerThreads());
    }

    @Deactivate
    void deactivate() {
        ThriftServer running = server;
        server = null;
        if (running != null) {
            running.close();
            LOG.info("Thrift transport on {} closed ({})", running.address(), running.stats());
        }
    }

    @Override
    public RpcDispatcher dispatcher() {
        return dispatcher;
    }

    @Override
    public Authenticator authenticator() {
        return authenticator;
    }

    /** The running server, for tests in this package; {@code null} when not active. */
    ThriftServer server() {
        return server;
    }
}
