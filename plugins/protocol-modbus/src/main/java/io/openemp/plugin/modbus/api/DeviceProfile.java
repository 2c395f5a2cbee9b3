package io.openemp.plugin.modbus.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.openemp.plugin.api.Nullable;

/**
 * A register map of one kind of device, kept as data: which points to read and how to turn their registers into
 * values. JSON, one profile per file ({@code <id>.json}):
 *
 * <pre>{@code
 * {"id": "eastron-sdm630", "manufacturer": "Eastron", "model": "SDM630", "maxRegistersPerRead": 80,
 *  "points": [{"name": "voltageL1", "function": 4, "address": 0, "type": "float32",
 *              "readingType": "voltage.a", "unit": "V"}]}
 * }</pre>
 *
 * @param id unique id, lower case letters, digits, {@code . _ -} (at most 64 characters); also the file name
 * @param description what the profile is for
 * @param manufacturer the device's manufacturer
 * @param model the device model or family
 * @param source where the register map comes from (document title, version, address)
 * @param maxRegistersPerRead most registers one request may read from this device (1..125, default 125); some
 *        devices accept fewer than the protocol's 125
 * @param maxGap most unused registers a merged read may span between two points (0..16, default 0: only
 *        adjacent points are merged); reading unmapped registers makes some devices answer an exception
 * @param points what to read, at least one and at most {@value ProfileValidator#MAX_POINTS}
 */
public record DeviceProfile(String id, @Nullable String description, @Nullable String manufacturer,
        @Nullable String model, @Nullable String source, @Nullable Integer maxRegistersPerRead,
        @Nullable Integer maxGap, List<PointDefinition> points) {

    public DeviceProfile {
        points = points == null ? null : Collections.unmodifiableList(new ArrayList<>(points));
    }

    /** A profile with only an id and points; every optional field left out. */
    public static DeviceProfile of(String id, List<PointDefinition> points) {
        return new DeviceProfile(id, null, null, null, null, null, null, points);
    }
}
