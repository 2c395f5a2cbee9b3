package io.openemp.plugin.efficiency.monitoring.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.openemp.plugin.api.Nullable;

/**
 * The cost of a node's energy over one month under a tariff.
 *
 * @param node the node
 * @param tariff the tariff's id
 * @param currency its currency
 * @param month the month's first day
 * @param lines the energy lines (one per band), then the demand line
 * @param energyAmount the energy charges
 * @param demandAmount the demand charge (0 without one)
 * @param powerFactor the month's power factor (4 decimals); null without reactive readings
 * @param powerFactorRounded the power factor rounded half up to 2 decimals, as the table reads it
 * @param adjustmentPercent the table's percent (positive surcharge, negative discount); 0 without adjustment
 * @param adjustmentAmount (energy + demand) x percent / 100
 * @param total energy + demand + adjustment
 */
public record CostReport(String node, String tariff, String currency, LocalDate month, List<CostLine> lines,
        BigDecimal energyAmount, BigDecimal demandAmount, @Nullable BigDecimal powerFactor,
        @Nullable BigDecimal powerFactorRounded, BigDecimal adjustmentPercent, BigDecimal adjustmentAmount,
        BigDecimal total) {
}
