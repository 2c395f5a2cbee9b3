package io.openemp.plugin.modbus.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.openemp.plugin.modbus.api.DeviceProfile;
import io.openemp.plugin.modbus.api.PointDefinition;
import io.openemp.plugin.modbus.api.ProfileValidator;

/**
 * Groups the points of a valid profile into as few requests as the protocol and the device allow: points of the same
 * unit and function whose addresses follow each other (with at most {@code maxGap} unused registers between them)
 * share a request, up to {@code maxRegistersPerRead} registers (functions 3, 4) or 2000 bits (functions 1, 2).
 * Requests come out ordered by unit, function and address.
 */
final class ReadPlanner {

    private ReadPlanner() {
    }

    /** The points of {@code profile} with defaults applied, in profile order. */
    static List<Point> points(DeviceProfile profile, int defaultUnitId) {
        List<Point> points = new ArrayList<>(profile.points().size());
        for (int i = 0; i < profile.points().size(); i++) {
            PointDefinition definition = profile.points().get(i);
            points.add(Point.of(i, definition, defaultUnitId));
        }
        return points;
    }

    /** The requests that read every point of the valid {@code profile}. */
    static List<Block> plan(DeviceProfile profile, int defaultUnitId) {
        int maxRegisters = profile.maxRegistersPerRead() == null ? ProfileValidator.MAX_REGISTERS_PER_READ
                : profile.maxRegistersPerRead();
        int maxGap = profile.maxGap() == null ? 0 : profile.maxGap();
        Map<Long, List<Point>> tables = new TreeMap<>();
        for (Point point : points(profile, defaultUnitId)) {
            tables.computeIfAbsent(((long) point.unitId() << 8) | point.function(), k -> new ArrayList<>()).add(point);
        }
        List<Block> blocks = new ArrayList<>();
        for (List<Point> table : tables.values()) {
            table.sort(Comparator.comparingInt(Point::address).thenComparingInt(Point::index));
            int limit = table.get(0).bits() ? ProfileValidator.MAX_BITS_PER_READ : maxRegisters;
            int gap = table.get(0).bits() ? 0 : maxGap;
            List<Point> current = new ArrayList<>();
            int start = 0;
            int end = -1;
            for (Point point : table) {
                boolean joins = !current.isEmpty() && point.address() <= end + 1 + gap
                        && Math.max(end, point.last()) - start + 1 <= limit;
                if (!joins && !current.isEmpty()) {
                    blocks.add(block(current, start, end));
                    current = new ArrayList<>();
                }
                if (current.isEmpty()) {
                    start = point.address();
                    end = point.last();
                } else {
                    end = Math.max(end, point.last());
                }
                current.add(point);
            }
            blocks.add(block(current, start, end));
        }
        return blocks;
    }

    private static Block block(List<Point> points, int start, int end) {
        Point first = points.get(0);
        return new Block(first.unitId(), first.function(), start, end - start + 1, points);
    }
}
