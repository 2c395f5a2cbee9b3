package io.openemp.access.thrift.internal;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.util.function.Consumer;

import org.apache.thrift.TConfiguration;
import org.apache.thrift.TException;
import org.apache.thrift.TProcessor;
import org.apache.thrift.protocol.TBinaryProtocol;
import org.apache.thrift.protocol.TCompactProtocol;
import org.apache.thrift.protocol.TProtocol;
import org.apache.thrift.transport.TIOStreamTransport;
import org.apache.thrift.transport.TMemoryInputTransport;
import org.apache.thrift.transport.TTransportException;
import org.apache.thrift.transport.layered.TFramedTransport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One client connection, served by one worker thread: it reads a frame, recognises the protocol from the
 * frame's first byte, has the processor answer in the same protocol, and goes on until the client leaves,
 * stays silent past the idle timeout, sends a frame it refuses, or the server closes it.
 *
 * <p>Frames are read by libthrift's {@link TFramedTransport}, which checks the length prefix against the
 * maximum frame size before it allocates anything and refuses negative lengths. Each frame's message is then
 * read from that frame alone (a {@link TMemoryInputTransport} told the frame's length), so a length inside
 * the message (a string, a list) larger than what the frame holds is refused before allocation, and a message
 * cannot run on into the next frame.
 */
final class Connection implements Runnable {

    /** First byte of a strict binary-protocol message (the top byte of {@code TBinaryProtocol.VERSION_1}). */
    static final byte BINARY_FIRST_BYTE = (byte) 0x80;
    /** First byte of a compact-protocol message ({@code TCompactProtocol}'s protocol id). */
    static final byte COMPACT_FIRST_BYTE = (byte) 0x82;

    private static final Logger LOG = LoggerFactory.getLogger(Connection.class);
    private static final int SOCKET_BUFFER = 8 * 1024;
    private static final byte[] NOTHING = new byte[0];

    /** The protocol a message came in, reading from the frame and writing framed replies to the socket. */
    private record Wire(TProtocol in, TProtocol out) {
    }

    private final Socket socket;
    private final ServerSettings settings;
    private final TProcessor processor;
    private final ServerStats stats;
    private final Consumer<Connection> onEnd;
    private final String peer;

    Connection(Socket socket, ServerSettings settings, TProcessor processor, ServerStats stats,
            Consumer<Connection> onEnd) {
        this.socket = socket;
        this.settings = settings;
        this.processor = processor;
        this.stats = stats;
        this.onEnd = onEnd;
        this.peer = peerOf(socket);
    }

    /** The client's address, for log lines. */
    static String peerOf(Socket socket) {
        return String.valueOf(socket.getRemoteSocketAddress());
    }

    @Override
    public void run() {
        try {
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(settings.idleTimeoutMillis());
            serve();
        } catch (IOException | TException | RuntimeException e) {
            LOG.debug("Thrift connection from {} ended: {}", peer, e.toString());
        } finally {
            close();
            onEnd.accept(this);
        }
    }

    /** Closes the socket: a read or write blocked on it fails at once and the worker ends. */
    void close() {
        try {
            socket.close();
        } catch (IOException e) {
            LOG.debug("Closing Thrift connection from {}: {}", peer, e.toString());
        }
    }

    private void serve() throws IOException, TTransportException {
        int max = settings.maxFrameBytes();
        TConfiguration config = new TConfiguration(max, max, TConfiguration.DEFAULT_RECURSION_DEPTH);
        TIOStreamTransport stream = new TIOStreamTransport(config,
                new BufferedInputStream(socket.getInputStream(), SOCKET_BUFFER),
                new BufferedOutputStream(socket.getOutputStream(), SOCKET_BUFFER));
        TFramedTransport framed = new TFramedTransport(stream, max);
        TMemoryInputTransport frame = new TMemoryInputTransport(config);
        Wire binary = new Wire(new TBinaryProtocol(frame, max, max, true, true),
                new TBinaryProtocol(framed, max, max, true, true));
        Wire compact = new Wire(new TCompactProtocol(frame, max, max), new TCompactProtocol(framed, max, max));

        while (nextFrame(framed, frame)) {
            byte first = frame.getBuffer()[frame.getBufferPosition()];
            Wire wire = first == BINARY_FIRST_BYTE ? binary : first == COMPACT_FIRST_BYTE ? compact : null;
            if (wire == null) {
                malformed(String.format("frame starts with 0x%02x, neither binary (0x80) nor compact (0x82) protocol", first));
                return;
            }
            wire.in().reset();
            wire.out().reset();
            try {
                processor.process(wire.in(), wire.out());
            } catch (TTransportException e) {
                if (socket.isClosed() || e.getCause() instanceof IOException) {
                    return; // the client or the server went away while the reply was written
                }
                malformed("message does not fit its frame: " + e.getMessage());
                return;
            } catch (TException e) {
                malformed(e.toString());
                return;
            }
        }
    }

    /**
     * Reads the next frame and points {@code frame} at its bytes; false when the connection is over (the
     * client left or went idle, or the frame was refused).
     */
    private boolean nextFrame(TFramedTransport framed, TMemoryInputTransport frame) throws TTransportException {
        try {
            // A read of zero bytes with the previous frame used up makes TFramedTransport read the next frame
            // (length prefix checked, then payload) without consuming any of it.
            framed.read(NOTHING, 0, 0);
        } catch (TTransportException e) {
            if (e.getType() == TTransportException.CORRUPTED_DATA) {
                stats.refusedFrames.incrementAndGet();
                LOG.warn("Thrift connection from {} closed: {}", peer, e.getMessage());
            } else if (e.getType() == TTransportException.TIMED_OUT) {
                LOG.debug("Thrift connection from {} idle for {} ms: closed", peer, settings.idleTimeoutMillis());
            }
            return false;
        }
        int length = framed.getBytesRemainingInBuffer();
        if (length == 0) {
            malformed("empty frame");
            return false;
        }
        frame.reset(framed.getBuffer(), framed.getBufferPosition(), length);
        frame.updateKnownMessageSize(length);
        framed.consumeBuffer(length);
        return true;
    }

    private void malformed(String why) {
        stats.malformedMessages.incrementAndGet();
        LOG.debug("Thrift connection from {} closed, malformed message: {}", peer, why);
    }
}
