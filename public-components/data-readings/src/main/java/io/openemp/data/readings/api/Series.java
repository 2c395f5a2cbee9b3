package io.openemp.data.readings.api;

import java.time.Instant;
import java.util.List;

import io.openemp.plugin.api.Nullable;

/**
 * The stored readings of one meter and reading type in a time range, oldest first: one page of at most the
 * requested limit. When more readings remain, {@code next} is the instant to ask from for the next page.
 *
 * @param meter the meter's mRID
 * @param readingType the reading type's code
 * @param unit the reading type's unit
 * @param points the readings, oldest first
 * @param next where the next page starts, or null when this page is the last
 */
public record Series(String meter, String readingType, String unit, List<Point> points, @Nullable Instant next) {
}
