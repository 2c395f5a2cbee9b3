package io.openemp.plugin.efficiency.potential.api;

import java.math.BigDecimal;

import io.openemp.plugin.api.Nullable;

/**
 * Peak shifting under time-of-use prices.
 *
 * @param peakEnergyKwhPerYear energy used in peak hours per year, kWh
 * @param shiftableShare share of it that can move to valley hours (0..1)
 * @param peakPrice price per kWh in peak hours
 * @param valleyPrice price per kWh in valley hours
 * @param roundTripEfficiency kWh delivered in peak per kWh bought in valley (storage, thermal inertia); 1 when left
 *        out (the process itself is rescheduled)
 */
public record PeakShiftInput(double peakEnergyKwhPerYear, double shiftableShare, BigDecimal peakPrice,
        BigDecimal valleyPrice, @Nullable Double roundTripEfficiency) {
}
