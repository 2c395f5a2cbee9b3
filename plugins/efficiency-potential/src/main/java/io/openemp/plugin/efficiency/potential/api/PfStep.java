package io.openemp.plugin.efficiency.potential.api;

import java.math.BigDecimal;

/**
 * One row of a power-factor adjustment table: at this power factor (two decimals) the electricity charge changes by
 * {@code percent} (positive: a surcharge, negative: a reduction).
 */
public record PfStep(BigDecimal powerFactor, BigDecimal percent) {
}
