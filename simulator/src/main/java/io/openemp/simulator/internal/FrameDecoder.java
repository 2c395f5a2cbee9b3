package io.openemp.simulator.internal;

import java.util.ArrayList;
import java.util.List;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import io.netty.handler.timeout.IdleStateEvent;
import io.openemp.plugin.gdw376.api.DecodeResult;
import io.openemp.plugin.gdw376.api.FrameScanner;
import io.openemp.plugin.gdw376.api.Gdw376Codec;
import io.openemp.simulator.Counter;

/**
 * Splits the master's byte stream into Q/GDW 1376.1 frames with the codec's {@link FrameScanner} over Netty's
 * cumulation (no second buffer per connection); bytes that form no frame are skipped and counted. When the
 * connection has been quiet for a while (an {@link IdleStateEvent}), a frame still waiting for bytes is given up
 * one byte at a time, so a false start whose length claims bytes that never come cannot stall the terminal.
 */
final class FrameDecoder extends ByteToMessageDecoder {

    private final Gdw376Codec codec;
    private final FrameScanner scanner;
    private final Counters counters;

    FrameDecoder(Gdw376Codec codec, Counters counters) {
        this.codec = codec;
        this.scanner = new FrameScanner(codec.options().maxFrameLength());
        this.counters = counters;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        byte[] array;
        int base;
        if (in.hasArray()) {
            array = in.array();
            base = in.arrayOffset();
        } else {
            array = new byte[in.writerIndex()];
            in.getBytes(0, array, 0, array.length);
            base = 0;
        }
        while (in.isReadable()) {
            FrameScanner.Scan scan = scanner.scan(array, base + in.readerIndex(), base + in.writerIndex());
            if (scan.kind() == FrameScanner.Kind.NEED_MORE) {
                return;
            }
            if (scan.kind() == FrameScanner.Kind.SKIP) {
                in.skipBytes(scan.length());
                counters.add(Counter.BYTES_SKIPPED, scan.length());
                continue;
            }
            byte[] frame = new byte[scan.length()];
            in.readBytes(frame);
            DecodeResult result = codec.decode(frame);
            if (result instanceof DecodeResult.Decoded decoded) {
                out.add(decoded.frame());
            } else {
                counters.add(Counter.BYTES_SKIPPED, frame.length);
            }
        }
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) throws Exception {
        if (evt instanceof IdleStateEvent) {
            resync(ctx);
        }
        super.userEventTriggered(ctx, evt);
    }

    private void resync(ChannelHandlerContext ctx) {
        ByteBuf in = internalBuffer();
        List<Object> out = new ArrayList<>();
        while (in.isReadable()) {
            in.skipBytes(1);
            counters.add(Counter.BYTES_SKIPPED, 1);
            decode(ctx, in, out);
        }
        for (Object frame : out) {
            ctx.fireChannelRead(frame);
        }
    }
}
