package io.openemp.plugin.efficiency.monitoring.api;

import java.math.BigDecimal;

/** The energy of one time-of-use band in a period, and its share of the total (percent, 2 decimals). */
public record BandEnergy(Band band, BigDecimal kwh, BigDecimal sharePercent) {
}
