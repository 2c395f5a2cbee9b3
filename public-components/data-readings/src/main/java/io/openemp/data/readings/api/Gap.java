package io.openemp.data.readings.api;

import java.time.Instant;

/**
 * A run of consecutive expected readings that are missing.
 *
 * @param first the first missing instant
 * @param last the last missing instant (inclusive)
 * @param missing how many readings are missing from first to last
 */
public record Gap(Instant first, Instant last, int missing) {
}
