package io.openemp.plugin.modbus.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.openemp.plugin.modbus.api.DeviceProfile;
import io.openemp.plugin.modbus.api.ErrorKind;
import io.openemp.plugin.modbus.api.ModbusEndpoint;
import io.openemp.plugin.modbus.api.ModbusMaster;
import io.openemp.plugin.modbus.api.ModbusStats;
import io.openemp.plugin.modbus.api.PointError;
import io.openemp.plugin.modbus.api.PointValue;
import io.openemp.plugin.modbus.api.ProfileValidator;
import io.openemp.plugin.modbus.api.Quality;
import io.openemp.plugin.modbus.api.ReadOptions;
import io.openemp.plugin.modbus.api.ReadResult;

/**
 * The {@link ModbusMaster} on Netty: plans the requests of a profile, sends them through the endpoint's pooled
 * connection, retries what may succeed on a second try, splits a block refused with "illegal data address" into
 * single points, decodes the values and assembles one {@link PointValue} per point. Plain Java: the OSGi component
 * and the tests create it with {@link MasterSettings}; {@link #close()} stops its I/O threads.
 */
public final class NettyModbusMaster implements ModbusMaster, AutoCloseable {

    private static final int ILLEGAL_DATA_ADDRESS = 2;

    private final MasterSettings settings;
    private final EventLoopGroup group;
    private final Counters counters = new Counters();
    private final ConnectionPool pool;

    NettyModbusMaster(MasterSettings settings) {
        this.settings = settings;
        this.group = new NioEventLoopGroup(settings.ioThreads(), new DefaultThreadFactory("modbus-io", true));
        this.pool = new ConnectionPool(group, counters, settings);
    }

    @Override
    public CompletableFuture<ReadResult> readAsync(ModbusEndpoint endpoint, DeviceProfile profile, ReadOptions options) {
        if (endpoint == null) {
            throw new IllegalArgumentException("endpoint: required");
        }
        endpoint.check();
        ReadOptions given = options == null ? ReadOptions.DEFAULTS : options.check();
        ProfileValidator.check(profile);
        long timeout = given.timeoutMillis() == null ? settings.timeoutMillis() : given.timeoutMillis();
        int retries = given.retries() == null ? settings.retries() : given.retries();
        Instant started = Instant.now();
        long start = System.nanoTime();
        List<Point> points = ReadPlanner.points(profile, endpoint.defaultUnitId());
        List<Block> blocks = ReadPlanner.plan(profile, endpoint.defaultUnitId());
        PointValue[] values = new PointValue[points.size()];
        AtomicInteger requests = new AtomicInteger();
        EndpointClient client = pool.client(endpoint);
        List<CompletableFuture<Void>> parts = new ArrayList<>();
        for (Block block : blocks) {
            if (client == null) {
                fail(block, PointError.of(ErrorKind.CONNECTION, "too many endpoints open (at most "
                        + settings.maxEndpoints() + "); " + endpoint.address() + " was not contacted"), Instant.now(), values);
            } else {
                parts.add(read(client, block, timeout, retries, requests, values));
            }
        }
        return CompletableFuture.allOf(parts.toArray(CompletableFuture[]::new)).thenApplyAsync(done -> {
            int good = (int) Arrays.stream(values).filter(v -> v.quality() == Quality.GOOD).count();
            return new ReadResult(profile.id(), endpoint.address(), started,
                    Duration.ofNanos(System.nanoTime() - start).toMillis(), requests.get(), good, values.length - good,
                    Arrays.asList(values));
        }, ForkJoinPool.commonPool());
    }

    /** Reads {@code block} (with up to {@code retries} more tries) and fills the values of its points. */
    private CompletableFuture<Void> read(EndpointClient client, Block block, long timeout, int retries,
            AtomicInteger requests, PointValue[] values) {
        Transaction tx = new Transaction(block, timeout);
        requests.incrementAndGet();
        client.submit(tx);
        return tx.outcome.thenCompose(outcome -> {
            if (outcome.ok()) {
                for (Point point : block.points()) {
                    values[point.index()] = value(point, ValueDecoder.decode(point, block, outcome.data()), outcome.at());
                }
                return CompletableFuture.completedFuture(null);
            }
            if (outcome.retryable() && retries > 0) {
                counters.retries.increment();
                return read(client, block, timeout, retries - 1, requests, values);
            }
            PointError error = outcome.error();
            if (error.kind() == ErrorKind.DEVICE_EXCEPTION && error.exceptionCode() == ILLEGAL_DATA_ADDRESS
                    && block.points().size() > 1) {
                List<CompletableFuture<Void>> singles = new ArrayList<>();
                for (Point point : block.points()) {
                    singles.add(read(client, Block.single(point), timeout, retries, requests, values));
                }
                return CompletableFuture.allOf(singles.toArray(CompletableFuture[]::new));
            }
            fail(block, error, outcome.at(), values);
            return CompletableFuture.completedFuture(null);
        });
    }

    private static PointValue value(Point point, BigDecimal value, Instant at) {
        var d = point.definition();
        if (value == null) {
            return new PointValue(d.name(), d.readingType(), d.unit(), null, at, Quality.INVALID,
                    PointError.of(ErrorKind.INVALID_VALUE, point.type().code() + " registers at address " + point.address()
                            + " hold no number (NaN or infinity)"));
        }
        return new PointValue(d.name(), d.readingType(), d.unit(), value, at, Quality.GOOD, null);
    }

    private static void fail(Block block, PointError error, Instant at, PointValue[] values) {
        for (Point point : block.points()) {
            var d = point.definition();
            values[point.index()] = new PointValue(d.name(), d.readingType(), d.unit(), null, at, Quality.BAD, error);
        }
    }

    @Override
    public ModbusStats stats() {
        return counters.snapshot();
    }

    /** Endpoints with a pooled client now (for tests and diagnostics). */
    int endpoints() {
        return pool.size();
    }

    @Override
    public void close() {
        pool.close();
        group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    }
}
