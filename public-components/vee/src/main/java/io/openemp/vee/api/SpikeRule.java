package io.openemp.vee.api;

import java.math.BigDecimal;

/**
 * A value is a spike when it exceeds {@code factor} times the median of its neighbours (the readings up to
 * {@code window} intervals before and after it, itself excluded) and also exceeds {@code floor}. At least
 * {@code window} neighbours are needed to judge a value.
 *
 * @param window neighbours looked at on each side, in intervals (1..96)
 * @param factor how many times the neighbours' median a spike exceeds (above 1, at most 1000)
 * @param floor values at or below it are never spikes (at least 0): quiet hours with a near-zero median
 */
public record SpikeRule(int window, BigDecimal factor, BigDecimal floor) {
}
