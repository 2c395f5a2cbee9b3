package io.openemp.access.thrift.internal;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;

/** A plain socket to the server, for sending bytes no Thrift client would. */
final class RawSocket implements AutoCloseable {

    private final Socket socket = new Socket();
    private final InputStream in;
    private final OutputStream out;

    RawSocket(InetSocketAddress server) throws IOException {
        socket.connect(server, 5_000);
        socket.setSoTimeout(5_000);
        in = socket.getInputStream();
        out = socket.getOutputStream();
    }

    /** Sends {@code bytes} as they are. */
    RawSocket send(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
        return this;
    }

    /** Sends a length prefix and nothing after it. */
    RawSocket sendLength(int length) throws IOException {
        return send(ByteBuffer.allocate(4).putInt(length).array());
    }

    /** Sends {@code payload} as one frame. */
    RawSocket sendFrame(byte[] payload) throws IOException {
        return send(ByteBuffer.allocate(4 + payload.length).putInt(payload.length).put(payload).array());
    }

    /** Reads one frame sent back. */
    byte[] readFrame() throws IOException {
        DataInputStream data = new DataInputStream(in);
        byte[] payload = new byte[data.readInt()];
        data.readFully(payload);
        return payload;
    }

    /**
     * Whether the server closed the connection within the socket timeout without sending anything: the read
     * sees the end of the stream (or a reset).
     */
    boolean closedByServer() throws IOException {
        try {
            return in.read() == -1;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (SocketException e) {
            return true; // connection reset
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
