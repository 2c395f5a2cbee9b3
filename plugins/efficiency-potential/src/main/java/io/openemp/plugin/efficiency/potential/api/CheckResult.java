package io.openemp.plugin.efficiency.potential.api;

import java.math.BigDecimal;
import java.util.Map;

import io.openemp.plugin.api.Nullable;

/**
 * The answer of one rule check.
 *
 * @param check the check: {@code powerFactor}, {@code peakShift}, {@code baseLoad}, {@code transformer}
 * @param applicable whether the measure saves anything here
 * @param savingsKwhPerYear energy saved per year, kWh (null where the measure moves energy rather than saving it)
 * @param savingsPerYear money saved per year (null when no price or charge was given)
 * @param figures the computed figures, by name
 * @param inputs the inputs the formulas used, defaults included, by name
 * @param sentence the result in words
 */
public record CheckResult(String check, boolean applicable, @Nullable BigDecimal savingsKwhPerYear,
        @Nullable BigDecimal savingsPerYear, Map<String, BigDecimal> figures, Map<String, BigDecimal> inputs,
        String sentence) {
}
