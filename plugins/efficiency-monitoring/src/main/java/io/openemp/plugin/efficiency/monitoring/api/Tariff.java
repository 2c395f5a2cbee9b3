package io.openemp.plugin.efficiency.monitoring.api;

import java.util.List;

import io.openemp.plugin.api.Nullable;

/**
 * A tariff: energy prices per time-of-use band, an optional monthly demand charge and an optional power-factor
 * adjustment.
 *
 * @param id its id: 1-64 letters, digits, '.', '_', '-'
 * @param name its name
 * @param currency ISO 4217 code of its prices ("CNY")
 * @param calendar the time-of-use calendar its bands follow
 * @param energyPrices one price for every band the calendar uses
 * @param demand the demand charge; null for none
 * @param powerFactor the power-factor adjustment; null for none
 */
public record Tariff(String id, String name, String currency, String calendar, List<BandPrice> energyPrices,
        @Nullable DemandCharge demand, @Nullable PowerFactorAdjustment powerFactor) {
}
