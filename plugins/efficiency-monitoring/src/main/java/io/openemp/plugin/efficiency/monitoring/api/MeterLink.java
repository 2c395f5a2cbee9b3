package io.openemp.plugin.efficiency.monitoring.api;

/**
 * A meter of a node.
 *
 * @param meter the meter's mRID
 * @param sign +1 (its energy counts) or -1 (a sub-meter whose energy is subtracted)
 */
public record MeterLink(String meter, int sign) {
}
