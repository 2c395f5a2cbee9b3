package io.openemp.plugin.collection.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.openemp.plugin.collection.api.TerminalInfo;
import io.openemp.plugin.gdw376.api.Address;
import io.openemp.plugin.gdw376.api.Frame;
import io.openemp.plugin.gdw376.api.Gdw376Codec;

/**
 * A logged-in terminal: its connection, when it came and was last heard, and the master's requests waiting for
 * their answers, keyed by PSEQ (the four low bits of the frame counter, which the answer repeats as RSEQ). An
 * answer in several frames (FIR ... FIN) completes its request with all of them.
 */
final class TerminalSession {

    /** A request waiting for its answer. */
    private static final class Pending {
        final CompletableFuture<List<Frame>> answer = new CompletableFuture<>();
        final List<Frame> frames = new ArrayList<>();
        final long sentNanos = System.nanoTime();
        /** The RSEQ the next frame of a multi-frame answer carries when the sender counts them up. */
        int next = -1;
    }

    private final String id;
    private final Address address;
    private final Channel channel;
    private final Instant connectedAt;
    private final String remote;
    private final Gdw376Codec codec;
    private volatile Instant lastSeen;
    private final AtomicInteger pfc = new AtomicInteger();
    private final Map<Integer, Pending> pending = new ConcurrentHashMap<>();
    private final CounterSet counters;

    TerminalSession(String id, Address address, Channel channel, Instant now, Gdw376Codec codec, CounterSet counters) {
        this.id = id;
        this.address = address;
        this.channel = channel;
        this.connectedAt = now;
        this.lastSeen = now;
        this.remote = String.valueOf(channel.remoteAddress());
        this.codec = codec;
        this.counters = counters;
    }

    /** {@code AREA-TERMINAL}, the key of a terminal. */
    static String key(Address address) {
        return address.areaText() + "-" + address.terminal();
    }

    String id() {
        return id;
    }

    Address address() {
        return address;
    }

    Channel channel() {
        return channel;
    }

    Instant lastSeen() {
        return lastSeen;
    }

    void seen(Instant now) {
        lastSeen = now;
    }

    CounterSet counters() {
        return counters;
    }

    TerminalInfo info(boolean online) {
        return new TerminalInfo(id, online, connectedAt, lastSeen, remote);
    }

    /**
     * Sends the request {@code build} makes from a frame counter and waits for its answer up to {@code timeout}
     * ms. Fails with {@link TimeoutException} when none comes, {@link IllegalStateException} when the PSEQ is
     * still taken by an earlier request or the connection is gone.
     */
    CompletableFuture<List<Frame>> request(IntFunction<Frame> build, long timeoutMillis) {
        int counter = pfc.getAndIncrement() & 0xFF;
        int pseq = counter & 0x0F;
        Pending p = new Pending();
        if (pending.putIfAbsent(pseq, p) != null) {
            return CompletableFuture.failedFuture(new IllegalStateException("16 requests already wait on " + id));
        }
        if (!channel.isActive()) {
            pending.remove(pseq, p);
            return CompletableFuture.failedFuture(new IllegalStateException(id + " is not connected"));
        }
        byte[] bytes;
        try {
            bytes = codec.encode(build.apply(counter));
        } catch (RuntimeException e) {
            pending.remove(pseq, p);
            return CompletableFuture.failedFuture(e);
        }
        channel.writeAndFlush(Unpooled.wrappedBuffer(bytes));
        // The PSEQ is freed only when the request ends, so a late answer to a timed-out request cannot complete
        // the next one: it finds nothing waiting, or a request whose PSEQ is another.
        p.answer.orTimeout(timeoutMillis, TimeUnit.MILLISECONDS)
                .whenComplete((frames, failure) -> pending.remove(pseq, p));
        return p.answer;
    }

    /**
     * An answer (PRM = 0) came: completes the request with its RSEQ once its last frame is in. The frames after
     * the first of a multi-frame answer may repeat the RSEQ or count it up from there; both are taken.
     */
    boolean answer(Frame frame) {
        int rseq = frame.seq().number();
        Pending p = pending.get(rseq);
        if (p == null && !frame.seq().fir()) {
            for (Pending candidate : pending.values()) {
                if (candidate.next == rseq) {
                    p = candidate;
                    break;
                }
            }
        }
        if (p == null) {
            return false;
        }
        synchronized (p) {
            p.frames.add(frame);
            p.next = (rseq + 1) & 0x0F;
            if (frame.seq().fin()) {
                counters.answered((System.nanoTime() - p.sentNanos) / 1_000_000);
                p.answer.complete(List.copyOf(p.frames));
            }
        }
        return true;
    }

    /** The connection is gone: every waiting request fails at once. */
    void closed() {
        for (Pending p : pending.values()) {
            p.answer.completeExceptionally(new IllegalStateException(id + " disconnected"));
        }
    }
}
