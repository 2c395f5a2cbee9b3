package io.openemp.data.readings.api;

import java.util.List;

/**
 * Where readings are missing: the expected instants are {@code from}, {@code from + interval}, ... before
 * {@code to}; a stored reading at any other instant does not count.
 *
 * @param interval the expected spacing, ISO-8601 ({@code PT15M})
 * @param expected how many readings were expected
 * @param missing how many of them are missing
 * @param gaps the runs of missing readings, oldest first (at most {@link ReadingStore#MAX_GAPS})
 * @param truncated whether there were more gaps than listed
 */
public record GapReport(String interval, int expected, int missing, List<Gap> gaps, boolean truncated) {
}
