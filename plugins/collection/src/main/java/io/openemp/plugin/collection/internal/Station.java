package io.openemp.plugin.collection.internal;

import java.net.InetSocketAddress;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.timeout.IdleStateHandler;
import io.openemp.bus.api.EventBus;
import io.openemp.data.readings.api.Reading;
import io.openemp.data.readings.api.ReadingStore;
import io.openemp.plugin.collection.api.CollectionTask;
import io.openemp.plugin.collection.api.Counters;
import io.openemp.plugin.collection.api.DataItemSpec;
import io.openemp.plugin.collection.api.Statistics;
import io.openemp.plugin.collection.api.TaskMode;
import io.openemp.plugin.collection.api.TaskOutcome;
import io.openemp.plugin.dlt645.api.Dlt645Codec;
import io.openemp.plugin.gdw376.api.CodecOptions;
import io.openemp.plugin.gdw376.api.DataItem;
import io.openemp.plugin.gdw376.api.Frame;
import io.openemp.plugin.gdw376.api.Gdw376Codec;
import io.openemp.plugin.gdw376.api.RejectReason;
import io.openemp.plugin.modbus.api.ModbusMaster;
import io.openemp.plugin.modbus.api.ProfileCatalog;

/**
 * The master station without OSGi: the terminal server, the sessions, the reading batcher, the task runner and
 * scheduler, and the tasks (in the relational store). {@link CollectionComponent} wires it; tests build it on a
 * real reading store.
 */
final class Station implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Station.class);

    private final Settings settings;
    private final Clock clock;
    private final Gdw376Codec codec;
    private final Dlt645Codec dlt645 = new Dlt645Codec();
    private final Sessions sessions;
    private final ReadingBatcher batcher;
    private final ItemMapper mapper;
    private final TaskRepository repository;
    private final Supplier<ModbusMaster> modbus;
    private final Supplier<ProfileCatalog> profiles;
    private final Map<String, CollectionTask> tasks = new ConcurrentHashMap<>();
    private final Map<String, CounterSet> taskCounters = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> ignored = new ConcurrentHashMap<>();
    private final Map<String, ScheduledFuture<?>> scheduled = new ConcurrentHashMap<>();
    private final Set<String> running = ConcurrentHashMap.newKeySet();
    private final RateLimitedLog rejectLog = new RateLimitedLog(LOG, 10_000);
    private final EventLoopGroup boss;
    private final EventLoopGroup workers;
    private final ExecutorService pollers;
    /** Scheduled runs wait for their targets on the pollers, so they must not take a poller themselves. */
    private final ExecutorService scheduledRuns;
    private final ScheduledExecutorService timer;
    private final TaskRunner runner;
    private Channel server;

    Station(Settings settings, ReadingStore store, TaskRepository repository, Supplier<EventBus> bus,
            Supplier<ModbusMaster> modbus, Supplier<ProfileCatalog> profiles, Clock clock) throws SQLException {
        this.settings = settings;
        this.clock = clock;
        for (CollectionTask t : repository.list()) {
            tasks.put(t.id(), t);
        }
        this.codec = new Gdw376Codec(CodecOptions.defaults().withMaxFrameLength(settings.maxFrameLength()));
        this.sessions = new Sessions(clock, settings.heartbeatTimeout(), new DeviceEvents(bus), codec);
        this.batcher = new ReadingBatcher(store, settings.batchSize(), settings.batchDelay(), settings.maxPendingReadings());
        this.mapper = new ItemMapper(settings.zone());
        this.repository = repository;
        this.modbus = modbus;
        this.profiles = profiles;
        this.boss = new NioEventLoopGroup(1, named("collection-accept"));
        this.workers = new NioEventLoopGroup(0, named("collection-io"));
        this.pollers = Executors.newFixedThreadPool(settings.pollConcurrency(), named("collection-poll"));
        this.timer = Executors.newScheduledThreadPool(2, named("collection-timer"));
        this.scheduledRuns = Executors.newCachedThreadPool(named("collection-run"));
        this.runner = new TaskRunner(this, pollers);
    }

    private static java.util.concurrent.ThreadFactory named(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** Opens the terminal server and starts the offline sweep and the schedules. */
    void start() throws InterruptedException {
        int idleSeconds = 5;
        ServerBootstrap bootstrap = new ServerBootstrap().group(boss, workers).channel(NioServerSocketChannel.class)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ch.pipeline().addLast(new IdleStateHandler(idleSeconds, 0, 0, TimeUnit.SECONDS),
                                new TerminalHandler(Station.this, codec));
                    }
                });
        server = bootstrap.bind(settings.host(), settings.port()).sync().channel();
        LOG.info("collection master station listening for Q/GDW 1376.1 terminals on {}", server.localAddress());
        long sweep = Math.max(50, Math.min(1000, settings.heartbeatTimeout().toMillis() / 4));
        timer.scheduleWithFixedDelay(sessions::sweep, sweep, sweep, TimeUnit.MILLISECONDS);
        tasks.values().forEach(this::schedule);
    }

    int port() {
        return ((InetSocketAddress) server.localAddress()).getPort();
    }

    Settings settings() {
        return settings;
    }

    Clock clock() {
        return clock;
    }

    Gdw376Codec codec() {
        return codec;
    }

    Dlt645Codec dlt645() {
        return dlt645;
    }

    Sessions sessions() {
        return sessions;
    }

    ReadingBatcher batcher() {
        return batcher;
    }

    ItemMapper mapper() {
        return mapper;
    }

    EventLoopGroup group() {
        return workers;
    }

    ModbusMaster modbus() {
        return modbus.get();
    }

    ProfileCatalog profiles() {
        return profiles.get();
    }

    CounterSet taskCounters(String task) {
        return taskCounters.computeIfAbsent(task, k -> new CounterSet());
    }

    /** A frame or byte run the decoder refused: counted by the codec; logged here at most every 10 s a reason. */
    void rejected(String who, String reason, String detail) {
        rejectLog.warn(reason, "rejected bytes from terminal " + who + ": " + detail);
    }

    /** A decoded frame the station does not act on. */
    void ignored(String reason) {
        ignored.computeIfAbsent(reason, k -> new LongAdder()).increment();
    }

    // ------------------------------------------------------------------ active reports

    /** Stores the data of an active report by the items of the tasks naming its terminal (or the defaults). */
    CompletableFuture<Integer> storeReport(TerminalSession session, Frame frame) {
        CollectionTask task = taskFor(session.id());
        List<DataItemSpec> items = task == null ? ItemMapper.DEFAULT_ITEMS : task.items();
        Instant now = clock.instant();
        List<Reading> readings = new ArrayList<>();
        for (DataItem item : frame.items()) {
            for (DataItemSpec spec : items) {
                if (spec.afn() != null && spec.afn() == frame.afn() && spec.fn() != null && spec.fn() == item.fn()) {
                    ItemMapper.Mapped m = mapper.map(task, session.id(), frame.afn(), item, spec, now);
                    if (m.status() == ItemMapper.Status.VALUE) {
                        readings.add(m.reading());
                    }
                }
            }
        }
        if (readings.isEmpty()) {
            ignored("REPORT_WITHOUT_MAPPED_DATA");
        }
        return batcher.submit(readings).thenApply(n -> {
            session.counters().stored(n);
            if (task != null) {
                taskCounters(task.id()).report();
                taskCounters(task.id()).stored(n);
            }
            return n;
        });
    }

    /** The REPORT task naming the terminal, else any other task naming it, else none. */
    private CollectionTask taskFor(String terminal) {
        CollectionTask other = null;
        for (CollectionTask t : tasks.values()) {
            if (t.terminals() != null && t.terminals().contains(terminal)) {
                if (t.mode() == TaskMode.REPORT) {
                    return t;
                }
                other = other == null ? t : other;
            }
        }
        if (other != null) {
            return other;
        }
        for (CollectionTask t : tasks.values()) {
            if (t.mode() == TaskMode.REPORT && (t.terminals() == null || t.terminals().isEmpty())) {
                return t;
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ tasks

    List<CollectionTask> tasks() {
        return new ArrayList<>(new TreeMap<>(tasks).values());
    }

    Optional<CollectionTask> task(String id) {
        return Optional.ofNullable(tasks.get(id));
    }

    boolean create(CollectionTask task) throws SQLException {
        TaskValidator.check(task);
        if (!repository.insert(task, clock.instant())) {
            return false;
        }
        tasks.put(task.id(), task);
        schedule(task);
        return true;
    }

    boolean update(CollectionTask task) throws SQLException {
        TaskValidator.check(task);
        if (!repository.update(task, clock.instant())) {
            return false;
        }
        tasks.put(task.id(), task);
        schedule(task);
        return true;
    }

    boolean delete(String id) throws SQLException {
        boolean deleted = repository.delete(id);
        tasks.remove(id);
        ScheduledFuture<?> f = scheduled.remove(id);
        if (f != null) {
            f.cancel(false);
        }
        return deleted;
    }

    /** Runs {@code task} now and waits for its outcome; empty when a run of it is already going on. */
    Optional<TaskOutcome> run(CollectionTask task) throws InterruptedException {
        if (!running.add(task.id())) {
            return Optional.empty();
        }
        try {
            TaskOutcome outcome = runner.run(task);
            LOG.info("task {}: {} of {} items collected, {} absent, {} failed, {} retries, {} readings stored in {} ms",
                    task.id(), outcome.collected(), outcome.requested(), outcome.absent(), outcome.failed(),
                    outcome.retries(), outcome.stored(), outcome.durationMillis());
            return Optional.of(outcome);
        } finally {
            running.remove(task.id());
        }
    }

    private void schedule(CollectionTask task) {
        ScheduledFuture<?> old = scheduled.remove(task.id());
        if (old != null) {
            old.cancel(false);
        }
        if (server == null || !task.enabled() || task.schedule() == null || task.mode() == TaskMode.REPORT) {
            return;
        }
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(settings.zone()));
        Optional<ZonedDateTime> next = Schedules.next(task.schedule(), now);
        if (next.isEmpty()) {
            return;
        }
        long delay = Math.max(0, Duration.between(now, next.get()).toMillis());
        scheduled.put(task.id(), timer.schedule(() -> {
            CollectionTask current = tasks.get(task.id());
            if (current != task) {
                return; // updated or deleted meanwhile; the update scheduled itself
            }
            scheduledRuns.execute(() -> {
                try {
                    run(current);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (RuntimeException e) {
                    LOG.warn("scheduled run of task {} failed", current.id(), e);
                }
            });
            schedule(current);
        }, delay, TimeUnit.MILLISECONDS));
    }

    // ------------------------------------------------------------------ statistics

    Statistics statistics() {
        Map<String, Long> rejected = new LinkedHashMap<>();
        for (Map.Entry<RejectReason, Long> e : codec.statistics().byReason().entrySet()) {
            rejected.put(e.getKey().name(), e.getValue());
        }
        Map<String, Long> ignoredNow = new TreeMap<>();
        ignored.forEach((k, v) -> ignoredNow.put(k, v.sum()));
        Map<String, Counters> byTask = new TreeMap<>();
        taskCounters.forEach((k, v) -> byTask.put(k, v.snapshot()));
        Map<String, Counters> byTerminal = new TreeMap<>();
        sessions.allCounters().forEach((k, v) -> byTerminal.put(k, v.snapshot()));
        return new Statistics(sessions.onlineCount(), codec.statistics().decodedCount(), rejected, ignoredNow, byTask,
                byTerminal, batcher.pending());
    }

    @Override
    public void close() {
        scheduled.values().forEach(f -> f.cancel(false));
        timer.shutdownNow();
        pollers.shutdownNow();
        scheduledRuns.shutdownNow();
        if (server != null) {
            server.close().syncUninterruptibly();
        }
        workers.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
        boss.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
        batcher.close();
    }
}
