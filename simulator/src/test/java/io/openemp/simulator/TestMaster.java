package io.openemp.simulator;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.openemp.plugin.gdw376.api.DecodeResult;
import io.openemp.plugin.gdw376.api.Direction;
import io.openemp.plugin.gdw376.api.Frame;
import io.openemp.plugin.gdw376.api.Gdw376Codec;
import io.openemp.plugin.gdw376.api.RejectReason;
import io.openemp.plugin.gdw376.api.Replies;
import io.openemp.plugin.gdw376.api.StreamDecoder;
import io.openemp.plugin.gdw376.api.StreamItem;

/**
 * A small master station for the tests, on a real socket on 127.0.0.1: confirms logins and heartbeats (unless
 * told not to), confirms reports (unless told not to), keeps every frame and rejection it received, and sends
 * what a test asks to a terminal.
 */
final class TestMaster implements AutoCloseable {

    final Gdw376Codec codec = new Gdw376Codec();
    final NioEventLoopGroup group = new NioEventLoopGroup(1);
    final Channel server;
    final Map<Integer, Channel> terminals = new ConcurrentHashMap<>();
    final List<Frame> received = new CopyOnWriteArrayList<>();
    final List<RejectReason> rejections = new CopyOnWriteArrayList<>();
    final AtomicInteger connections = new AtomicInteger();
    final AtomicInteger logins = new AtomicInteger();
    volatile boolean confirmLogins = true;
    volatile boolean denyLogins;
    volatile boolean confirmHeartbeats = true;
    volatile boolean confirmReports = true;

    TestMaster() throws InterruptedException {
        server = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        connections.incrementAndGet();
                        ch.pipeline().addLast(new Connection());
                    }
                }).bind("127.0.0.1", 0).sync().channel();
    }

    int port() {
        return ((InetSocketAddress) server.localAddress()).getPort();
    }

    private final class Connection extends ChannelInboundHandlerAdapter {
        final StreamDecoder decoder = new StreamDecoder(codec);

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            ByteBuf buf = (ByteBuf) msg;
            byte[] bytes = ByteBufUtil.getBytes(buf);
            buf.release();
            decoder.feed(bytes, item -> handle(ctx.channel(), item));
        }
    }

    private void handle(Channel ch, StreamItem item) {
        if (!(item.result() instanceof DecodeResult.Decoded decoded)) {
            rejections.add(((DecodeResult.Rejected) item.result()).rejection().reason());
            return;
        }
        Frame frame = decoded.frame();
        received.add(frame);
        if (frame.direction() != Direction.UP || !frame.control().prm()) {
            return;
        }
        if (frame.afn() == 0x02) {
            boolean login = frame.item(0, 1).isPresent();
            if (login) {
                logins.incrementAndGet();
                terminals.put(frame.address().terminal(), ch);
                if (denyLogins) {
                    send(ch, Replies.deny(frame));
                } else if (confirmLogins) {
                    send(ch, Replies.linkConfirm(frame));
                }
            } else if (confirmHeartbeats) {
                send(ch, Replies.linkConfirm(frame));
            }
        } else if (confirmReports) {
            send(ch, Replies.confirm(frame));
        }
    }

    private void send(Channel ch, Frame frame) {
        ch.writeAndFlush(Unpooled.wrappedBuffer(codec.encode(frame)));
    }

    /** Sends {@code frame} to the terminal with A2 {@code terminal}. */
    void send(int terminal, Frame frame) {
        sendBytes(terminal, codec.encode(frame));
    }

    void sendBytes(int terminal, byte[] bytes) {
        Channel ch = terminals.get(terminal);
        if (ch == null) {
            throw new AssertionError("terminal " + terminal + " is not connected");
        }
        ch.writeAndFlush(Unpooled.wrappedBuffer(bytes));
    }

    /** The first received frame (from now on or already kept) matching, or null after the timeout. */
    Frame await(Predicate<Frame> match, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            for (Frame f : received) {
                if (match.test(f)) {
                    return f;
                }
            }
            Thread.sleep(5);
        }
        return null;
    }

    /** A response (PRM 0, upward) of terminal {@code terminal} with AFN {@code afn} arriving after this call. */
    Frame response(int terminal, int afn, Runnable send, Duration timeout) throws InterruptedException {
        int from = received.size();
        send.run();
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            for (int i = from; i < received.size(); i++) {
                Frame f = received.get(i);
                if (f.direction() == Direction.UP && !f.control().prm() && f.afn() == afn && f.address().terminal() == terminal) {
                    return f;
                }
            }
            Thread.sleep(5);
        }
        return null;
    }

    static boolean eventually(java.util.function.BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                return false;
            }
            Thread.sleep(5);
        }
        return true;
    }

    @Override
    public void close() {
        server.close();
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly(3, TimeUnit.SECONDS);
    }
}
