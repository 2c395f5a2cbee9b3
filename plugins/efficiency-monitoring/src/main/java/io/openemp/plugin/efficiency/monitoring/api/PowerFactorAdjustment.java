package io.openemp.plugin.efficiency.monitoring.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * A power-factor adjustment as Chinese utilities apply it: the month's power factor, rounded half up to two
 * decimals, selects the table row with the largest power factor not above it; its percent applies to the sum of
 * the energy and demand charges. Below the first row the first row applies.
 *
 * @param standard the standard power factor of the table (0.90, 0.85 or 0.80), for the record
 * @param steps the table, power factors strictly increasing, each with two decimals at most
 */
public record PowerFactorAdjustment(BigDecimal standard, List<PowerFactorStep> steps) {
}
