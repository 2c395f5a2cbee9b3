package io.openemp.plugin.collection.api;

/**
 * The meter id the readings of one measuring point of one terminal are stored under.
 *
 * @param terminal {@code AREA-TERMINAL}
 * @param point the measuring point Pn
 * @param meter the meter's id, as the meter directory knows it
 */
public record MeterLink(String terminal, int point, String meter) {
}
