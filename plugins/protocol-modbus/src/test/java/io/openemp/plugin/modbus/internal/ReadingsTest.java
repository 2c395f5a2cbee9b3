package io.openemp.plugin.modbus.internal;

import static org.junit.Assert.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.Test;

import io.openemp.plugin.modbus.api.ErrorKind;
import io.openemp.plugin.modbus.api.ModbusReading;
import io.openemp.plugin.modbus.api.ModbusReadings;
import io.openemp.plugin.modbus.api.PointError;
import io.openemp.plugin.modbus.api.PointValue;
import io.openemp.plugin.modbus.api.Quality;
import io.openemp.plugin.modbus.api.ReadResult;

/** Results become reading records for the collection module: good values only, at most 9 decimals, ms instants. */
public class ReadingsTest {

    @Test
    public void goodValuesBecomeReadings() {
        Instant at = Instant.parse("2026-03-01T00:15:00.123456789Z");
        ReadResult result = new ReadResult("eastron-sdm630", "10.0.0.5:502", at, 12, 2, 2, 2, List.of(
                new PointValue("voltageL1", "voltage.a", "V", new BigDecimal("230.50"), at, Quality.GOOD, null),
                new PointValue("tiny", "x.tiny", null, new BigDecimal("0.0000000012345"), at, Quality.GOOD, null),
                new PointValue("nan", "x.nan", null, null, at, Quality.INVALID, PointError.of(ErrorKind.INVALID_VALUE, "NaN")),
                new PointValue("gone", "x.gone", null, null, at, Quality.BAD, PointError.exception(2))));
        List<ModbusReading> readings = ModbusReadings.of("MTR-0001", result);
        Instant ms = Instant.parse("2026-03-01T00:15:00.123Z");
        assertEquals(List.of(
                new ModbusReading("MTR-0001", "voltage.a", ms, new BigDecimal("230.5"), Set.of(), "modbus:10.0.0.5:502/eastron-sdm630"),
                new ModbusReading("MTR-0001", "x.tiny", ms, new BigDecimal("0.000000001"), Set.of(), "modbus:10.0.0.5:502/eastron-sdm630")),
                readings);
        assertEquals(new BigDecimal("1200"), ModbusReadings.of("m", new ReadResult("p", "h:1", at, 1, 1, 1, 0, List.of(
                new PointValue("w", "power", null, new BigDecimal("1.2E+3"), at, Quality.GOOD, null)))).get(0).value());
    }
}
