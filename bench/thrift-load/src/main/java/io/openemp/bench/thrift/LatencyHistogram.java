package io.openemp.bench.thrift;

/**
 * Call latencies of one thread in one measured window: buckets of 10 microseconds up to 1 s, one overflow bucket.
 * Not thread-safe: each client thread owns its histograms; they are merged once the run is over.
 */
final class LatencyHistogram {

    static final long BUCKET_NANOS = 10_000;
    private static final int BUCKETS = 100_000;

    private final long[] counts = new long[BUCKETS + 1];
    private long total;

    void record(long nanos) {
        long bucket = nanos / BUCKET_NANOS;
        counts[(int) Math.min(bucket, BUCKETS)]++;
        total++;
    }

    void add(LatencyHistogram other) {
        for (int i = 0; i < counts.length; i++) {
            counts[i] += other.counts[i];
        }
        total += other.total;
    }

    long total() {
        return total;
    }

    /** The latency below which the given fraction of calls finished, in milliseconds (upper edge of its bucket). */
    double percentileMillis(double fraction) {
        if (total == 0) {
            return Double.NaN;
        }
        long rank = (long) Math.ceil(fraction * total);
        long seen = 0;
        for (int i = 0; i < counts.length; i++) {
            seen += counts[i];
            if (seen >= rank) {
                return (i + 1) * BUCKET_NANOS / 1e6;
            }
        }
        return Double.POSITIVE_INFINITY;
    }
}
