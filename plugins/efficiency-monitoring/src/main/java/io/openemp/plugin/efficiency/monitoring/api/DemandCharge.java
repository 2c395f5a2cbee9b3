package io.openemp.plugin.efficiency.monitoring.api;

import java.math.BigDecimal;

import io.openemp.plugin.api.Nullable;

/**
 * The monthly demand (basic) charge of a two-part tariff.
 *
 * @param basis maximum demand (kW) or capacity (kVA)
 * @param price money per kW of maximum demand, or per kVA of capacity, per month
 * @param capacityKva the contracted capacity for {@link DemandBasis#CAPACITY}; null otherwise
 */
public record DemandCharge(DemandBasis basis, BigDecimal price, @Nullable BigDecimal capacityKva) {
}
