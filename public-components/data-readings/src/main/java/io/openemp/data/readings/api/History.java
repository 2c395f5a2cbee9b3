package io.openemp.data.readings.api;

import java.time.Instant;
import java.util.List;

/**
 * Every version of one value, oldest first; the last one is the current value. Empty when nothing was ever
 * stored for the key.
 *
 * @param meter the meter's mRID
 * @param readingType the reading type's code
 * @param at the reading's instant
 * @param revisions the versions, oldest first
 */
public record History(String meter, String readingType, Instant at, List<Revision> revisions) {
}
