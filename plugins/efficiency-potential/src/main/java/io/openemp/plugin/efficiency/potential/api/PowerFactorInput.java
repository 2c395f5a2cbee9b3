package io.openemp.plugin.efficiency.potential.api;

import java.math.BigDecimal;
import java.util.List;

import io.openemp.plugin.api.Nullable;

/**
 * Power-factor correction.
 *
 * @param activePowerKw the active power to correct (usually the mean load of the billing month), kW
 * @param powerFactor the power factor measured now (0 &lt; pf &le; 1)
 * @param targetPowerFactor the factor to reach; 0.95 when left out
 * @param monthlyCharge the monthly electricity charge the adjustment applies to (money); without it no money is
 *        computed
 * @param adjustmentTable the tariff's adjustment table; the Chinese 0.90 standard when left out
 * @param capacitorCostPerKvar installed cost of compensation per kvar, for the investment and payback
 */
public record PowerFactorInput(double activePowerKw, double powerFactor, @Nullable Double targetPowerFactor,
        @Nullable BigDecimal monthlyCharge, @Nullable List<PfStep> adjustmentTable,
        @Nullable BigDecimal capacitorCostPerKvar) {
}
