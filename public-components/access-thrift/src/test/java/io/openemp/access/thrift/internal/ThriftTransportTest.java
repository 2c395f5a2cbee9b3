package io.openemp.access.thrift.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.Map;

import org.apache.thrift.transport.TTransportException;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import io.openemp.access.thrift.internal.ThriftClient.Protocol;
import io.openemp.rpc.internal.StandaloneRegistry;

/** The DS component: its configuration, binding, closing, rebinding, and services replaced under it. */
public class ThriftTransportTest {

    final StandaloneRegistry registry = new StandaloneRegistry();
    final ThriftTransport transport = new ThriftTransport();

    @Before
    public void wire() {
        registry.add(new EchoComponent(), "io.openemp.test");
        transport.dispatcher = registry;
        transport.authenticator = new TestAuthenticator();
    }

    @After
    public void unwire() {
        transport.deactivate();
        registry.close();
    }

    static String whoami() {
        return JsonRpcOverThriftTest.request("echo.whoami", null, 1);
    }

    @Test
    public void theDefaultsListenOnLoopbackPort9090WithSixteenMebibyteFrames() {
        ServerSettings defaults = ServerSettings.of(Configs.of(Map.of()));
        assertEquals("127.0.0.1", defaults.host());
        assertEquals(9090, defaults.port());
        assertEquals(16 * 1024 * 1024, defaults.maxFrameBytes());
        assertEquals(64, defaults.workerThreads());
        assertEquals(300_000, defaults.idleTimeoutMillis());
        assertEquals("io.openemp.access.thrift", ThriftTransport.PID);
    }

    @Test
    public void activationListensOnTheConfiguredLoopbackAddress() throws Exception {
        transport.activate(Configs.of(Map.of("port", 0)));
        InetSocketAddress address = transport.server().address();
        assertTrue(address.getAddress().isLoopbackAddress());
        try (ThriftClient client = new ThriftClient(address, Protocol.BINARY)) {
            client.rpc.login(TestAuthenticator.ALICE, TestAuthenticator.ALICE_PASSWORD);
            assertEquals("thrift", JsonRpcOverThriftTest.json(client.rpc.call(whoami())).at("/result/transport").asText());
        }
    }

    @Test
    public void deactivationClosesThePortAndEveryConnectionAtOnce() throws Exception {
        transport.activate(Configs.of(Map.of("port", 0)));
        InetSocketAddress address = transport.server().address();
        try (ThriftClient idle = new ThriftClient(address, Protocol.BINARY);
                ThriftClient busy = new ThriftClient(address, Protocol.COMPACT)) {
            idle.rpc.login(TestAuthenticator.ALICE, TestAuthenticator.ALICE_PASSWORD);
            busy.rpc.call(whoami());
            long start = System.nanoTime();
            transport.deactivate();
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue("closing took " + millis + " ms", millis < 2_000);
            assertNull(transport.server());
            for (ThriftClient client : List.of(idle, busy)) {
                try {
                    client.rpc.call(whoami());
                    fail("a connection survived deactivation");
                } catch (TTransportException expected) {
                    // closed by the server
                }
            }
        }
        try (Socket socket = new Socket(address.getAddress(), address.getPort())) {
            fail("the port still accepts connections");
        } catch (ConnectException expected) {
            // nothing listens any more
        }
    }

    @Test
    public void aNewConfigurationRebindsWithItsSettings() throws Exception {
        transport.activate(Configs.of(Map.of("port", 0)));
        InetSocketAddress first = transport.server().address();
        transport.deactivate();
        transport.activate(Configs.of(Map.of("port", first.getPort(), "maxFrameBytes", 4096)));
        assertEquals(first, transport.server().address());
        assertEquals(4096, transport.server().settings().maxFrameBytes());
        try (ThriftClient client = new ThriftClient(first, Protocol.COMPACT)) {
            client.rpc.login(TestAuthenticator.ROOT, TestAuthenticator.ROOT_PASSWORD);
            assertEquals("root", JsonRpcOverThriftTest.json(client.rpc.call(whoami())).at("/result/user").asText());
            try {
                client.rpc.call("x".repeat(5000));
                fail("a frame over the new limit was read");
            } catch (TTransportException expected) {
                // refused by the new limit
            }
        }
    }

    @Test
    public void aPortInUseFailsActivationNamingTheAddress() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            try {
                transport.activate(Configs.of(Map.of("port", taken.getLocalPort())));
                fail("bound a port already in use");
            } catch (IOException expected) {
                assertTrue(expected.getMessage(), expected.getMessage().contains("127.0.0.1:" + taken.getLocalPort()));
            }
        }
    }

    @Test
    public void invalidSettingsFailActivation() {
        for (Map<String, Object> bad : List.<Map<String, Object>>of(Map.of("port", 70_000), Map.of("maxFrameBytes", 100),
                Map.of("workerThreads", 0), Map.of("idleTimeoutSeconds", -1), Map.of("host", " "))) {
            try {
                transport.activate(Configs.of(bad));
                fail("accepted " + bad);
            } catch (IllegalArgumentException | IOException expected) {
                assertNull(transport.server());
            }
        }
    }

    @Test
    public void aReplacedDispatcherOrAuthenticatorIsUsedWithoutReconnecting() throws Exception {
        transport.activate(Configs.of(Map.of("port", 0)));
        try (StandaloneRegistry empty = new StandaloneRegistry();
                ThriftClient client = new ThriftClient(transport.server().address(), Protocol.BINARY)) {
            client.rpc.login(TestAuthenticator.ALICE, TestAuthenticator.ALICE_PASSWORD);
            transport.dispatcher = empty;
            assertEquals(-32601, JsonRpcOverThriftTest.json(client.rpc.call(whoami())).at("/error/code").asInt());
            TestAuthenticator replacement = new TestAuthenticator();
            transport.authenticator = replacement;
            client.rpc.login(TestAuthenticator.ROOT, TestAuthenticator.ROOT_PASSWORD);
            assertEquals(1, replacement.checks.get());
        }
    }
}
