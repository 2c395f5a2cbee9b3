package io.openemp.vee.api;

import java.time.Instant;
import java.util.List;

/**
 * What an estimation did in {@code [from, to)}.
 *
 * @param meter the meter's mRID
 * @param readingType the reading type's code
 * @param from start of the range (inclusive)
 * @param to end of the range (exclusive)
 * @param missing how many expected readings were missing
 * @param estimates the estimates, oldest first
 * @param unestimated missing readings left missing, with the reason
 * @param stored whether the estimates were stored (false for a dry run)
 * @param measuredMeanwhile instants that received a reading between finding the gap and storing: their
 *        estimate was dropped, never written over the reading
 */
public record EstimationResult(String meter, String readingType, Instant from, Instant to, int missing,
        List<Estimate> estimates, List<Unestimated> unestimated, boolean stored, int measuredMeanwhile) {
}
