package io.openemp.plugin.degreedays.api;

import io.openemp.plugin.api.Nullable;

import java.util.List;

/**
 * The result of {@code degree-days.compute}: what was used, every local day from the first observation's to
 * the last one's (days without any observation included, flagged incomplete), and the totals.
 *
 * @param zone the IANA time zone whose local days are reported
 * @param heatingBase heating base temperature used, °C
 * @param coolingBase cooling base temperature used, °C
 * @param interval the series interval used for the coverage check (ISO-8601, e.g. {@code PT1H}): as given, or
 *        inferred as the median spacing of the observations; {@code null} for an empty series
 * @param minDayCoverage the share of expected observations a day needs to be complete
 * @param days one entry per local day, oldest first
 * @param totals sums over the complete days
 */
public record DegreeDayResult(String zone, double heatingBase, double coolingBase, @Nullable String interval,
        double minDayCoverage, List<DailyDegreeDays> days, DegreeDayTotals totals) {
}
