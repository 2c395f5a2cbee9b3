package io.openemp.plugin.degreedays.api;

import java.math.BigDecimal;

/**
 * Sums over the complete days only (the rounded daily values, so they add up to what the days show).
 *
 * @param hdd heating degree days of the complete days
 * @param cdd cooling degree days of the complete days
 * @param completeDays days counted
 * @param incompleteDays days reported but not counted (too few observations, or none)
 */
public record DegreeDayTotals(BigDecimal hdd, BigDecimal cdd, int completeDays, int incompleteDays) {

    /** The totals of no day at all. */
    public static final DegreeDayTotals NONE = new DegreeDayTotals(BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2), 0, 0);
}
