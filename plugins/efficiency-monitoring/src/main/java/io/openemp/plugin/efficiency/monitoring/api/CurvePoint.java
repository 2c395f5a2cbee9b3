package io.openemp.plugin.efficiency.monitoring.api;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One interval of a load curve.
 *
 * @param start the interval's start
 * @param end its end (the readings' timestamp)
 * @param kwh the node's signed energy in the interval
 * @param kw that energy divided by the interval length (the average power)
 * @param meters how many of the node's meters have a reading for it
 */
public record CurvePoint(Instant start, Instant end, BigDecimal kwh, BigDecimal kw, int meters) {
}
