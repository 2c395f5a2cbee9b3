package io.openemp.plugin.modbus.internal;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A hand-made TCP server for hostile-input tests: on 127.0.0.1, reads each 12-byte read request and writes whatever
 * the {@link Responder} returns (possibly nothing, possibly garbage), then optionally closes the connection.
 */
final class RawServer implements AutoCloseable {

    /** What to send back for one request. */
    record Reply(byte[] bytes, boolean close) {
        static Reply none() {
            return new Reply(new byte[0], false);
        }
    }

    /** A request as received. */
    record Request(int transactionId, int unitId, int function, int address, int count, int connection, int index) {
    }

    interface Responder {
        Reply reply(Request request);
    }

    private final ServerSocket server;
    private final Responder responder;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final AtomicInteger connections = new AtomicInteger();
    private final AtomicInteger requests = new AtomicInteger();

    RawServer(Responder responder) throws IOException {
        this.responder = responder;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "raw-modbus-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return server.getLocalPort();
    }

    int connections() {
        return connections.get();
    }

    int requests() {
        return requests.get();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                sockets.add(socket);
                int connection = connections.incrementAndGet();
                Thread t = new Thread(() -> serve(socket, connection), "raw-modbus-" + connection);
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket socket, int connection) {
        try (socket) {
            DataInputStream in = new DataInputStream(socket.getInputStream());
            OutputStream out = socket.getOutputStream();
            for (int index = 0;; index++) {
                int transactionId = in.readUnsignedShort();
                in.readUnsignedShort();
                in.readUnsignedShort();
                int unitId = in.readUnsignedByte();
                int function = in.readUnsignedByte();
                int address = in.readUnsignedShort();
                int count = in.readUnsignedShort();
                requests.incrementAndGet();
                Reply reply = responder.reply(new Request(transactionId, unitId, function, address, count, connection, index));
                out.write(reply.bytes());
                out.flush();
                if (reply.close()) {
                    return;
                }
            }
        } catch (IOException e) {
            // the client went away
        }
    }

    /** A frame: MBAP header with {@code length} as given, then {@code pdu}. */
    static byte[] frame(int transactionId, int protocolId, int length, int unitId, int... pdu) {
        byte[] bytes = new byte[7 + pdu.length];
        bytes[0] = (byte) (transactionId >> 8);
        bytes[1] = (byte) transactionId;
        bytes[2] = (byte) (protocolId >> 8);
        bytes[3] = (byte) protocolId;
        bytes[4] = (byte) (length >> 8);
        bytes[5] = (byte) length;
        bytes[6] = (byte) unitId;
        for (int i = 0; i < pdu.length; i++) {
            bytes[7 + i] = (byte) pdu[i];
        }
        return bytes;
    }

    /** A well-formed frame answering {@code r} with PDU {@code pdu} (length field computed). */
    static byte[] answer(Request r, int... pdu) {
        return frame(r.transactionId(), 0, pdu.length + 1, r.unitId(), pdu);
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket s : sockets) {
            s.close();
        }
    }
}
