package io.openemp.plugin.efficiency.grid.api;

/**
 * A feeder (CIM {@code Feeder}) leaving a station.
 *
 * @param id identifier
 * @param name display name
 * @param station mRID of the station organisation unit it leaves from
 */
public record Feeder(String id, String name, String station) {
}
