package io.openemp.plugin.collection.api;

import io.openemp.plugin.api.Nullable;

/**
 * A device the master connects to (it listens): a DL/T 645 meter behind a transparent TCP gateway
 * ({@code kind} "dlt645", {@code address} its 12-digit meter address) or a Modbus TCP device ({@code kind}
 * "modbus", {@code profile} its register-map profile id, {@code unitId}).
 *
 * @param meter the meter id its readings are stored under
 */
public record Device(String kind, String host, int port, @Nullable String address, @Nullable String profile,
        @Nullable Integer unitId, String meter) {
}
