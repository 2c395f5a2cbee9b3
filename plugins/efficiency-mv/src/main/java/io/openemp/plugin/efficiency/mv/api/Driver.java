package io.openemp.plugin.efficiency.mv.api;

import java.util.List;

/**
 * An independent variable of the baseline model, one value per interval of the consumption series.
 *
 * @param name e.g. "hdd", "production"
 * @param values at the same interval starts as the consumption
 */
public record Driver(String name, List<Observation> values) {
}
