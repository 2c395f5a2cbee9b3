package io.openemp.simulator;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

import org.junit.Test;

import io.openemp.simulator.internal.LoadShape;
import io.openemp.simulator.internal.Meter;
import io.openemp.simulator.internal.MeterModel;
import io.openemp.simulator.internal.Tariffs;

/** The meters' registers against the UCI household data they are driven by. */
public class ModelTest {

    final LoadShape shape = LoadShape.uci();

    @Test
    public void theShapeIsTheUciHouseholdsTwoDays() {
        // the data README: 58.208 kWh in all over the 2,880 minutes
        assertEquals(58.208, shape.totalActive(), 0.001);
        assertEquals(0.326, shape.active(0), 1e-9);
        assertEquals(243.15, shape.voltage(0), 1e-9);
        double peak = 0;
        for (int m = 0; m < LoadShape.MINUTES; m++) {
            peak = Math.max(peak, shape.active(m));
        }
        assertEquals(7.482, peak, 1e-9);
    }

    @Test
    public void energyIsTheIntegralOfTheScaledShiftedLoad() {
        MeterModel meter = new MeterModel(shape, 42, "0171", 7, 3);
        LocalDateTime from = LocalDateTime.of(2024, 5, 1, 6, 0);
        LocalDateTime to = from.plusHours(5);
        double expected = 0;
        long start = java.time.Duration.between(MeterModel.ORIGIN, from).toMinutes();
        for (int i = 0; i < 300; i++) {
            int source = (int) ((start + i) % LoadShape.MINUTES + 60L * meter.shift()) % LoadShape.MINUTES;
            expected += meter.scale() * shape.active(source) / 60;
        }
        double got = meter.registers(to).activeTotal().subtract(meter.registers(from).activeTotal()).doubleValue();
        assertEquals(expected, got, 0.011);
        // and the power the meter shows is that same load
        int source = (int) ((start % LoadShape.MINUTES + 60L * meter.shift()) % LoadShape.MINUTES);
        assertEquals(meter.scale() * shape.active(source), meter.power(from).activePower().get(0).doubleValue(), 0.00005);
    }

    @Test
    public void tariffRegistersSumToTheTotalAndFollowTheSchedule() {
        MeterModel meter = new MeterModel(shape, 1, "0171", 1, 1);
        Registers r = meter.registers(LocalDateTime.of(2025, 7, 1, 13, 17, 45));
        BigDecimal sum = BigDecimal.ZERO;
        for (int t = 1; t <= 4; t++) {
            sum = sum.add(r.forwardActive().get(t));
        }
        assertEquals(r.activeTotal().doubleValue(), sum.doubleValue(), 0.05);
        // 13:00-14:00 is flat (tariff 3): only its register moves
        Registers later = meter.registers(LocalDateTime.of(2025, 7, 1, 13, 59));
        for (int t : new int[] {1, 2, 4}) {
            assertEquals(r.forwardActive().get(t), later.forwardActive().get(t));
        }
        assertTrue(later.forwardActive().get(3).compareTo(r.forwardActive().get(3)) >= 0);
        assertEquals(3, Tariffs.of(13 * 60));
        assertEquals(4, Tariffs.of(23 * 60 + 30));
        assertEquals(1, Tariffs.of(20 * 60));
    }

    @Test
    public void metersDifferButRepeatWithTheSeed() {
        MeterModel a = new MeterModel(shape, 1, "0171", 1, 1);
        MeterModel b = new MeterModel(shape, 1, "0171", 1, 2);
        MeterModel again = new MeterModel(shape, 1, "0171", 1, 1);
        MeterModel otherSeed = new MeterModel(shape, 2, "0171", 1, 1);
        LocalDateTime t = LocalDateTime.of(2024, 1, 1, 12, 0);
        assertNotEquals(a.registers(t), b.registers(t));
        assertEquals(a.registers(t), again.registers(t));
        assertNotEquals(a.registers(t), otherSeed.registers(t));
        assertTrue("0.5 .. 3 times the household", a.scale() >= 0.5 && a.scale() <= 3);
    }

    @Test
    public void registersNeverGoBackwards() {
        MeterModel meter = new MeterModel(shape, 9, "0171", 4, 2);
        LocalDateTime t = LocalDateTime.of(2024, 2, 28, 0, 0);
        BigDecimal last = BigDecimal.ZERO;
        for (int i = 0; i < 3000; i++) {
            BigDecimal now = meter.registers(t.plusSeconds(61L * i)).activeTotal();
            assertTrue(now.compareTo(last) >= 0);
            last = now;
        }
    }

    @Test
    public void theNthFreezeMergesCommandedFreezesWithMidnights() {
        Meter meter = new Meter(new MeterModel(shape, 1, "0171", 1, 1));
        LocalDateTime now = LocalDateTime.of(2024, 3, 10, 15, 0);
        assertEquals(LocalDate.of(2024, 3, 10).atStartOfDay(), meter.freeze(1, now).orElseThrow());
        meter.freeze(LocalDateTime.of(2024, 3, 10, 9, 30, 12));
        meter.freeze(LocalDateTime.of(2024, 3, 10, 12, 5));
        assertEquals(LocalDateTime.of(2024, 3, 10, 12, 5), meter.freeze(1, now).orElseThrow());
        assertEquals(LocalDateTime.of(2024, 3, 10, 9, 30), meter.freeze(2, now).orElseThrow());
        assertEquals(LocalDate.of(2024, 3, 10).atStartOfDay(), meter.freeze(3, now).orElseThrow());
        assertEquals(LocalDate.of(2024, 3, 9).atStartOfDay(), meter.freeze(4, now).orElseThrow());
        assertEquals("the day's last commanded freeze", Optional.of(LocalDateTime.of(2024, 3, 10, 12, 5)),
                meter.dailyFreeze(LocalDate.of(2024, 3, 10), now));
        assertEquals("a day that has not ended", Optional.empty(), meter.dailyFreeze(LocalDate.of(2024, 3, 11), now));
        assertEquals(Optional.of(LocalDate.of(2024, 3, 10).atStartOfDay()), meter.dailyFreeze(LocalDate.of(2024, 3, 9), now));
    }
}
