package io.openemp.plugin.modbus.api;

import io.openemp.plugin.api.Nullable;

/**
 * Where a device answers Modbus TCP.
 *
 * @param host host name or IP address
 * @param port TCP port, 1..65535 (devices usually listen on 502)
 * @param unitId the unit id of points that do not name their own (0..255); {@code null} means 1
 */
public record ModbusEndpoint(String host, int port, @Nullable Integer unitId) {

    /** Port 502, the Modbus TCP standard port. */
    public static final int DEFAULT_PORT = 502;

    /** The endpoint {@code host:port} with unit id 1. */
    public static ModbusEndpoint of(String host, int port) {
        return new ModbusEndpoint(host, port, null);
    }

    /** The unit id that applies to points without one. */
    public int defaultUnitId() {
        return unitId == null ? 1 : unitId;
    }

    /** {@code host:port}, the key connections are reused by. */
    public String address() {
        return (host != null && host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
    }

    /**
     * Throws unless the endpoint can be connected to.
     *
     * @throws IllegalArgumentException naming the field
     */
    public ModbusEndpoint check() {
        if (host == null || host.isBlank() || host.length() > 253 || host.chars().anyMatch(c -> c <= ' ' || c == '/')) {
            throw new IllegalArgumentException("host: '" + host + "' is not a host name or address");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port: " + port + " is outside 1..65535");
        }
        if (unitId != null && (unitId < 0 || unitId > 255)) {
            throw new IllegalArgumentException("unitId: " + unitId + " is outside 0..255");
        }
        return this;
    }
}
