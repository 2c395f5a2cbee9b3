package io.openemp.plugin.efficiency.monitoring.api;

/**
 * An enterprise whose energy is accounted.
 *
 * @param id its id (usually the customer's mRID): 1-64 letters, digits, '.', '_', '-'
 * @param name its name
 * @param zone the IANA time zone whose days, months and years the statistics follow
 */
public record Enterprise(String id, String name, String zone) {
}
