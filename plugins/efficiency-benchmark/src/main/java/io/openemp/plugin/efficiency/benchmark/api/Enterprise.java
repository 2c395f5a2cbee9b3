package io.openemp.plugin.efficiency.benchmark.api;

import java.math.BigDecimal;

import io.openemp.plugin.api.Nullable;

/**
 * A benchmarked enterprise.
 *
 * @param id its id (usually the customer's mRID): 1-64 letters, digits, '.', '_', '-'
 * @param name its name
 * @param industry its GB/T 4754-2017 code (a section letter or a division's two digits)
 * @param sizeClass its size class
 * @param pricePerKwh its average electricity price (money per kWh), for the money figures; null when unknown
 * @param currency ISO 4217 code of that price; required with it
 */
public record Enterprise(String id, String name, String industry, SizeClass sizeClass, @Nullable BigDecimal pricePerKwh,
        @Nullable String currency) {
}
