package io.openemp.plugin.efficiency.mv.api;

/**
 * Where to read the consumption from the platform's ReadingStore: the readings of one meter and interval
 * energy reading type, summed per hour or local day.
 */
public record Source(String meter, String readingType) {
}
