package io.openemp.plugin.efficiency.benchmark.api;

import java.math.BigDecimal;

/**
 * The figures of one intensity indicator of an enterprise for a year: intensity = energyKwh / denominator. One
 * entry per enterprise, kind and year; entering it again replaces it.
 *
 * @param enterprise the enterprise
 * @param kind what the energy is divided by
 * @param year the year
 * @param energyKwh the year's energy, kWh
 * @param denominator output, floor area or revenue (above 0)
 * @param unit its unit ("t", "m2", "CNY 10k"); only entries of one unit are peers
 */
public record IndicatorEntry(String enterprise, IndicatorKind kind, int year, BigDecimal energyKwh, BigDecimal denominator,
        String unit) {
}
