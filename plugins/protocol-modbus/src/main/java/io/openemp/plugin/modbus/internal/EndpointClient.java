package io.openemp.plugin.modbus.internal;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.DecoderException;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.handler.timeout.IdleStateHandler;
import io.netty.util.concurrent.ScheduledFuture;
import io.openemp.plugin.modbus.api.ErrorKind;
import io.openemp.plugin.modbus.api.FrameRejection;
import io.openemp.plugin.modbus.api.PointError;

/**
 * The master's side of one endpoint ({@code host:port}): one TCP connection, opened when a request needs it, kept
 * for the next ones and closed after a configured idle time. Requests go one at a time in submission order (many
 * devices and gateways answer one request at a time); each has its own time limit, and a response is matched to
 * it by transaction id, unit id and function code and checked against the quantity asked for before its data is
 * used. Everything that does not fit is rejected and counted; nothing a device sends can throw out of here or make
 * it buffer more than one frame (260 bytes).
 *
 * <p>All state is confined to one Netty event loop: public methods only hand work to it.
 */
final class EndpointClient {

    private static final Logger LOG = LoggerFactory.getLogger(EndpointClient.class);

    /** Most requests waiting for one endpoint; more fail at once as CONNECTION errors. */
    static final int MAX_QUEUE = 10_000;

    /** Rejected frames in a row after which the connection is closed. */
    static final int MAX_CONSECUTIVE_REJECTIONS = 32;

    private final String host;
    private final int port;
    private final EventLoop loop;
    private final Counters counters;
    private final Bootstrap bootstrap;
    private final Runnable onIdle;

    // Confined to the event loop.
    private final ArrayDeque<Transaction> queue = new ArrayDeque<>();
    private Link link;
    private boolean connecting;
    private Transaction inFlight;
    private ScheduledFuture<?> timer;
    private int lastTransactionId;
    private int consecutiveRejections;

    /**
     * @param onIdle called on the event loop when the connection closed after being idle and nothing waits
     */
    EndpointClient(String host, int port, EventLoop loop, Counters counters, int connectTimeoutMillis,
            int idleSeconds, Runnable onIdle) {
        this.host = host;
        this.port = port;
        this.loop = loop;
        this.counters = counters;
        this.onIdle = onIdle;
        this.bootstrap = new Bootstrap().group(loop).channel(NioSocketChannel.class)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, connectTimeoutMillis)
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.SO_KEEPALIVE, true)
                .handler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        Link l = new Link(ch);
                        ch.pipeline().addLast(new IdleStateHandler(0, 0, idleSeconds, TimeUnit.SECONDS), l.decoder,
                                new Handler(l));
                    }
                });
    }

    /** Queues {@code tx}; its future completes on the event loop, with data or an error, never exceptionally. */
    void submit(Transaction tx) {
        try {
            loop.execute(() -> {
                if (queue.size() >= MAX_QUEUE) {
                    tx.outcome.complete(Outcome.error(ErrorKind.CONNECTION, "endpoint " + address() + " busy: "
                            + MAX_QUEUE + " requests waiting"));
                    return;
                }
                queue.add(tx);
                pump();
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            tx.outcome.complete(Outcome.error(ErrorKind.CONNECTION, "the Modbus master is stopping"));
        }
    }

    /** Closes the connection, if any; requests waiting fail as CONNECTION errors. */
    void close() {
        loop.execute(() -> {
            if (link != null) {
                link.channel.close();
            }
        });
    }

    String address() {
        return host + ":" + port;
    }

    private void pump() {
        if (inFlight != null || queue.isEmpty()) {
            return;
        }
        if (link != null && link.channel.isActive()) {
            send(queue.poll());
        } else if (!connecting) {
            connect();
        }
    }

    private void connect() {
        connecting = true;
        ChannelFuture future;
        try {
            future = bootstrap.connect(host, port);
        } catch (RuntimeException e) {
            connecting = false;
            connectFailed(e);
            return;
        }
        future.addListener(done -> {
            connecting = false;
            if (!done.isSuccess()) {
                connectFailed(done.cause());
                return;
            }
            Channel channel = future.channel();
            Link opened = channel.pipeline().get(Handler.class).link;
            link = opened;
            counters.connectionsOpened.increment();
            counters.connectionsOpen.increment();
            consecutiveRejections = 0;
            pump();
        });
    }

    private void connectFailed(Throwable cause) {
        counters.connectFailures.increment();
        String message = "cannot connect to " + address() + ": " + describe(cause);
        LOG.debug("{}", message);
        while (!queue.isEmpty()) {
            queue.poll().outcome.complete(Outcome.error(ErrorKind.CONNECTION, message));
        }
    }

    private void send(Transaction tx) {
        lastTransactionId = (lastTransactionId + 1) & 0xFFFF;
        tx.transactionId = lastTransactionId;
        inFlight = tx;
        Block block = tx.block;
        ByteBuf request = link.channel.alloc().buffer(12);
        request.writeShort(tx.transactionId).writeShort(0).writeShort(6).writeByte(block.unitId())
                .writeByte(block.function()).writeShort(block.address()).writeShort(block.count());
        counters.requests.increment();
        timer = loop.schedule(() -> timedOut(tx), tx.timeoutMillis, TimeUnit.MILLISECONDS);
        link.channel.writeAndFlush(request).addListener(written -> {
            if (!written.isSuccess() && inFlight == tx) {
                finish(tx, Outcome.error(ErrorKind.CONNECTION, "cannot send to " + address() + ": "
                        + describe(written.cause())));
            }
        });
    }

    private void timedOut(Transaction tx) {
        if (inFlight == tx) {
            counters.timeouts.increment();
            finish(tx, Outcome.error(ErrorKind.TIMEOUT, "no response from " + address() + " unit " + tx.block.unitId()
                    + " within " + tx.timeoutMillis + " ms"));
        }
    }

    private void finish(Transaction tx, Outcome outcome) {
        if (timer != null) {
            timer.cancel(false);
            timer = null;
        }
        inFlight = null;
        tx.outcome.complete(outcome);
        pump();
    }

    /** A frame arrived on {@code from}. */
    private void received(Link from, MbapFrame frame) {
        if (from != link) {
            return;
        }
        if (frame.protocolId() != 0) {
            reject(from, FrameRejection.BAD_PROTOCOL_ID, "protocol id " + frame.protocolId() + " is not Modbus (0)", true);
            return;
        }
        Transaction tx = inFlight;
        if (tx == null || frame.transactionId() != tx.transactionId) {
            reject(from, FrameRejection.UNEXPECTED_TRANSACTION_ID, null, false);
            return;
        }
        Block block = tx.block;
        byte[] pdu = frame.pdu();
        int function = pdu[0] & 0xFF;
        if (frame.unitId() != block.unitId()) {
            reject(from, FrameRejection.UNIT_ID_MISMATCH, "response from unit " + frame.unitId() + " to a request to unit "
                    + block.unitId(), false);
        } else if (function == (block.function() | 0x80)) {
            if (pdu.length != 2) {
                reject(from, FrameRejection.BAD_EXCEPTION_FRAME, "exception response of " + pdu.length
                        + " bytes instead of 2", false);
            } else {
                consecutiveRejections = 0;
                from.answered++;
                counters.exceptionResponses.increment();
                finish(tx, Outcome.error(PointError.exception(pdu[1] & 0xFF)));
            }
        } else if (function != block.function()) {
            reject(from, FrameRejection.FUNCTION_MISMATCH, "function " + function + " in the response to function "
                    + block.function(), false);
        } else if (pdu.length < 2 || (pdu[1] & 0xFF) != block.expectedBytes() || pdu.length != 2 + block.expectedBytes()) {
            reject(from, FrameRejection.BAD_BYTE_COUNT, "response of " + (pdu.length < 2 ? 0 : pdu[1] & 0xFF)
                    + " bytes (frame holds " + Math.max(0, pdu.length - 2) + ") to a request for " + block.count()
                    + (block.bits() ? " bits (" : " registers (") + block.expectedBytes() + " bytes)", false);
        } else {
            consecutiveRejections = 0;
            from.answered++;
            counters.responses.increment();
            finish(tx, Outcome.data(Arrays.copyOfRange(pdu, 2, pdu.length)));
        }
    }

    /**
     * Counts a rejected frame. With a {@code message} the request waiting fails as MALFORMED_RESPONSE; with
     * {@code close} (framing can no longer be trusted) the connection is closed too.
     */
    private void reject(Link from, FrameRejection reason, String message, boolean close) {
        counters.reject(reason);
        LOG.debug("Rejected a frame from {}: {} {}", address(), reason.code(), message == null ? "" : message);
        if (!close && ++consecutiveRejections > MAX_CONSECUTIVE_REJECTIONS) {
            counters.reject(FrameRejection.TOO_MANY_REJECTIONS);
            reason = FrameRejection.TOO_MANY_REJECTIONS;
            message = consecutiveRejections + " rejected frames in a row";
            close = true;
        }
        if (close) {
            // Detach first, so that nothing more is sent on a connection whose framing cannot be trusted.
            link = null;
            from.channel.close();
        }
        if (message != null && inFlight != null) {
            finish(inFlight, Outcome.error(ErrorKind.MALFORMED_RESPONSE, reason.code() + ": " + message));
        }
    }

    /** The decoder failed on {@code from}: an impossible length, or another pipeline error. */
    private void failed(Link from, Throwable cause) {
        Throwable root = cause instanceof DecoderException && cause.getCause() != null ? cause.getCause() : cause;
        if (root instanceof FrameException frame) {
            reject(from, frame.reason, frame.getMessage(), true);
        } else if (root instanceof TooLongFrameException) {
            reject(from, FrameRejection.BAD_LENGTH, "frame longer than " + MbapFrameDecoder.MAX_FRAME + " bytes", true);
        } else {
            LOG.debug("Connection to {} failed: {}", address(), describe(root));
            from.channel.close();
        }
    }

    /** The connection of {@code closed} is gone: the request on it fails, the next ones reconnect. */
    private void closed(Link closed) {
        counters.connectionsOpen.decrement();
        if (closed != link) {
            return;
        }
        link = null;
        if (inFlight != null && closed.answered > 0 && !closed.decoder.truncated() && !inFlight.resent) {
            // A connection that served before closed under a request just sent (a device that closes after each
            // answer, or an idle close crossing the request): reads are idempotent, so send it once more on a new one.
            Transaction again = inFlight;
            again.resent = true;
            if (timer != null) {
                timer.cancel(false);
                timer = null;
            }
            inFlight = null;
            queue.addFirst(again);
            pump();
            return;
        }
        if (inFlight != null) {
            Outcome outcome;
            if (closed.decoder.truncated()) {
                counters.reject(FrameRejection.TRUNCATED_FRAME);
                outcome = Outcome.error(ErrorKind.MALFORMED_RESPONSE, FrameRejection.TRUNCATED_FRAME.code()
                        + ": " + address() + " closed the connection in the middle of a response");
            } else {
                outcome = Outcome.error(ErrorKind.CONNECTION, address() + " closed the connection");
            }
            finish(inFlight, outcome);
        } else if (closed.decoder.truncated()) {
            counters.reject(FrameRejection.TRUNCATED_FRAME);
        }
        if (queue.isEmpty() && !connecting) {
            onIdle.run();
        } else {
            pump();
        }
    }

    private void idle(Link from) {
        if (from == link && inFlight == null && queue.isEmpty()) {
            LOG.debug("Closing the idle connection to {}", address());
            from.channel.close();
        }
    }

    private static String describe(Throwable e) {
        if (e == null) {
            return "unknown error";
        }
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }

    /** One connection and what is known about how it ended. */
    private static final class Link {
        final Channel channel;
        final MbapFrameDecoder decoder = new MbapFrameDecoder();
        /** Valid responses received on this connection. */
        int answered;

        Link(Channel channel) {
            this.channel = channel;
        }
    }

    /** The last handler of a connection's pipeline: hands frames, failures and idleness to the client. */
    private final class Handler extends SimpleChannelInboundHandler<MbapFrame> {
        final Link link;

        Handler(Link link) {
            this.link = link;
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, MbapFrame frame) {
            received(link, frame);
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            // after the decoder saw the end of the stream, so it knows whether a frame was cut short
            closed(link);
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            failed(link, cause);
        }

        @Override
        public void userEventTriggered(ChannelHandlerContext ctx, Object event) throws Exception {
            if (event instanceof IdleStateEvent) {
                idle(link);
            } else {
                super.userEventTriggered(ctx, event);
            }
        }
    }
}
