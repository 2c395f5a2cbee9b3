package io.openemp.simulator.internal;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoop;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.timeout.IdleStateHandler;
import io.netty.util.concurrent.ScheduledFuture;
import io.openemp.plugin.dlt645.api.Dlt645Frame;
import io.openemp.plugin.dlt645.api.FreezeReply;
import io.openemp.plugin.dlt645.api.FreezeRequest;
import io.openemp.plugin.dlt645.api.MeterAddress;
import io.openemp.plugin.gdw376.api.Address;
import io.openemp.plugin.gdw376.api.AuxInfo;
import io.openemp.plugin.gdw376.api.BcdTime;
import io.openemp.plugin.gdw376.api.Catalogue;
import io.openemp.plugin.gdw376.api.ControlField;
import io.openemp.plugin.gdw376.api.DataItem;
import io.openemp.plugin.gdw376.api.DataUnit;
import io.openemp.plugin.gdw376.api.DataUnitId;
import io.openemp.plugin.gdw376.api.Direction;
import io.openemp.plugin.gdw376.api.FnData;
import io.openemp.plugin.gdw376.api.Frame;
import io.openemp.plugin.gdw376.api.Replies;
import io.openemp.plugin.gdw376.api.Seq;
import io.openemp.plugin.gdw376.api.TimeTag;
import io.openemp.plugin.gdw376.api.TpCheck;
import io.openemp.plugin.gdw376.api.TransparentForward;
import io.openemp.simulator.Counter;
import io.openemp.simulator.FleetOptions;

/**
 * One simulated terminal. Its state lives on one event loop ({@link #loop()}): connections, timers and replies
 * all run there, so nothing here is locked. It logs in, heartbeats, answers AFN 0C / 0D / 10, reports, and
 * reconnects when the connection goes.
 */
public final class Terminal {

    private static final Logger LOG = LoggerFactory.getLogger(Terminal.class);
    private static final int LOGIN_ATTEMPTS = 3;
    /** Quiet seconds after which bytes of an unfinished frame are given up. */
    private static final int IDLE_RESYNC_SECONDS = 2;

    private final Fleet fleet;
    private final FleetOptions options;
    private final EventLoop loop;
    private final int number;
    private final Address address;
    private final List<Meter> meters;
    private final SplittableRandom random;
    private final Clock clock;
    private final Counters counters;

    private int pfc;
    private Channel channel;
    private volatile boolean connected;
    private volatile boolean loggedIn;
    private boolean stormPending;
    private boolean closed;

    private int loginSeq = -1;
    private int loginAttempts;
    private ScheduledFuture<?> loginTimer;
    private int heartbeatSeq = -1;
    private int missedHeartbeats;
    private ScheduledFuture<?> heartbeatTask;
    private ScheduledFuture<?> heartbeatTimer;
    private ScheduledFuture<?> reportTask;
    private int reportRound;
    private final PendingReport[] reports = new PendingReport[16];

    private static final class PendingReport {
        final byte[] bytes;
        int attempts;
        ScheduledFuture<?> timer;

        PendingReport(byte[] bytes) {
            this.bytes = bytes;
        }
    }

    Terminal(Fleet fleet, EventLoop loop, int number, List<Meter> meters, long seed) {
        this.fleet = fleet;
        this.options = fleet.options();
        this.loop = loop;
        this.number = number;
        this.address = new Address(Address.parseArea(options.areaCode()), number, false, 0);
        this.meters = List.copyOf(meters);
        this.random = new SplittableRandom(seed);
        this.clock = options.clock().withZone(options.zone());
        this.counters = fleet.counters();
    }

    public EventLoop loop() {
        return loop;
    }

    public int number() {
        return number;
    }

    public Address address() {
        return address;
    }

    public List<Meter> meters() {
        return meters;
    }

    public boolean connected() {
        return connected;
    }

    public boolean loggedIn() {
        return loggedIn;
    }

    // ------------------------------------------------------------------ connection

    void connect() {
        if (closed || fleet.closed()) {
            return;
        }
        ChannelFuture future = fleet.bootstrap().clone(loop).handler(new ChannelInitializer<SocketChannel>() {
            @Override
            protected void initChannel(SocketChannel ch) {
                ch.pipeline().addLast(new IdleStateHandler(IDLE_RESYNC_SECONDS, 0, 0),
                        new FrameDecoder(fleet.codec(), counters), new Handler());
            }
        }).connect(options.host(), options.port());
        future.addListener((ChannelFuture f) -> {
            if (!f.isSuccess()) {
                counters.add(Counter.CONNECT_FAILURES);
                reconnectLater();
            }
        });
    }

    private void reconnectLater() {
        if (closed || fleet.closed()) {
            return;
        }
        long delay = 0;
        if (!stormPending) {
            long base = options.reconnectDelay().toMillis();
            delay = base + (base > 0 ? random.nextLong(base + 1) : 0);
        }
        stormPending = false;
        loop.schedule(this::connect, delay, TimeUnit.MILLISECONDS);
    }

    void storm() {
        if (channel != null) {
            stormPending = true;
            channel.close();
        }
    }

    void close() {
        closed = true;
        if (channel != null) {
            channel.close();
        }
    }

    private final class Handler extends ChannelInboundHandlerAdapter {
        @Override
        public void channelActive(ChannelHandlerContext ctx) {
            channel = ctx.channel();
            connected = true;
            counters.add(Counter.CONNECTS);
            loginAttempts = 0;
            sendLogin();
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            connected = false;
            loggedIn = false;
            channel = null;
            counters.add(Counter.DISCONNECTS);
            resetSession();
            reconnectLater();
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            if (msg instanceof Frame frame) {
                try {
                    handle(frame);
                } catch (RuntimeException e) {
                    LOG.warn("terminal {}: could not handle {}", address, frame, e);
                    counters.add(Counter.FRAMES_IGNORED);
                }
            }
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            LOG.debug("terminal {}: {}", address, cause.toString());
            ctx.close();
        }
    }

    private void resetSession() {
        loginSeq = -1;
        heartbeatSeq = -1;
        missedHeartbeats = 0;
        cancel(loginTimer);
        cancel(heartbeatTask);
        cancel(heartbeatTimer);
        cancel(reportTask);
        for (int i = 0; i < reports.length; i++) {
            if (reports[i] != null) {
                cancel(reports[i].timer);
                reports[i] = null;
            }
        }
    }

    private static void cancel(ScheduledFuture<?> f) {
        if (f != null) {
            f.cancel(false);
        }
    }

    // ------------------------------------------------------------------ link: login, heartbeat

    private int nextSeq() {
        int seq = pfc & 0x0F;
        pfc = (pfc + 1) & 0xFF;
        return seq;
    }

    private void sendLogin() {
        loginSeq = nextSeq();
        write(encode(linkFrame(1, loginSeq)));
        counters.add(Counter.LOGINS_SENT);
        cancel(loginTimer);
        int seq = loginSeq;
        loginTimer = loop.schedule(() -> {
            if (!loggedIn && loginSeq == seq && channel != null) {
                counters.add(Counter.LOGIN_TIMEOUTS);
                if (++loginAttempts >= LOGIN_ATTEMPTS) {
                    channel.close();
                } else {
                    sendLogin();
                }
            }
        }, options.confirmTimeout().toMillis(), TimeUnit.MILLISECONDS);
    }

    private Frame linkFrame(int fn, int seq) {
        FnData empty = FnData.empty(Catalogue.standard().find(0x02, fn, Direction.UP));
        return new Frame(Frame.PROTOCOL_2013, new ControlField(Direction.UP, true, false, false, ControlField.LINK_TEST),
                address, 0x02, Seq.single(seq, false, true), List.of(new DataUnit(DataUnitId.of(0, fn),
                        List.of(new DataItem(0, fn, empty)))), null, AuxInfo.NONE);
    }

    private void onLoginConfirmed() {
        counters.add(Counter.LOGINS_CONFIRMED);
        loggedIn = true;
        cancel(loginTimer);
        long beat = options.heartbeat().toMillis();
        heartbeatTask = loop.scheduleAtFixedRate(this::heartbeat, beat, beat, TimeUnit.MILLISECONDS);
        if (!options.reportInterval().isZero()) {
            long every = options.reportInterval().toMillis();
            reportTask = loop.scheduleAtFixedRate(this::report, every, every, TimeUnit.MILLISECONDS);
        }
    }

    private void heartbeat() {
        if (channel == null) {
            return;
        }
        int seq = nextSeq();
        heartbeatSeq = seq;
        write(encode(linkFrame(3, seq)));
        counters.add(Counter.HEARTBEATS_SENT);
        cancel(heartbeatTimer);
        heartbeatTimer = loop.schedule(() -> {
            if (heartbeatSeq == seq && channel != null) {
                heartbeatSeq = -1;
                counters.add(Counter.HEARTBEATS_MISSED);
                if (++missedHeartbeats >= options.maxMissedHeartbeats()) {
                    channel.close();
                }
            }
        }, options.confirmTimeout().toMillis(), TimeUnit.MILLISECONDS);
    }

    // ------------------------------------------------------------------ frames from the master

    private void handle(Frame frame) {
        Address to = frame.address();
        boolean ours = to.areaCode() == address.areaCode() && (!to.group() && to.terminal() == number || to.broadcast());
        if (frame.direction() != Direction.DOWN || !ours) {
            counters.add(Counter.FRAMES_IGNORED);
            return;
        }
        if (!frame.control().prm()) {
            confirmation(frame);
            return;
        }
        counters.add(Counter.REQUESTS);
        TimeTag tp = frame.aux().tp();
        if (tp != null && tp.check(clock).status() == TpCheck.Status.EXPIRED) {
            counters.add(Counter.REQUESTS_EXPIRED);
            return;
        }
        switch (frame.afn()) {
            case 0x0C -> realtime(frame);
            case 0x0D -> history(frame);
            case 0x10 -> forward(frame);
            default -> deny(frame);
        }
    }

    /** AFN 00 from the master: F1 all confirmed, F2 all denied, F3 per unit (taken as confirmed). */
    private void confirmation(Frame frame) {
        if (frame.afn() != 0x00) {
            counters.add(Counter.FRAMES_IGNORED);
            return;
        }
        boolean denied = frame.items().stream().anyMatch(i -> i.fn() == 2)
                && frame.items().stream().noneMatch(i -> i.fn() == 1 || i.fn() == 3);
        int seq = frame.seq().number();
        if (!loggedIn && seq == loginSeq) {
            if (denied) {
                counters.add(Counter.LOGINS_DENIED);
                cancel(loginTimer);
                channel.close();
            } else {
                onLoginConfirmed();
            }
            return;
        }
        if (seq == heartbeatSeq) {
            heartbeatSeq = -1;
            missedHeartbeats = 0;
            cancel(heartbeatTimer);
            counters.add(Counter.HEARTBEATS_CONFIRMED);
            return;
        }
        PendingReport pending = reports[seq];
        if (pending != null) {
            cancel(pending.timer);
            reports[seq] = null;
            counters.add(denied ? Counter.REPORTS_ABANDONED : Counter.REPORTS_CONFIRMED);
            return;
        }
        counters.add(Counter.FRAMES_IGNORED);
    }

    private List<Integer> points(int pn) {
        if (pn == DataUnitId.ALL_POINTS) {
            List<Integer> all = new ArrayList<>(meters.size());
            for (int i = 1; i <= meters.size(); i++) {
                all.add(i);
            }
            return all;
        }
        return List.of(pn);
    }

    private Meter meter(int pn) {
        return pn >= 1 && pn <= meters.size() ? meters.get(pn - 1) : null;
    }

    private void realtime(Frame request) {
        LocalDateTime now = fleet.now();
        List<DataItem> items = new ArrayList<>();
        for (DataUnit unit : request.units()) {
            for (int p : unit.id().pns()) {
                for (int pn : points(p)) {
                    Meter meter = meter(pn);
                    if (pn != 0 && meter == null) {
                        continue;
                    }
                    for (int fn : unit.id().fns()) {
                        DataBuilder.realtime(fn, meter, now).ifPresent(d -> items.add(new DataItem(pn, fn, d)));
                    }
                }
            }
        }
        if (!items.isEmpty()) {
            counters.add(Counter.READS_0C);
        }
        respond(request, items);
    }

    private void history(Frame request) {
        LocalDateTime now = fleet.now();
        List<DataItem> items = new ArrayList<>();
        for (DataItem asked : request.items()) {
            Optional<LocalDate> day = day(asked.data());
            if (day.isEmpty()) {
                continue;
            }
            for (int pn : points(asked.pn())) {
                DataBuilder.history(asked.fn(), meter(pn), day.get(), now)
                        .ifPresent(d -> items.add(new DataItem(pn, asked.fn(), d)));
            }
        }
        if (!items.isEmpty()) {
            counters.add(Counter.READS_0D);
        }
        respond(request, items);
    }

    private static Optional<LocalDate> day(FnData data) {
        Optional<BcdTime> td = data.time("frozenDay");
        if (td.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(td.get().toLocalDate());
        } catch (DateTimeException | IllegalStateException e) {
            return Optional.empty();
        }
    }

    /** AFN 10 F1: the DL/T 645 frame goes to the addressed meter (or all, for a broadcast); its answer comes back. */
    private void forward(Frame request) {
        Optional<TransparentForward> forward = TransparentForward.of(request);
        if (forward.isEmpty()) {
            deny(request);
            return;
        }
        counters.add(Counter.FORWARDS);
        byte[] answer = new byte[0];
        io.openemp.plugin.dlt645.api.DecodeResult decoded = fleet.dlt645().decode(forward.get().content());
        if (decoded.isFrame()) {
            Dlt645Frame frame = decoded.frame();
            LocalDateTime now = fleet.now();
            MeterAddress to = frame.address();
            if (to.isBroadcast() && frame instanceof FreezeRequest freeze) {
                for (Meter meter : meters) {
                    if (MeterResponder.freeze(meter, freeze.time(), now)) {
                        counters.add(Counter.FREEZES);
                    }
                }
            } else {
                for (Meter meter : meters) {
                    if (meter.model().address().equals(to)) {
                        Optional<Dlt645Frame> reply = MeterResponder.answer(meter, frame, now);
                        if (reply.isPresent() && reply.get() instanceof FreezeReply) {
                            counters.add(Counter.FREEZES);
                        }
                        if (reply.isPresent()) {
                            answer = fleet.dlt645().encode(reply.get(), 4);
                            counters.add(Counter.METER_REPLIES);
                        }
                        break;
                    }
                }
            }
        }
        FnData data = FnData.of(Catalogue.standard().find(0x10, 1, Direction.UP),
                Map.of("port", (long) forward.get().port(), "content", answer));
        respond(request, List.of(new DataItem(0, 1, data)));
    }

    private void deny(Frame request) {
        counters.add(Counter.DENIALS);
        Frame deny = Replies.deny(request);
        sendReply(encode(new Frame(deny.protocolId(), deny.control(), address.withMsa(request.address().msa()), deny.afn(),
                deny.seq(), deny.units(), null, deny.aux())));
    }

    /** Sends the items as the answer to {@code request}, over several frames when large; denies when none. */
    private void respond(Frame request, List<DataItem> items) {
        if (items.isEmpty()) {
            deny(request);
            return;
        }
        List<List<DataItem>> frames = split(request.afn(), items);
        ControlField control = new ControlField(Direction.UP, false, false, false, ControlField.RESPONSE);
        TimeTag tp = request.aux().tp();
        for (int i = 0; i < frames.size(); i++) {
            Seq seq = new Seq(tp != null, i == 0, i == frames.size() - 1, false, (request.seq().number() + i) & 0x0F);
            // the reply carries the asking master station's MSA, and this terminal's own address even to a broadcast
            Frame reply = new Frame(Frame.PROTOCOL_2013, control, address.withMsa(request.address().msa()), request.afn(),
                    seq, units(frames.get(i)),
                    null, tp == null ? AuxInfo.NONE : new AuxInfo(null, null, tp));
            sendReply(encode(reply));
        }
    }

    private List<List<DataItem>> split(int afn, List<DataItem> items) {
        List<List<DataItem>> frames = new ArrayList<>();
        List<DataItem> current = new ArrayList<>();
        int size = 0;
        for (DataItem item : items) {
            int length = fleet.itemSize(afn, item);
            if (!current.isEmpty() && size + length > options.maxReplyBytes()) {
                frames.add(current);
                current = new ArrayList<>();
                size = 0;
            }
            current.add(item);
            size += length;
        }
        frames.add(current);
        return frames;
    }

    private static List<DataUnit> units(List<DataItem> items) {
        List<DataUnit> units = new ArrayList<>(items.size());
        for (DataItem item : items) {
            units.add(new DataUnit(DataUnitId.of(item.pn(), item.fn()), List.of(item)));
        }
        return units;
    }

    // ------------------------------------------------------------------ active reports

    /** Odd rounds: AFN 0C F129 of every meter; even rounds: AFN 0D F161 of yesterday. */
    private void report() {
        if (channel == null) {
            return;
        }
        reportRound++;
        LocalDateTime now = fleet.now();
        boolean realtime = reportRound % 2 == 1;
        List<DataItem> items = new ArrayList<>();
        for (Meter meter : meters) {
            int pn = meter.model().pn();
            Optional<FnData> data = realtime ? DataBuilder.realtime(129, meter, now)
                    : DataBuilder.history(161, meter, now.toLocalDate().minusDays(1), now);
            data.ifPresent(d -> items.add(new DataItem(pn, realtime ? 129 : 161, d)));
        }
        if (items.isEmpty()) {
            return;
        }
        ControlField control = new ControlField(Direction.UP, true, false, false, ControlField.USER_DATA);
        for (List<DataItem> part : split(realtime ? 0x0C : 0x0D, items)) {
            int seq = nextSeq();
            Frame frame = new Frame(Frame.PROTOCOL_2013, control, address, realtime ? 0x0C : 0x0D,
                    Seq.single(seq, false, true), units(part), null, AuxInfo.NONE);
            PendingReport old = reports[seq];
            if (old != null) {
                cancel(old.timer);
                counters.add(Counter.REPORTS_ABANDONED);
            }
            PendingReport pending = new PendingReport(encode(frame));
            reports[seq] = pending;
            counters.add(Counter.REPORTS_SENT);
            sendReport(seq, pending);
        }
    }

    private void sendReport(int seq, PendingReport pending) {
        write(pending.bytes);
        pending.timer = loop.schedule(() -> {
            if (reports[seq] != pending || channel == null) {
                return;
            }
            if (pending.attempts >= options.reportRetries()) {
                reports[seq] = null;
                counters.add(Counter.REPORTS_ABANDONED);
                return;
            }
            pending.attempts++;
            counters.add(Counter.REPORTS_RESENT);
            sendReport(seq, pending);
        }, options.confirmTimeout().toMillis(), TimeUnit.MILLISECONDS);
    }

    // ------------------------------------------------------------------ output and faults

    private byte[] encode(Frame frame) {
        return fleet.codec().encode(frame);
    }

    private boolean chance(double p) {
        return p > 0 && random.nextDouble() < p;
    }

    /** A reply to the master, through the fault options. */
    private void sendReply(byte[] bytes) {
        if (chance(options.drop())) {
            counters.add(Counter.FAULT_DROPPED);
            return;
        }
        byte[] out = bytes;
        if (chance(options.truncated())) {
            out = Arrays.copyOf(bytes, Math.max(1, bytes.length / 2));
            counters.add(Counter.FAULT_TRUNCATED);
        } else if (chance(options.badChecksum())) {
            out = bytes.clone();
            out[out.length - 2] = (byte) (out[out.length - 2] + 1);
            counters.add(Counter.FAULT_BAD_CHECKSUM);
        }
        counters.add(Counter.REPLIES);
        long max = options.delayMax().toMillis();
        if (max > 0) {
            long min = options.delayMin().toMillis();
            long delay = min + random.nextLong(max - min + 1);
            counters.add(Counter.FAULT_DELAYED);
            byte[] late = out;
            loop.schedule(() -> write(late), delay, TimeUnit.MILLISECONDS);
        } else {
            write(out);
        }
    }

    private void write(byte[] bytes) {
        Channel ch = channel;
        if (ch != null && ch.isActive()) {
            ch.writeAndFlush(Unpooled.wrappedBuffer(bytes));
        }
    }
}
