package io.openemp.plugin.efficiency.potential.api;

import java.math.BigDecimal;

import io.openemp.plugin.api.Nullable;

/**
 * Transformer loading and losses.
 *
 * @param unit the installed transformer type
 * @param units how many identical units run in parallel sharing the load; 1 when left out
 * @param loadKva the load they carry together (mean apparent power), kVA
 * @param hoursPerYear hours energised per year; 8760 when left out
 * @param price price per kWh of the losses
 * @param alternative a replacement type to compare (right-sizing), the same number of units
 */
public record TransformerInput(TransformerUnit unit, @Nullable Integer units, double loadKva,
        @Nullable Double hoursPerYear, BigDecimal price, @Nullable TransformerUnit alternative) {
}
