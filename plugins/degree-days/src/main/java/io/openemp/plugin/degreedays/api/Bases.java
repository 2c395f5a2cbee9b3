package io.openemp.plugin.degreedays.api;

/**
 * The configured defaults of {@code degree-days.compute} (result of {@code degree-days.bases}).
 *
 * @param heatingBase heating base temperature, °C
 * @param coolingBase cooling base temperature, °C
 * @param minDayCoverage share of a day's expected observations (0 to 1] it needs to count as complete
 */
public record Bases(double heatingBase, double coolingBase, double minDayCoverage) {
}
