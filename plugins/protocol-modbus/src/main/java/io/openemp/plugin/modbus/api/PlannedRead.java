package io.openemp.plugin.modbus.api;

import java.util.List;

/**
 * One request a read of a profile sends: a contiguous range of one table of one unit.
 *
 * @param unitId the unit id, or {@code null} for the endpoint's
 * @param function 1, 2, 3 or 4
 * @param address first address
 * @param count registers (functions 3, 4) or bits (1, 2)
 * @param points the names of the points it carries
 */
public record PlannedRead(Integer unitId, int function, int address, int count, List<String> points) {
}
