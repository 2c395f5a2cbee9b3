package io.openemp.plugin.efficiency.optimisation.api;

import java.math.BigDecimal;
import java.util.List;

import io.openemp.plugin.api.Nullable;

/**
 * A candidate energy-efficiency measure: paid once in year 0, saving the same amount every year of its life.
 *
 * @param id unique within a call
 * @param name for people
 * @param investment paid in year 0, in money (not negative)
 * @param yearlySavings money saved in each of years 1..lifetimeYears
 * @param yearlyKwh energy saved each year, kWh
 * @param lifetimeYears 1..100
 * @param risk a risk score (higher is worse), any scale the caller uses consistently
 * @param criteria further criteria values by name (e.g. {"name": "comfort", "value": 7}), for the ranking
 */
public record Measure(String id, @Nullable String name, BigDecimal investment, BigDecimal yearlySavings,
        @Nullable Double yearlyKwh, int lifetimeYears, @Nullable Double risk, @Nullable List<Value> criteria) {

    /** A named criterion value of a measure. */
    public record Value(String name, double value) {
    }

    /** The value of the named criterion, or null. */
    public Double criterion(String criterion) {
        if (criteria == null) {
            return null;
        }
        for (Value v : criteria) {
            if (v != null && criterion.equals(v.name())) {
                return v.value();
            }
        }
        return null;
    }
}
