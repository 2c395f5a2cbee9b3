package io.openemp.plugin.efficiency.monitoring.api;

import java.math.BigDecimal;

/**
 * A row of a power-factor adjustment table: from this power factor (two decimals) up to the next row's, the energy
 * and demand charges change by {@code percent} (positive: surcharge, negative: discount).
 */
public record PowerFactorStep(BigDecimal powerFactor, BigDecimal percent) {
}
