package io.openemp.plugin.modbus.api;

import java.math.RoundingMode;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Turns a {@link ReadResult} into {@link ModbusReading}s for the collection module. */
public final class ModbusReadings {

    /** Most decimals of a reading's value (the reading store's limit). */
    public static final int MAX_DECIMALS = 9;

    private static final int MAX_SOURCE = 64;

    private ModbusReadings() {
    }

    /**
     * One reading per point of {@code result} that has a value ({@link Quality#GOOD}); points without a value are
     * left out (their errors are in the result). Values are rounded half-even to at most {@value #MAX_DECIMALS}
     * decimals, instants truncated to milliseconds.
     *
     * @param meter the meter the device measures for, as the meter directory knows it
     */
    public static List<ModbusReading> of(String meter, ReadResult result) {
        Objects.requireNonNull(meter, "meter");
        String source = "modbus:" + result.endpoint() + "/" + result.profileId();
        if (source.length() > MAX_SOURCE) {
            source = source.substring(0, MAX_SOURCE);
        }
        List<ModbusReading> readings = new ArrayList<>();
        for (PointValue value : result.values()) {
            if (value.quality() != Quality.GOOD || value.value() == null) {
                continue;
            }
            var number = value.value();
            if (number.scale() > MAX_DECIMALS) {
                number = number.setScale(MAX_DECIMALS, RoundingMode.HALF_EVEN);
            }
            readings.add(new ModbusReading(meter, value.readingType(), value.at().truncatedTo(ChronoUnit.MILLIS),
                    number.stripTrailingZeros().scale() < 0 ? number.setScale(0) : number.stripTrailingZeros(),
                    Set.of(), source));
        }
        return readings;
    }
}
