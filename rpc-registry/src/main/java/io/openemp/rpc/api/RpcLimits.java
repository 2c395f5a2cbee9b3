package io.openemp.rpc.api;

/**
 * Limits applied to every request, configured under PID {@code io.openemp.rpc}.
 *
 * @param maxRequestBytes largest request body accepted; transports refuse larger ones (HTTP 413)
 * @param maxBatchLength most calls in one batch
 * @param maxNestingDepth deepest JSON nesting of a request
 * @param callTimeoutMillis default time limit of one call
 */
public record RpcLimits(long maxRequestBytes, int maxBatchLength, int maxNestingDepth, long callTimeoutMillis) {
}
