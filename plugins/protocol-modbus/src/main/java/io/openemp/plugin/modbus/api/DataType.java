package io.openemp.plugin.modbus.api;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The value types a point may have, with the number of 16-bit registers each occupies. */
public enum DataType {
    /** One coil or discrete input: 0 or 1. */
    BOOL(0),
    INT16(1),
    UINT16(1),
    INT32(2),
    UINT32(2),
    /** IEEE 754 single precision. */
    FLOAT32(2),
    INT64(4),
    UINT64(4),
    /** IEEE 754 double precision. */
    FLOAT64(4);

    private final int registers;

    DataType(int registers) {
        this.registers = registers;
    }

    /** Registers occupied; 0 for {@link #BOOL}, which occupies one bit. */
    public int registers() {
        return registers;
    }

    /** The spelling in profiles: the name in lower case. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The type spelt {@code code} in a profile (exact lower case), if there is one. */
    public static Optional<DataType> of(String code) {
        return Arrays.stream(values()).filter(t -> t.code().equals(code)).findFirst();
    }

    /** Every register type's code, for messages: "int16, uint16, ...". */
    public static String registerCodes() {
        return Arrays.stream(values()).filter(t -> t != BOOL).map(DataType::code).collect(Collectors.joining(", "));
    }
}
