package io.openemp.plugin.gdw376.api;

import java.util.List;
import java.util.Map;

/**
 * What {@code gdw376.stats} answers: frames decoded, rejections in all and by reason (every reason listed),
 * bytes skipped while resynchronising streams, and the last rejections with their first bytes.
 */
public record CodecStats(long decoded, long rejected, long skippedBytes, Map<String, Long> rejectedByReason,
        List<DecodeStatistics.Recent> recent) {

    /** A snapshot of {@code statistics}. */
    public static CodecStats of(DecodeStatistics statistics) {
        Map<String, Long> byReason = new java.util.LinkedHashMap<>();
        statistics.byReason().forEach((reason, count) -> byReason.put(reason.name(), count));
        return new CodecStats(statistics.decodedCount(), statistics.rejectedCount(), statistics.skippedBytes(), byReason,
                statistics.recent());
    }
}
