package io.openemp.plugin.collection.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.openemp.data.readings.api.Reading;
import io.openemp.data.readings.api.ReadingInputException;
import io.openemp.data.readings.api.ReadingStore;

/**
 * Gathers readings from every connection and poll into batches for the {@link ReadingStore}: a batch is written
 * when it holds {@code batchSize} readings or its first reading has waited {@code batchDelay}. Each submission's
 * future completes only after the append that holds it has committed, so a terminal is confirmed only for what
 * is durable. One writer thread: a slow store makes the queue grow, {@link #awaitCapacity} makes pollers wait,
 * and connections stop reading while their report is pending (see {@link TerminalHandler}).
 */
final class ReadingBatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ReadingBatcher.class);
    private static final int STORE_ATTEMPTS = 3;

    /** One caller's readings and the future it waits on. */
    private record Submission(List<Reading> readings, CompletableFuture<Integer> done) {
    }

    private final ReadingStore store;
    private final int batchSize;
    private final long delayNanos;
    private final long maxPending;
    private final BlockingQueue<Submission> queue = new LinkedBlockingQueue<>();
    private final AtomicLong pending = new AtomicLong();
    private final Object capacity = new Object();
    private final Thread writer;
    private volatile boolean running = true;

    ReadingBatcher(ReadingStore store, int batchSize, Duration batchDelay, long maxPending) {
        this.store = store;
        this.batchSize = Math.min(batchSize, ReadingStore.MAX_BATCH);
        this.delayNanos = batchDelay.toNanos();
        this.maxPending = maxPending;
        this.writer = new Thread(this::run, "collection-reading-writer");
        writer.setDaemon(true);
        writer.start();
    }

    /**
     * Queues {@code readings} (at most {@link ReadingStore#MAX_BATCH}); the future gives how many were committed,
     * or fails when the store refused them. Never blocks.
     */
    CompletableFuture<Integer> submit(List<Reading> readings) {
        if (readings.isEmpty()) {
            return CompletableFuture.completedFuture(0);
        }
        if (!running) {
            return CompletableFuture.failedFuture(new IllegalStateException("the master station is stopping"));
        }
        if (readings.size() > ReadingStore.MAX_BATCH) {
            throw new IllegalArgumentException("at most " + ReadingStore.MAX_BATCH + " readings at once");
        }
        CompletableFuture<Integer> done = new CompletableFuture<>();
        pending.addAndGet(readings.size());
        queue.add(new Submission(List.copyOf(readings), done));
        return done;
    }

    /** Readings queued and not yet committed. */
    long pending() {
        return pending.get();
    }

    /** Waits while more readings than the limit wait for the store (pollers call it before asking for more). */
    void awaitCapacity() throws InterruptedException {
        synchronized (capacity) {
            while (running && pending.get() >= maxPending) {
                capacity.wait(100);
            }
        }
    }

    private void run() {
        List<Submission> batch = new ArrayList<>();
        while (running || !queue.isEmpty()) {
            try {
                Submission first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                int size = first.readings().size();
                long deadline = System.nanoTime() + delayNanos;
                while (size < batchSize) {
                    Submission next = queue.peek();
                    if (next != null && size + next.readings().size() > batchSize) {
                        break;
                    }
                    long wait = deadline - System.nanoTime();
                    next = wait <= 0 ? queue.poll() : queue.poll(wait, TimeUnit.NANOSECONDS);
                    if (next == null) {
                        break;
                    }
                    batch.add(next);
                    size += next.readings().size();
                }
                write(batch);
            } catch (InterruptedException e) {
                running = false;
            } finally {
                for (Submission s : batch) {
                    pending.addAndGet(-s.readings().size());
                }
                batch.clear();
                synchronized (capacity) {
                    capacity.notifyAll();
                }
            }
        }
        Submission left;
        while ((left = queue.poll()) != null) {
            left.done().completeExceptionally(new IllegalStateException("the master station stopped"));
        }
    }

    private void write(List<Submission> batch) {
        List<Reading> all = new ArrayList<>();
        for (Submission s : batch) {
            all.addAll(s.readings());
        }
        try {
            append(all);
            for (Submission s : batch) {
                s.done().complete(s.readings().size());
            }
        } catch (ReadingInputException e) {
            // One submission's bad reading (an unknown meter...) must not fail the others: each goes on its own.
            for (Submission s : batch) {
                try {
                    append(s.readings());
                    s.done().complete(s.readings().size());
                } catch (RuntimeException alone) {
                    s.done().completeExceptionally(alone);
                }
            }
        } catch (RuntimeException e) {
            for (Submission s : batch) {
                s.done().completeExceptionally(e);
            }
        }
    }

    /** Appends, trying again a database failure (not refused input) a few times. */
    private void append(List<Reading> readings) {
        RuntimeException last = null;
        for (int attempt = 1; attempt <= STORE_ATTEMPTS; attempt++) {
            try {
                store.append(readings);
                return;
            } catch (ReadingInputException e) {
                throw e;
            } catch (RuntimeException e) {
                last = e;
                LOG.warn("reading store append of {} readings failed (attempt {} of {}): {}", readings.size(), attempt,
                        STORE_ATTEMPTS, e.toString());
                try {
                    Thread.sleep(200L * attempt);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        throw last;
    }

    @Override
    public void close() {
        running = false;
        try {
            writer.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
