package io.openemp.plugin.efficiency.monitoring.api;

/**
 * One stretch of a day in a band.
 *
 * @param from its local start time, "HH:mm"
 * @param to its local end time (exclusive), "HH:mm", "24:00" for midnight at the end of the day
 * @param band its band
 */
public record TouBand(String from, String to, Band band) {
}
