package io.openemp.plugin.collection.api;

import java.util.Map;

/**
 * The master station's statistics.
 *
 * @param online terminals online now
 * @param framesDecoded frames decoded on terminal connections
 * @param rejectedByReason frames and byte runs the decoder rejected, by reason (every reason listed)
 * @param ignoredByReason decoded frames the station ignored, by reason (not logged in, wrong direction...)
 * @param tasks counters by task id
 * @param terminals counters by terminal
 * @param pendingReadings readings waiting for the store
 */
public record Statistics(int online, long framesDecoded, Map<String, Long> rejectedByReason,
        Map<String, Long> ignoredByReason, Map<String, Counters> tasks, Map<String, Counters> terminals,
        long pendingReadings) {
}
