package io.openemp.plugin.efficiency.monitoring.api;

import java.math.BigDecimal;

/** One line of a bill: a quantity (kWh, kW or kVA), its unit price and the amount (2 decimals, half up). */
public record CostLine(String item, BigDecimal quantity, String unit, BigDecimal price, BigDecimal amount) {
}
