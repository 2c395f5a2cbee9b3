package io.openemp.plugin.efficiency.mv.api;

import java.time.Instant;

/**
 * A non-routine adjustment of the adjusted baseline (IPMVP): a change in the facility that the model's drivers
 * do not see, such as an added production line. It is kept in the result with its reason and author.
 *
 * @param kwh energy added to the adjusted baseline over the period (negative to remove); spread evenly over the
 *        period's intervals
 * @param from start of the period, within the reporting period
 * @param to end of the period (exclusive), within the reporting period
 * @param reason why, in words
 * @param by who decided it
 */
public record Adjustment(double kwh, Instant from, Instant to, String reason, String by) {
}
