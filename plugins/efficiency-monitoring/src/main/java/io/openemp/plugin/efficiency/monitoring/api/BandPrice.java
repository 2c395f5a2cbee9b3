package io.openemp.plugin.efficiency.monitoring.api;

import java.math.BigDecimal;

/** The energy price of a band, money per kWh. */
public record BandPrice(Band band, BigDecimal pricePerKwh) {
}
