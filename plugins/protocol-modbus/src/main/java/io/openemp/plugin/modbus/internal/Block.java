package io.openemp.plugin.modbus.internal;

import java.util.List;

/**
 * One read request: {@code count} registers or bits of one function of one unit from {@code address}, carrying
 * {@code points} (in address order).
 */
record Block(int unitId, int function, int address, int count, List<Point> points) {

    Block {
        points = List.copyOf(points);
    }

    boolean bits() {
        return function <= 2;
    }

    /** Bytes of data a valid response carries: 2 per register, or 1 per 8 bits rounded up. */
    int expectedBytes() {
        return bits() ? (count + 7) / 8 : 2 * count;
    }

    /** The block that reads {@code point} alone. */
    static Block single(Point point) {
        return new Block(point.unitId(), point.function(), point.address(), point.width(), List.of(point));
    }
}
