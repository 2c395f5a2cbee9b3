package io.openemp.plugin.dlt645.api;

import java.util.Map;

/**
 * A snapshot of {@link Dlt645Statistics}: the result of {@code dlt645.stats}.
 *
 * @param framesDecoded frames accepted by the decoder
 * @param framesEncoded frames written by the encoder
 * @param rejected rejections in all
 * @param rejectedByReason rejections per {@link RejectReason} name, every reason listed (0 when none)
 * @param bytesDiscarded bytes the stream splitter threw away (garbage, broken frames), preambles not counted
 */
public record Dlt645Stats(long framesDecoded, long framesEncoded, long rejected, Map<String, Long> rejectedByReason,
        long bytesDiscarded) {

    public Dlt645Stats {
        rejectedByReason = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(rejectedByReason));
    }
}
