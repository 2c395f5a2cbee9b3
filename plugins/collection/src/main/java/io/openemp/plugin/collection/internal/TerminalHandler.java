package io.openemp.plugin.collection.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.timeout.IdleStateEvent;
import io.openemp.plugin.gdw376.api.ControlField;
import io.openemp.plugin.gdw376.api.DecodeResult;
import io.openemp.plugin.gdw376.api.Direction;
import io.openemp.plugin.gdw376.api.Frame;
import io.openemp.plugin.gdw376.api.Gdw376Codec;
import io.openemp.plugin.gdw376.api.Replies;
import io.openemp.plugin.gdw376.api.StreamDecoder;
import io.openemp.plugin.gdw376.api.StreamItem;

/**
 * One terminal connection. Bytes go through a {@link StreamDecoder} (its buffer never exceeds the frame limit;
 * rejected frames and junk are counted by reason and the connection stays open). Login (AFN 02 F1) and
 * heartbeat (F3) are confirmed with AFN 00; answers (PRM = 0) complete the master's requests; an active report
 * (AFN 0C/0D with PRM = 1) is stored, and confirmed only once the store has committed it. While a report waits
 * for the store the connection stops reading (back-pressure: the terminal's TCP window fills, it slows down)
 * and later frames wait in order behind it.
 */
final class TerminalHandler extends ChannelInboundHandlerAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(TerminalHandler.class);

    private final Station station;
    private final StreamDecoder decoder;
    private final ArrayDeque<Frame> inbox = new ArrayDeque<>();
    private TerminalSession session;
    private boolean storing;
    private ChannelHandlerContext ctx;

    TerminalHandler(Station station, Gdw376Codec codec) {
        this.station = station;
        this.decoder = new StreamDecoder(codec);
    }

    @Override
    public void channelActive(ChannelHandlerContext context) throws Exception {
        this.ctx = context;
        super.channelActive(context);
    }

    @Override
    public void channelRead(ChannelHandlerContext context, Object msg) {
        ByteBuf buf = (ByteBuf) msg;
        try {
            byte[] chunk = new byte[buf.readableBytes()];
            buf.readBytes(chunk);
            decoder.feed(chunk, this::item);
        } finally {
            buf.release();
        }
        drain();
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext context, Object evt) throws Exception {
        if (evt instanceof IdleStateEvent && decoder.buffered() > 0) {
            // A frame cut short must not hold back the next one for ever.
            decoder.resync(this::item);
            drain();
        }
        super.userEventTriggered(context, evt);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext context, Throwable cause) {
        LOG.debug("terminal connection {} failed", context.channel().remoteAddress(), cause);
        context.close();
    }

    private void item(StreamItem item) {
        if (item.result() instanceof DecodeResult.Decoded decoded) {
            inbox.add(decoded.frame());
        } else if (item.result() instanceof DecodeResult.Rejected rejected) {
            String who = session == null ? String.valueOf(ctx.channel().remoteAddress()) : session.id();
            station.rejected(who, rejected.rejection().reason().name(), rejected.rejection().toString());
        }
    }

    private void drain() {
        while (!storing && !inbox.isEmpty()) {
            handle(inbox.poll());
        }
    }

    private void handle(Frame frame) {
        if (frame.direction() != Direction.UP) {
            station.ignored("DOWNWARD_FRAME");
            return;
        }
        if (session != null) {
            session.seen(station.clock().instant());
        }
        ControlField c = frame.control();
        if (frame.afn() == 0x02 && c.prm()) {
            link(frame);
            return;
        }
        if (session == null) {
            station.ignored("NOT_LOGGED_IN");
            return;
        }
        if (!TerminalSession.key(frame.address()).equals(session.id())) {
            station.ignored("OTHER_ADDRESS");
            return;
        }
        if (!c.prm()) {
            if (!session.answer(frame)) {
                station.ignored("UNEXPECTED_ANSWER");
            }
            return;
        }
        if (frame.afn() == 0x0C || frame.afn() == 0x0D) {
            report(frame);
            return;
        }
        station.ignored("UNHANDLED_AFN");
        if (frame.seq().con()) {
            write(Replies.deny(frame));
        }
    }

    private void link(Frame frame) {
        List<Integer> fns = new ArrayList<>();
        frame.items().forEach(i -> fns.add(i.fn()));
        if (fns.contains(2)) {
            write(Replies.linkConfirm(frame));
            ctx.close();
            return;
        }
        if (fns.contains(1) || fns.contains(3)) {
            if (session == null || !TerminalSession.key(frame.address()).equals(session.id())) {
                session = station.sessions().login(frame.address(), ctx.channel());
            } else {
                session.seen(station.clock().instant());
            }
            write(Replies.linkConfirm(frame));
            return;
        }
        station.ignored("UNHANDLED_LINK_FN");
    }

    private void report(Frame frame) {
        storing = true;
        ctx.channel().config().setAutoRead(false);
        CompletableFuture<Integer> stored = station.storeReport(session, frame);
        stored.whenComplete((n, failure) -> ctx.channel().eventLoop().execute(() -> {
            if (failure == null) {
                // counted before the confirm leaves, so whoever holds the confirm also sees the count
                session.counters().report();
                if (frame.seq().con()) {
                    write(Replies.confirm(frame));
                }
            } else {
                LOG.warn("report of {} not stored, so not confirmed: {}", session.id(), failure.toString());
                if (frame.seq().con()) {
                    write(Replies.deny(frame));
                }
            }
            storing = false;
            ctx.channel().config().setAutoRead(true);
            drain();
        }));
    }

    private void write(Frame frame) {
        ctx.writeAndFlush(Unpooled.wrappedBuffer(station.codec().encode(frame)));
    }
}
