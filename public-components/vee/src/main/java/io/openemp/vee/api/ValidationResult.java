package io.openemp.vee.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a validation found in {@code [from, to)}.
 *
 * @param meter the meter's mRID
 * @param readingType the reading type's code
 * @param from start of the range (inclusive)
 * @param to end of the range (exclusive)
 * @param readings how many readings were checked
 * @param findings the findings, by instant, then rule
 * @param counts findings per rule
 * @param flagged readings whose flags this call changed (a revision each)
 * @param skippedEdited readings with findings left unflagged because a user edited them
 */
public record ValidationResult(String meter, String readingType, Instant from, Instant to, int readings,
        List<Finding> findings, Map<String, Integer> counts, int flagged, int skippedEdited) {
}
