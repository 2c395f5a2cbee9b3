package io.openemp.plugin.modbus.api;

import java.util.Map;

/**
 * Counters of the master since it started.
 *
 * @param requests requests sent, retries included
 * @param responses valid responses with data
 * @param exceptionResponses valid exception responses
 * @param timeouts requests that got no response in time
 * @param retries requests sent again
 * @param connectionsOpened TCP connections established
 * @param connectFailures connection attempts that failed
 * @param connectionsOpen connections open now
 * @param framesRejected response frames rejected as malformed, unexpected or hostile
 * @param rejectedByReason the same, by reason (see {@link FrameRejection#code()})
 */
public record ModbusStats(long requests, long responses, long exceptionResponses, long timeouts, long retries,
        long connectionsOpened, long connectFailures, long connectionsOpen, long framesRejected,
        Map<String, Long> rejectedByReason) {

    public ModbusStats {
        rejectedByReason = Map.copyOf(rejectedByReason);
    }

    /** Rejections for {@code reason} (0 when there were none). */
    public long rejected(FrameRejection reason) {
        return rejectedByReason.getOrDefault(reason.code(), 0L);
    }
}
