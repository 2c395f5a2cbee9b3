package io.openemp.event.internal;

import java.util.Collection;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * One subscriber of the {@link StreamHub}: its filter and a bounded queue. When the queue is full the hub drops
 * the client (records why) instead of blocking the publisher or buffering without bound.
 */
final class StreamClient {

    private final String name;
    private final Predicate<StreamEvent> filter;
    private final LinkedBlockingQueue<StreamEvent> queue;
    private final boolean gap;
    private final long resumedFrom;
    private volatile String dropReason;

    StreamClient(String name, Predicate<StreamEvent> filter, int capacity, Collection<StreamEvent> replay, boolean gap,
            long resumedFrom) {
        this.name = name;
        this.filter = filter;
        this.queue = new LinkedBlockingQueue<>(capacity + replay.size());
        this.queue.addAll(replay);
        this.gap = gap;
        this.resumedFrom = resumedFrom;
    }

    String name() {
        return name;
    }

    boolean wants(StreamEvent event) {
        return filter.test(event);
    }

    /** Queues {@code event}; false when the queue is full. */
    boolean offer(StreamEvent event) {
        return queue.offer(event);
    }

    /** The next event, or null after {@code millis} without one (or once dropped). */
    StreamEvent poll(long millis) throws InterruptedException {
        return dropReason != null ? null : queue.poll(millis, TimeUnit.MILLISECONDS);
    }

    int pending() {
        return queue.size();
    }

    void drop(String reason) {
        dropReason = reason;
        queue.clear();
    }

    /** Why the hub dropped this client, or null while it is connected. */
    String dropReason() {
        return dropReason;
    }

    /** Whether events the client asked to resume from are no longer in the ring (it must re-read state). */
    boolean gap() {
        return gap;
    }

    long resumedFrom() {
        return resumedFrom;
    }
}
