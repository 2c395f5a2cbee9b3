package io.openemp.plugin.modbus.internal;

/** Application error codes of the {@code modbus} RPC component (outside the JSON-RPC reserved range). */
final class ModbusErrors {

    /** A profile could not be written to the profiles folder. */
    static final int STORAGE_FAILED = -31501;

    private ModbusErrors() {
    }
}
