package io.openemp.bench.thrift;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.thrift.TException;
import org.apache.thrift.protocol.TBinaryProtocol;
import org.apache.thrift.server.TServer;
import org.apache.thrift.server.TThreadPoolServer;
import org.apache.thrift.transport.TServerSocket;
import org.apache.thrift.transport.TTransportException;
import org.apache.thrift.transport.layered.TFramedTransport;

import io.openemp.access.thrift.gen.JsonRpc;
import io.openemp.access.thrift.gen.Session;

/**
 * The reference the platform's Thrift transport is measured against: a bare libthrift 0.17 {@code TThreadPoolServer}
 * (framed transport, binary protocol, one thread per connection, like the platform's server) serving the same IDL,
 * whose {@code call} returns a fixed 40-byte JSON-RPC response without parsing anything.
 */
final class BareServer implements AutoCloseable {

    static final String REPLY = "{\"jsonrpc\":\"2.0\",\"result\":\"pong\",\"id\":1}";

    private final TServerSocket socket;
    private final TServer server;
    private final Thread thread;

    BareServer() throws TTransportException {
        socket = new TServerSocket(new TServerSocket.ServerSocketTransportArgs()
                .bindAddr(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0)).backlog(128));
        TThreadPoolServer.Args args = new TThreadPoolServer.Args(socket)
                .processor(new JsonRpc.Processor<>(new FixedHandler()))
                .transportFactory(new TFramedTransport.Factory())
                .protocolFactory(new TBinaryProtocol.Factory())
                .minWorkerThreads(4)
                .maxWorkerThreads(256);
        server = new TThreadPoolServer(args);
        thread = new Thread(server::serve, "bare-thrift-server");
        thread.setDaemon(true);
        thread.start();
    }

    int port() {
        return socket.getServerSocket().getLocalPort();
    }

    @Override
    public void close() {
        server.stop();
    }

    /** Answers every call with {@link #REPLY}; every login succeeds. */
    static final class FixedHandler implements JsonRpc.Iface {

        static {
            if (REPLY.getBytes(StandardCharsets.UTF_8).length != 40) {
                throw new AssertionError("the fixed reply must be 40 bytes");
            }
        }

        @Override
        public Session login(String user, String password) {
            return new Session(user, List.of("admin"));
        }

        @Override
        public void logout() {
        }

        @Override
        public String call(String request) {
            return REPLY;
        }

        @Override
        public List<String> batch(List<String> requests) throws TException {
            List<String> answers = new ArrayList<>(requests.size());
            for (int i = 0; i < requests.size(); i++) {
                answers.add(REPLY);
            }
            return answers;
        }
    }
}
