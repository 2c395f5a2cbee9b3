package io.openemp.plugin.efficiency.monitoring.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

import io.openemp.data.readings.api.Aggregate;
import io.openemp.data.readings.api.Aggregation;
import io.openemp.data.readings.api.AggregationPeriod;
import io.openemp.data.readings.api.MeterDirectory;
import io.openemp.data.readings.api.Point;
import io.openemp.data.readings.api.ReadingInputException;
import io.openemp.data.readings.api.ReadingStore;
import io.openemp.data.readings.api.ReadingStoreException;
import io.openemp.data.readings.api.ReadingTypeInfo;
import io.openemp.data.readings.api.Series;
import io.openemp.plugin.api.RpcException;
import io.openemp.plugin.efficiency.monitoring.api.MeterLink;

/**
 * Reads a node's energy from the reading store: the interval series (for curves, demand and bands) by
 * {@link ReadingStore#query}, and plain totals (for comparisons, parents and children) by
 * {@link ReadingStore#aggregate}, which sums inside the store without handing every reading over. The meters of
 * a node are read in parallel on the configured pool.
 *
 * <p>An interval reading stamped {@code t} covers {@code (t - interval, t]}: it belongs to a range
 * {@code [from, to)} when {@code from < t <= to}, as the store's aggregates count it.
 */
final class NodeReader {

    /** Error code: the reading store refused a read (a meter or reading type it does not know). */
    static final int READ_REFUSED = 4603;

    private static final int PAGE = 10_000;

    /** Set while a task runs on the pool: reads it starts run inline, so nested reads cannot starve the pool. */
    private static final ThreadLocal<Boolean> ON_POOL = ThreadLocal.withInitial(() -> false);

    private final ReadingStore store;
    private final MeterDirectory directory;
    private final Executor pool;

    NodeReader(ReadingStore store, MeterDirectory directory, Executor pool) {
        this.store = store;
        this.directory = directory;
        this.pool = pool;
    }

    /** The interval of an energy reading type, which must be an interval type summed over periods. */
    int interval(String readingType) throws RpcException {
        ReadingTypeInfo info = directory.readingType(readingType).orElseThrow(() -> new RpcException(READ_REFUSED,
                "The configured reading type '" + readingType + "' is unknown to the meter directory"));
        if (info.intervalSeconds() <= 0 || info.aggregation() != Aggregation.SUM) {
            throw new RpcException(READ_REFUSED, "The configured reading type '" + readingType
                    + "' must be interval energy (summed, interval above 0)");
        }
        return info.intervalSeconds();
    }

    boolean meterExists(String meter) {
        return directory.meterKey(meter).isPresent();
    }

    /**
     * The node's signed interval energies. Each page of each meter is merged as it arrives into one slot array per
     * node, so memory grows with the number of intervals, not with meters x intervals.
     */
    Curve curve(List<MeterLink> meters, String readingType, Instant from, Instant to) throws RpcException {
        Curve curve = new Curve(interval(readingType), from, to);
        parallel(meters, m -> {
            boolean subtract = m.sign() < 0;
            Instant next = from.plusMillis(1);
            Instant end = to.plusMillis(1);
            while (next != null) {
                Series s = store.query(m.meter(), readingType, next, end, PAGE);
                synchronized (curve) {
                    for (Point p : s.points()) {
                        curve.add(p.at(), subtract ? p.value().negate() : p.value());
                    }
                }
                next = s.next();
            }
            return null;
        });
        synchronized (curve) {
            return curve;
        }
    }

    /**
     * Runs {@code task} for each item on the pool (inline when there is one item or when already on the pool) and
     * returns the results in order; the first failure is thrown.
     */
    <I, T> List<T> each(List<I> items, Task<I, T> task) throws RpcException {
        List<CompletableFuture<T>> futures = new ArrayList<>(items.size());
        for (I item : items) {
            futures.add(items.size() == 1 || ON_POOL.get() ? run(task, item) : CompletableFuture.supplyAsync(() -> {
                ON_POOL.set(true);
                try {
                    return call(task, item);
                } finally {
                    ON_POOL.set(false);
                }
            }, pool));
        }
        List<T> out = new ArrayList<>(items.size());
        for (CompletableFuture<T> f : futures) {
            try {
                out.add(f.join());
            } catch (CompletionException e) {
                if (e.getCause() instanceof Wrapped w) {
                    throw w.rpc;
                }
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }
        return out;
    }

    /** A task over one item that may answer an RPC error. */
    interface Task<I, T> {
        T apply(I item) throws RpcException;
    }

    private static <I, T> CompletableFuture<T> run(Task<I, T> task, I item) {
        try {
            return CompletableFuture.completedFuture(call(task, item));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private static <I, T> T call(Task<I, T> task, I item) {
        try {
            return task.apply(item);
        } catch (RpcException e) {
            throw new Wrapped(e);
        }
    }

    private static final class Wrapped extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient RpcException rpc;

        Wrapped(RpcException rpc) {
            super(null, null, false, false);
            this.rpc = rpc;
        }
    }

    /** The signed sum of the meters' energy over {@code [from, to)}, or null when none has a reading in it. */
    BigDecimal total(List<MeterLink> meters, String readingType, Instant from, Instant to) throws RpcException {
        return total(meters, readingType, from, to, false);
    }

    /**
     * @param everyMeter true: null unless every meter has a reading in the range (a power factor from the reactive
     *        energy of some meters against the active energy of all would be wrong)
     */
    BigDecimal total(List<MeterLink> meters, String readingType, Instant from, Instant to, boolean everyMeter)
            throws RpcException {
        if (meters.isEmpty() || !from.isBefore(to)) {
            return null;
        }
        List<BigDecimal> sums = parallel(meters, m -> sum(m.meter(), readingType, from, to));
        if (everyMeter && sums.contains(null)) {
            return null;
        }
        BigDecimal total = null;
        for (int i = 0; i < meters.size(); i++) {
            BigDecimal s = sums.get(i);
            if (s != null) {
                BigDecimal signed = meters.get(i).sign() < 0 ? s.negate() : s;
                total = total == null ? signed : total.add(signed);
            }
        }
        return total;
    }

    private BigDecimal sum(String meter, String readingType, Instant from, Instant to) {
        BigDecimal sum = null;
        // The periods are clipped to [from, to), so their sum is the range's whatever the meter's zone.
        for (Aggregate a : store.aggregate(meter, readingType, from, to, AggregationPeriod.P1M).periods()) {
            if (a.value() != null) {
                sum = sum == null ? a.value() : sum.add(a.value());
            }
        }
        return sum;
    }

    private interface Read<T> {
        T apply(MeterLink meter);
    }

    private <T> List<T> parallel(List<MeterLink> meters, Read<T> read) throws RpcException {
        List<CompletableFuture<T>> futures = new ArrayList<>(meters.size());
        for (MeterLink m : meters) {
            Supplier<T> task = () -> read.apply(m);
            futures.add(meters.size() == 1 || ON_POOL.get()
                    ? CompletableFuture.completedFuture(null).thenApply(x -> task.get())
                    : CompletableFuture.supplyAsync(() -> {
                        ON_POOL.set(true);
                        try {
                            return task.get();
                        } finally {
                            ON_POOL.set(false);
                        }
                    }, pool));
        }
        List<T> out = new ArrayList<>(meters.size());
        for (int i = 0; i < futures.size(); i++) {
            try {
                out.add(futures.get(i).join());
            } catch (CompletionException e) {
                throw translate(meters.get(i).meter(), e.getCause());
            }
        }
        return out;
    }

    private static RpcException translate(String meter, Throwable cause) {
        if (cause instanceof ReadingInputException r) {
            return new RpcException(READ_REFUSED, "The reading store refused meter '" + meter + "': " + r.field() + " "
                    + r.reason(), Map.of("meter", meter, "field", r.field(), "reason", r.reason()));
        }
        if (cause instanceof ReadingStoreException) {
            org.slf4j.LoggerFactory.getLogger(NodeReader.class).error("reading meter {} failed", meter, cause);
            return new RpcException(Sql.STORE_FAILED, "The reading store could not read meter '" + meter + "'");
        }
        if (cause instanceof RuntimeException r) {
            throw r;
        }
        throw new IllegalStateException(cause);
    }
}
