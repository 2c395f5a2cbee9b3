package io.openemp.plugin.modbus.internal;

import java.math.BigDecimal;

import io.openemp.plugin.modbus.api.DataType;
import io.openemp.plugin.modbus.api.PointDefinition;
import io.openemp.plugin.modbus.api.ProfileValidator;

/**
 * A point of a validated profile with every default applied: what the planner and the decoder work with.
 *
 * @param index position in the profile
 * @param definition as the profile gives it
 * @param unitId the unit id read from, the endpoint's when the point names none
 * @param function 1..4
 * @param address first register or bit
 * @param type value type
 * @param littleWords words least significant first
 * @param littleBytes bytes of each register swapped (low byte first)
 * @param scale multiplier
 * @param offset added after scaling
 */
record Point(int index, PointDefinition definition, int unitId, int function, int address, DataType type,
        boolean littleWords, boolean littleBytes, BigDecimal scale, BigDecimal offset) {

    /** The point {@code index} of a valid profile, read from {@code defaultUnitId} unless it names its own. */
    static Point of(int index, PointDefinition p, int defaultUnitId) {
        return new Point(index, p, p.unitId() == null ? defaultUnitId : p.unitId(), p.function(), p.address(),
                ProfileValidator.dataType(p), "little".equals(p.wordOrder()), "little".equals(p.byteOrder()),
                p.scale() == null ? BigDecimal.ONE : p.scale(), p.offset() == null ? BigDecimal.ZERO : p.offset());
    }

    /** Registers (functions 3, 4) or bits (1, 2) occupied. */
    int width() {
        return type == DataType.BOOL ? 1 : type.registers();
    }

    /** Last address occupied. */
    int last() {
        return address + width() - 1;
    }

    boolean bits() {
        return function <= 2;
    }

    String name() {
        return definition.name();
    }
}
