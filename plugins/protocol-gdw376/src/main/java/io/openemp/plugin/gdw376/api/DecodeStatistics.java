package io.openemp.plugin.gdw376.api;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counters of a codec and its stream decoders: frames decoded, rejections by reason, bytes skipped while
 * resynchronising, and the last few rejections with their bytes (what a field engineer asks for first).
 * Thread-safe.
 */
public final class DecodeStatistics {

    /** How many recent rejections are kept. */
    public static final int RECENT = 20;

    /** A recent rejection: when, why, and the first bytes of the input (hex, at most 64 bytes). */
    public record Recent(Instant at, RejectReason reason, int offset, String detail, String hex) {
    }

    /** What the ring keeps: the bytes, formatted only when asked for. */
    private record Kept(Instant at, Rejection rejection, byte[] bytes, boolean cut) {
        Recent recent() {
            return new Recent(at, rejection.reason(), rejection.offset(), rejection.detail(),
                    Hex.format(bytes) + (cut ? " ..." : ""));
        }
    }

    private final LongAdder decoded = new LongAdder();
    private final LongAdder skippedBytes = new LongAdder();
    private final EnumMap<RejectReason, LongAdder> rejected = new EnumMap<>(RejectReason.class);
    private final ArrayDeque<Kept> recent = new ArrayDeque<>();

    public DecodeStatistics() {
        for (RejectReason reason : RejectReason.values()) {
            rejected.put(reason, new LongAdder());
        }
    }

    /** Counts a decoded frame. */
    public void decoded() {
        decoded.increment();
    }

    /** Counts a rejection of {@code input[offset .. offset + length)}. */
    public void rejected(Rejection rejection, byte[] input, int offset, int length) {
        rejected.get(rejection.reason()).increment();
        int kept = Math.max(0, Math.min(Math.min(length, 64), input.length - offset));
        Kept entry = new Kept(Instant.now(), rejection, java.util.Arrays.copyOfRange(input, offset, offset + kept), length > 64);
        synchronized (recent) {
            if (recent.size() == RECENT) {
                recent.removeFirst();
            }
            recent.addLast(entry);
        }
    }

    /** Counts bytes a stream decoder skipped while looking for a frame. */
    public void skipped(int bytes) {
        skippedBytes.add(bytes);
    }

    public long decodedCount() {
        return decoded.sum();
    }

    public long skippedBytes() {
        return skippedBytes.sum();
    }

    /** Rejections of {@code reason}. */
    public long rejectedCount(RejectReason reason) {
        return rejected.get(reason).sum();
    }

    /** All rejections. */
    public long rejectedCount() {
        long n = 0;
        for (LongAdder adder : rejected.values()) {
            n += adder.sum();
        }
        return n;
    }

    /** Rejections by reason, every reason listed (zero or not), in the enum's order. */
    public Map<RejectReason, Long> byReason() {
        Map<RejectReason, Long> out = new LinkedHashMap<>();
        rejected.forEach((reason, adder) -> out.put(reason, adder.sum()));
        return out;
    }

    /** The last rejections, oldest first. */
    public List<Recent> recent() {
        List<Kept> copy;
        synchronized (recent) {
            copy = new ArrayList<>(recent);
        }
        List<Recent> out = new ArrayList<>(copy.size());
        for (Kept kept : copy) {
            out.add(kept.recent());
        }
        return out;
    }
}
