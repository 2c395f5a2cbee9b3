package io.openemp.access.thrift.internal;

import java.util.concurrent.atomic.AtomicLong;

/** Counts of what a {@link ThriftServer} did with its connections since it started; thread-safe. */
final class ServerStats {

    final AtomicLong accepted = new AtomicLong();
    final AtomicLong rejectedBusy = new AtomicLong();
    final AtomicLong refusedFrames = new AtomicLong();
    final AtomicLong malformedMessages = new AtomicLong();

    /** Connections accepted and handed to a worker. */
    long accepted() {
        return accepted.get();
    }

    /** Connections closed at once because every worker thread was busy. */
    long rejectedBusy() {
        return rejectedBusy.get();
    }

    /** Connections closed because a frame's length prefix was negative or above the limit. */
    long refusedFrames() {
        return refusedFrames.get();
    }

    /** Connections closed because a frame did not hold a message the server could read. */
    long malformedMessages() {
        return malformedMessages.get();
    }

    @Override
    public String toString() {
        return "accepted=" + accepted + " rejectedBusy=" + rejectedBusy + " refusedFrames=" + refusedFrames
                + " malformedMessages=" + malformedMessages;
    }
}
