package io.openemp.access.thrift.internal;

import java.net.InetSocketAddress;

import org.junit.rules.ExternalResource;

import io.openemp.rpc.api.RpcLimits;
import io.openemp.rpc.internal.StandaloneRegistry;

/**
 * A JUnit rule running the real registry (with {@link EchoComponent}) behind a {@link ThriftServer} on
 * 127.0.0.1 and a free port, for the length of a test.
 */
final class RunningServer extends ExternalResource {

    /** Batches of at most this many calls; kept small so the limit is cheap to reach. */
    static final int MAX_BATCH = 5;

    final EchoComponent echo = new EchoComponent();
    final TestAuthenticator authenticator = new TestAuthenticator();
    private final ServerSettings settings;
    StandaloneRegistry registry;
    ThriftServer server;

    RunningServer() {
        this(new ServerSettings("127.0.0.1", 0, 16 * 1024 * 1024, 16, 0));
    }

    RunningServer(ServerSettings settings) {
        this.settings = settings;
    }

    @Override
    protected void before() throws Exception {
        registry = new StandaloneRegistry(new RpcLimits(10L * 1024 * 1024, MAX_BATCH, 64, 30_000));
        registry.add(echo, "io.openemp.test");
        server = ThriftServer.start(settings, new Fixed(registry, authenticator));
    }

    @Override
    protected void after() {
        server.close();
        registry.close();
    }

    InetSocketAddress address() {
        return server.address();
    }

    ThriftClient client(ThriftClient.Protocol protocol) throws Exception {
        return new ThriftClient(address(), protocol);
    }

    /** A client already logged in as alice. */
    ThriftClient alice(ThriftClient.Protocol protocol) throws Exception {
        ThriftClient client = client(protocol);
        client.rpc.login(TestAuthenticator.ALICE, TestAuthenticator.ALICE_PASSWORD);
        return client;
    }
}
