package io.openemp.plugin.collection.api;

/**
 * Counters of a task or a terminal.
 *
 * @param requests requests sent, retries included
 * @param answered requests answered
 * @param timeouts requests not answered in time
 * @param retries requests that were retries
 * @param successRate answered / requests (1 when none was sent)
 * @param meanLatencyMillis mean time from request to answer
 * @param maxLatencyMillis longest time from request to answer
 * @param reportsStored active reports stored and confirmed
 * @param readingsStored readings committed
 */
public record Counters(long requests, long answered, long timeouts, long retries, double successRate,
        double meanLatencyMillis, long maxLatencyMillis, long reportsStored, long readingsStored) {
}
