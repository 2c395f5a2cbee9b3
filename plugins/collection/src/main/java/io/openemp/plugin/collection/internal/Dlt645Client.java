package io.openemp.plugin.collection.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.openemp.plugin.dlt645.api.Dlt645Codec;
import io.openemp.plugin.dlt645.api.Dlt645Frame;
import io.openemp.plugin.dlt645.api.FrameSplitter;

/**
 * A connection to a DL/T 645 meter behind a transparent TCP gateway (a serial server): one request at a time,
 * each answered by the next whole frame (the splitter skips wake-up bytes and junk) or failing after the
 * timeout. Not thread-safe: one caller per connection.
 */
final class Dlt645Client implements AutoCloseable {

    private final Channel channel;
    private final Dlt645Codec codec;
    private volatile CompletableFuture<Dlt645Frame> waiting;

    private Dlt645Client(Channel channel, Dlt645Codec codec) {
        this.channel = channel;
        this.codec = codec;
    }

    /** Connects to {@code host:port} within {@code timeoutMillis}. */
    static Dlt645Client connect(EventLoopGroup group, Dlt645Codec codec, String host, int port, int timeoutMillis)
            throws InterruptedException, ExecutionException {
        Dlt645Client[] client = new Dlt645Client[1];
        Bootstrap bootstrap = new Bootstrap().group(group).channel(NioSocketChannel.class)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, timeoutMillis)
                .handler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ch.pipeline().addLast(new ChannelInboundHandlerAdapter() {
                            private final FrameSplitter splitter = new FrameSplitter(codec, codec.maxFrameLength() * 4,
                                    (frame, offset) -> client[0].received(frame));

                            @Override
                            public void channelRead(ChannelHandlerContext ctx, Object msg) {
                                ByteBuf buf = (ByteBuf) msg;
                                try {
                                    byte[] bytes = new byte[buf.readableBytes()];
                                    buf.readBytes(bytes);
                                    splitter.feed(bytes);
                                } finally {
                                    buf.release();
                                }
                            }

                            @Override
                            public void channelInactive(ChannelHandlerContext ctx) {
                                CompletableFuture<Dlt645Frame> w = client[0].waiting;
                                if (w != null) {
                                    w.completeExceptionally(new IllegalStateException("the gateway closed the connection"));
                                }
                            }

                            @Override
                            public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
                                ctx.close();
                            }
                        });
                    }
                });
        // the handler refers to client[0] only once bytes arrive, after it is set below
        io.netty.channel.ChannelFuture connected = bootstrap.connect(host, port).await();
        if (!connected.isSuccess()) {
            throw new ExecutionException(connected.cause());
        }
        Channel ch = connected.channel();
        client[0] = new Dlt645Client(ch, codec);
        return client[0];
    }

    private void received(Dlt645Frame frame) {
        CompletableFuture<Dlt645Frame> w = waiting;
        if (w != null && frame.control().direction() == io.openemp.plugin.dlt645.api.Direction.METER_TO_MASTER) {
            w.complete(frame);
        }
    }

    /** Sends {@code request} and waits for the meter's frame. */
    Dlt645Frame exchange(Dlt645Frame request, long timeoutMillis)
            throws InterruptedException, ExecutionException, TimeoutException {
        CompletableFuture<Dlt645Frame> answer = new CompletableFuture<>();
        waiting = answer;
        try {
            channel.writeAndFlush(Unpooled.wrappedBuffer(codec.encode(request, 4)));
            return answer.get(timeoutMillis, TimeUnit.MILLISECONDS);
        } finally {
            waiting = null;
        }
    }

    @Override
    public void close() {
        channel.close();
    }
}
