package io.openemp.plugin.efficiency.potential.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * The answers of the rule checks asked for, and their totals (applicable checks only).
 *
 * @param checks one result per check asked for, in the order powerFactor, peakShift, baseLoad, transformer
 * @param totalSavingsKwhPerYear energy saved per year by the applicable checks, kWh
 * @param totalSavingsPerYear money saved per year by the applicable checks
 */
public record ChecksReport(List<CheckResult> checks, BigDecimal totalSavingsKwhPerYear, BigDecimal totalSavingsPerYear) {
}
