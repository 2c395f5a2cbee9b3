package io.openemp.plugin.efficiency.mv.api;

import java.time.Instant;

/**
 * One interval of a series: {@code at} is the interval's start (a local hour, or local midnight for days).
 *
 * @param at start of the interval, UTC
 * @param value energy in kWh for consumption; the driver's unit for a driver (degree days, tonnes...)
 */
public record Observation(Instant at, double value) {
}
