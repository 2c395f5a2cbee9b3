package io.openemp.simulator;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A meter's energy registers at one moment, as the meter shows them (0.01 kWh, rounded down, rolling over at
 * 1,000,000): total then tariffs 1..4 (sharp, peak, flat, valley).
 *
 * @param at             the terminal's local time of the reading
 * @param forwardActive  forward active energy, kWh: total, tariff 1..4
 * @param forwardReactive forward (combined 1, quadrant I) reactive energy, kvarh: total, tariff 1..4
 */
public record Registers(LocalDateTime at, List<BigDecimal> forwardActive, List<BigDecimal> forwardReactive) {

    public Registers {
        forwardActive = List.copyOf(forwardActive);
        forwardReactive = List.copyOf(forwardReactive);
    }

    /** Forward active energy, total. */
    public BigDecimal activeTotal() {
        return forwardActive.get(0);
    }
}
