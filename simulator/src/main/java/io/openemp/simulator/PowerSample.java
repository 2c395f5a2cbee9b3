package io.openemp.simulator;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A meter's instantaneous values for one minute of the load shape (what AFN 0C F25 and the DL/T 645 02xxxxxx
 * items report). Powers have 4 decimals, voltages 1, currents 3, power factors 3 (as a fraction, 0.985).
 *
 * @param at            the terminal's local time, to the minute
 * @param activePower   kW: total, phase A, B, C
 * @param reactivePower kvar: total, phase A, B, C
 * @param apparentPower kVA: total, phase A, B, C
 * @param powerFactor   total, phase A, B, C
 * @param voltage       V: phase A, B, C
 * @param current       A: phase A, B, C
 */
public record PowerSample(LocalDateTime at, List<BigDecimal> activePower, List<BigDecimal> reactivePower,
        List<BigDecimal> apparentPower, List<BigDecimal> powerFactor, List<BigDecimal> voltage, List<BigDecimal> current) {

    public PowerSample {
        activePower = List.copyOf(activePower);
        reactivePower = List.copyOf(reactivePower);
        apparentPower = List.copyOf(apparentPower);
        powerFactor = List.copyOf(powerFactor);
        voltage = List.copyOf(voltage);
        current = List.copyOf(current);
    }
}
