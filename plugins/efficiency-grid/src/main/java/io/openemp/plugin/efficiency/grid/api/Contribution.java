package io.openemp.plugin.efficiency.grid.api;

import java.math.BigDecimal;

import io.openemp.plugin.api.Nullable;

/**
 * What one program or customer contributed to a unit's or feeder's verified savings.
 *
 * @param key the program, or the customer's mRID
 * @param name the customer's name (null for a program)
 * @param records savings records counted
 * @param achievedKwh avoided energy, kWh
 * @param sharePercent share of the total avoided energy, percent (null when the total is 0)
 * @param uncertaintyKwh 90 % uncertainty, root-sum-square of the records'
 * @param peakKw sum of the records' peak load reductions, kW
 */
public record Contribution(String key, @Nullable String name, int records, BigDecimal achievedKwh,
        @Nullable BigDecimal sharePercent, BigDecimal uncertaintyKwh, BigDecimal peakKw) {
}
