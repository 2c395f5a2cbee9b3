package io.openemp.plugin.efficiency.monitoring.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import io.openemp.plugin.api.Nullable;

/**
 * The statistics of one node over one period. Energies in kWh are exact sums of the readings (signed by the meter
 * links); derived figures are rounded half up: percents to 2 decimals, kW to 3, factors to 4, unit consumption to 4.
 * A figure that cannot be computed (no readings, no parent, a zero divisor) is null.
 *
 * @param node the node
 * @param name its name
 * @param level its level
 * @param consumptionKwh the period's energy
 * @param previousKwh the previous period's (day before, month before, year before)
 * @param changePercent change against the previous period (month-on-month for months)
 * @param lastYearKwh the same period a year earlier
 * @param yearOnYearPercent change against the same period a year earlier
 * @param parentKwh the parent's energy; null for a top node
 * @param shareOfParentPercent this node's share of its parent's energy
 * @param childrenKwh the sum of its children's energy; null without children
 * @param unaccountedKwh its energy minus its children's (losses and unmetered loads); null without children
 * @param unaccountedPercent unaccounted energy as a share of its energy
 * @param production the output entered for the period; null when none
 * @param productionUnit its unit
 * @param unitConsumption kWh per unit of output
 * @param maxDemandKw the highest interval energy divided by the interval length (15-minute demand for 15-minute data)
 * @param maxDemandAt the start of that interval
 * @param averageKw the energy divided by the hours the readings cover
 * @param loadFactor average over maximum demand
 * @param reactiveKvarh the period's reactive energy, when reactive readings exist
 * @param powerFactor P / sqrt(P² + Q²) from active and reactive energy
 * @param bands energy per time-of-use band when a calendar was given (sums to the consumption)
 * @param readings interval readings found over the node's meters
 * @param expectedReadings interval readings the node's meters should have over the period
 */
public record NodeStatistics(String node, String name, Level level, @Nullable BigDecimal consumptionKwh,
        @Nullable BigDecimal previousKwh, @Nullable BigDecimal changePercent, @Nullable BigDecimal lastYearKwh,
        @Nullable BigDecimal yearOnYearPercent, @Nullable BigDecimal parentKwh, @Nullable BigDecimal shareOfParentPercent,
        @Nullable BigDecimal childrenKwh, @Nullable BigDecimal unaccountedKwh, @Nullable BigDecimal unaccountedPercent,
        @Nullable BigDecimal production, @Nullable String productionUnit, @Nullable BigDecimal unitConsumption,
        @Nullable BigDecimal maxDemandKw, @Nullable Instant maxDemandAt, @Nullable BigDecimal averageKw,
        @Nullable BigDecimal loadFactor, @Nullable BigDecimal reactiveKvarh, @Nullable BigDecimal powerFactor,
        @Nullable List<BandEnergy> bands, int readings, int expectedReadings) {
}
