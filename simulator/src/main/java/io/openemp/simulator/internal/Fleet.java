package io.openemp.simulator.internal;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.util.concurrent.Future;
import io.netty.util.concurrent.ScheduledFuture;
import io.openemp.plugin.dlt645.api.Dlt645Codec;
import io.openemp.plugin.gdw376.api.Address;
import io.openemp.plugin.gdw376.api.AuxInfo;
import io.openemp.plugin.gdw376.api.ControlField;
import io.openemp.plugin.gdw376.api.DataItem;
import io.openemp.plugin.gdw376.api.DataUnit;
import io.openemp.plugin.gdw376.api.DataUnitId;
import io.openemp.plugin.gdw376.api.Direction;
import io.openemp.plugin.gdw376.api.Frame;
import io.openemp.plugin.gdw376.api.Gdw376Codec;
import io.openemp.plugin.gdw376.api.Seq;
import io.openemp.simulator.Counter;
import io.openemp.simulator.FleetOptions;

/**
 * The running fleet: one Netty event loop group shared by every terminal (each terminal bound to one loop, so its
 * state is single-threaded), the codecs, the counters, the storm timer.
 */
public final class Fleet {

    /** 68 L L 68, C, A (5), AFN, SEQ, CS, 16. */
    private static final int FRAME_OVERHEAD = 16;

    private final FleetOptions options;
    private final Map<Integer, Integer> itemSizes = new ConcurrentHashMap<>();
    private final NioEventLoopGroup group;
    private final Bootstrap bootstrap;
    private final Gdw376Codec codec = new Gdw376Codec();
    private final Dlt645Codec dlt645 = new Dlt645Codec();
    private final Counters counters = new Counters();
    private final List<Terminal> terminals;
    private volatile boolean closed;
    private ScheduledFuture<?> storms;
    private ScheduledFuture<?> stormOnce;

    public Fleet(FleetOptions options) {
        this.options = options;
        this.group = new NioEventLoopGroup(options.threads());
        this.bootstrap = new Bootstrap().channel(NioSocketChannel.class)
                // heap buffers: the frame scanner reads the cumulation's array in place
                .option(ChannelOption.ALLOCATOR, new PooledByteBufAllocator(false))
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 10_000);
        LoadShape shape = LoadShape.uci();
        List<Terminal> list = new ArrayList<>(options.terminals());
        for (int i = 0; i < options.terminals(); i++) {
            int number = options.firstTerminal() + i;
            List<Meter> meters = new ArrayList<>(options.meters());
            for (int pn = 1; pn <= options.meters(); pn++) {
                meters.add(new Meter(new MeterModel(shape, options.seed(), options.areaCode(), number, pn)));
            }
            list.add(new Terminal(this, (EventLoop) group.next(), number, meters, options.seed() ^ ((long) number << 20)));
        }
        this.terminals = Collections.unmodifiableList(list);
    }

    public void start() {
        long spread = options.rampUp().toNanos();
        int n = terminals.size();
        for (int i = 0; i < n; i++) {
            Terminal t = terminals.get(i);
            long at = n > 1 ? spread / n * i : 0;
            t.loop().schedule(t::connect, at, TimeUnit.NANOSECONDS);
        }
        if (!options.stormEvery().isZero()) {
            long period = options.stormEvery().toMillis();
            storms = group.next().scheduleAtFixedRate(this::storm, period, period, TimeUnit.MILLISECONDS);
        }
        if (!options.stormAt().isZero()) {
            stormOnce = group.next().schedule(this::storm, options.stormAt().toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Every terminal drops its connection and reconnects at once. */
    public void storm() {
        if (closed) {
            return;
        }
        counters.add(Counter.STORMS);
        for (Terminal t : terminals) {
            t.loop().execute(t::storm);
        }
    }

    public void close() {
        closed = true;
        if (storms != null) {
            storms.cancel(false);
        }
        if (stormOnce != null) {
            stormOnce.cancel(false);
        }
        List<Future<?>> done = new ArrayList<>();
        for (Terminal t : terminals) {
            done.add(t.loop().submit(t::close));
        }
        for (Future<?> f : done) {
            f.awaitUninterruptibly(2, TimeUnit.SECONDS);
        }
        group.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
    }

    public boolean closed() {
        return closed;
    }

    public FleetOptions options() {
        return options;
    }

    Bootstrap bootstrap() {
        return bootstrap;
    }

    public Gdw376Codec codec() {
        return codec;
    }

    public Dlt645Codec dlt645() {
        return dlt645;
    }

    public Counters counters() {
        return counters;
    }

    public List<Terminal> terminals() {
        return terminals;
    }

    /** The terminals' local time now. */
    public LocalDateTime now() {
        return LocalDateTime.ofInstant(options.clock().instant(), options.zone());
    }

    /**
     * Bytes an item takes in a frame (its DA, DT and data), measured once per AFN and Fn by encoding it alone:
     * the simulator's items of one Fn always have the same size (a fixed tariff count).
     */
    int itemSize(int afn, DataItem item) {
        return itemSizes.computeIfAbsent(afn << 8 | item.fn(), k -> {
            Frame alone = new Frame(Frame.PROTOCOL_2013, new ControlField(Direction.UP, false, false, false,
                    ControlField.RESPONSE), new Address(0, 0, false, 0), afn, Seq.single(0, false, false),
                    List.of(new DataUnit(DataUnitId.of(item.pn(), item.fn()), List.of(item))), null, AuxInfo.NONE);
            return codec.encode(alone).length - FRAME_OVERHEAD;
        });
    }

    public int online() {
        int n = 0;
        for (Terminal t : terminals) {
            n += t.connected() ? 1 : 0;
        }
        return n;
    }

    public int loggedIn() {
        int n = 0;
        for (Terminal t : terminals) {
            n += t.loggedIn() ? 1 : 0;
        }
        return n;
    }
}
