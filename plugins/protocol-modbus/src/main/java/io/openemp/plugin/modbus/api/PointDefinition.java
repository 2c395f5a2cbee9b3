package io.openemp.plugin.modbus.api;

import java.math.BigDecimal;

import io.openemp.plugin.api.Nullable;

/**
 * One value of a {@link DeviceProfile}: where it is and how to decode it. The value is
 * {@code raw * scale + offset}, where raw is the register content read as {@code type}.
 *
 * @param name unique within the profile: a letter, then letters, digits, {@code _ . -} (at most 64 characters)
 * @param unitId the Modbus unit id (0..255) to read it from, or {@code null} for the endpoint's unit id
 * @param function the read function: 1 coils, 2 discrete inputs, 3 holding registers, 4 input registers
 * @param address the zero-based protocol address of the first register or bit, 0..65535 (a data sheet's
 *        "register 30001" or "40001" is address 0)
 * @param type {@code int16 uint16 int32 uint32 float32 int64 uint64 float64} for registers (the number of
 *        registers follows from it), {@code bool} or {@code null} for coils and discrete inputs
 * @param wordOrder for 32- and 64-bit types: {@code big} (most significant register first, the default) or
 *        {@code little}
 * @param byteOrder within each register: {@code big} (high byte first, the Modbus default) or {@code little}
 * @param scale multiplies the raw value, default 1 (e.g. 0.1 for a value in tenths)
 * @param offset added after scaling, default 0
 * @param readingType the reading-type code the value is recorded as ({@code voltage.a}, {@code energy.active.forward})
 * @param unit the unit of the scaled value ({@code V}, {@code kWh}), informative
 * @param description what the point is
 */
public record PointDefinition(String name, @Nullable Integer unitId, Integer function, Integer address,
        @Nullable String type, @Nullable String wordOrder, @Nullable String byteOrder, @Nullable BigDecimal scale,
        @Nullable BigDecimal offset, String readingType, @Nullable String unit, @Nullable String description) {

    /** A register point with the default unit id, orders, scale and offset. */
    public static PointDefinition register(String name, int function, int address, String type, String readingType) {
        return new PointDefinition(name, null, function, address, type, null, null, null, null, readingType, null, null);
    }

    /** This point with {@code scale}. */
    public PointDefinition withScale(BigDecimal newScale) {
        return new PointDefinition(name, unitId, function, address, type, wordOrder, byteOrder, newScale, offset,
                readingType, unit, description);
    }

    /** This point with word and byte order ({@code big} or {@code little}). */
    public PointDefinition withOrder(String newWordOrder, String newByteOrder) {
        return new PointDefinition(name, unitId, function, address, type, newWordOrder, newByteOrder, scale, offset,
                readingType, unit, description);
    }

    /** This point read from unit {@code newUnitId}. */
    public PointDefinition withUnitId(Integer newUnitId) {
        return new PointDefinition(name, newUnitId, function, address, type, wordOrder, byteOrder, scale, offset,
                readingType, unit, description);
    }
}
