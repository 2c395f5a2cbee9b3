package io.openemp.plugin.efficiency.optimisation.api;

import io.openemp.plugin.api.Nullable;

/**
 * A ranking criterion. Built in: {@code npv}, {@code irr}, {@code yearlySavings}, {@code yearlyKwh},
 * {@code lifetimeYears} (benefits), {@code investment}, {@code payback}, {@code risk} (costs); any other name is
 * looked up in each measure's {@code criteria} and needs {@code benefit}.
 *
 * @param name the criterion
 * @param benefit true when more is better, false when less is better; the built-in direction when null
 */
public record Criterion(String name, @Nullable Boolean benefit) {
}
