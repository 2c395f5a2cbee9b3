package io.openemp.plugin.modbus.internal;

import java.math.BigDecimal;
import java.util.List;

import io.openemp.plugin.modbus.api.DeviceProfile;
import io.openemp.plugin.modbus.api.PointDefinition;

/** Small profiles for the tests. */
final class Profiles {

    private Profiles() {
    }

    static PointDefinition holding(String name, int address, String type) {
        return PointDefinition.register(name, 3, address, type, "test." + name.toLowerCase());
    }

    static PointDefinition input(String name, int address, String type) {
        return PointDefinition.register(name, 4, address, type, "test." + name.toLowerCase());
    }

    static PointDefinition bit(String name, int function, int address) {
        return new PointDefinition(name, null, function, address, null, null, null, null, null,
                "test." + name.toLowerCase(), null, null);
    }

    static PointDefinition scaled(PointDefinition p, String scale, String offset) {
        return new PointDefinition(p.name(), p.unitId(), p.function(), p.address(), p.type(), p.wordOrder(),
                p.byteOrder(), scale == null ? null : new BigDecimal(scale), offset == null ? null : new BigDecimal(offset),
                p.readingType(), p.unit(), p.description());
    }

    static DeviceProfile profile(String id, PointDefinition... points) {
        return DeviceProfile.of(id, java.util.Arrays.asList(points));
    }
}
