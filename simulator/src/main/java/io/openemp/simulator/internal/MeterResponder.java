package io.openemp.simulator.internal;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.openemp.plugin.dlt645.api.AbnormalReply;
import io.openemp.plugin.dlt645.api.Bytes;
import io.openemp.plugin.dlt645.api.DataCatalogue;
import io.openemp.plugin.dlt645.api.DataId;
import io.openemp.plugin.dlt645.api.DataItem;
import io.openemp.plugin.dlt645.api.Dlt645Frame;
import io.openemp.plugin.dlt645.api.ErrorBit;
import io.openemp.plugin.dlt645.api.ErrorFlags;
import io.openemp.plugin.dlt645.api.FreezeReply;
import io.openemp.plugin.dlt645.api.FreezeRequest;
import io.openemp.plugin.dlt645.api.FreezeTime;
import io.openemp.plugin.dlt645.api.Function;
import io.openemp.plugin.dlt645.api.ReadReply;
import io.openemp.plugin.dlt645.api.ReadRequest;
import io.openemp.simulator.PowerSample;
import io.openemp.simulator.Registers;

/**
 * What a DL/T 645-2007 meter answers: reads of energy (current registers, total / tariffs / block), voltage,
 * current, powers, power factor, frequency, date, time, address, and daily frozen time and energies; the freeze
 * command (an instant freeze). Anything else is an abnormal reply "no data requested".
 */
public final class MeterResponder {

    private static final DataCatalogue CATALOGUE = DataCatalogue.standard();

    private MeterResponder() {
    }

    /** The meter's reply to {@code request} at {@code now}; empty when a meter sends none. */
    public static Optional<Dlt645Frame> answer(Meter meter, Dlt645Frame request, LocalDateTime now) {
        if (request instanceof ReadRequest read) {
            return Optional.of(read(meter, read, now));
        }
        if (request instanceof FreezeRequest freeze) {
            boolean done = freeze(meter, freeze.time(), now);
            if (freeze.address().isBroadcast()) {
                return Optional.empty();
            }
            return Optional.of(done ? new FreezeReply(meter.model().address())
                    : AbnormalReply.of(meter.model().address(), Function.FREEZE, ErrorFlags.of(ErrorBit.OTHER)));
        }
        return Optional.empty();
    }

    /** Only the instant freeze (every part 99) is carried out; a periodic freeze time is not kept. */
    public static boolean freeze(Meter meter, FreezeTime time, LocalDateTime now) {
        if (!time.equals(FreezeTime.instant())) {
            return false;
        }
        meter.freeze(now);
        return true;
    }

    private static Dlt645Frame read(Meter meter, ReadRequest request, LocalDateTime now) {
        DataId id = request.dataId();
        Optional<List<Object>> values = values(meter, id, now);
        Optional<DataItem> item = CATALOGUE.lookup(id);
        if (values.isEmpty() || item.isEmpty()) {
            return AbnormalReply.of(meter.model().address(), Function.READ, ErrorFlags.of(ErrorBit.NO_DATA));
        }
        Bytes value = item.get().encode(values.get());
        return new ReadReply(meter.model().address(), id, value, false);
    }

    private static Optional<List<Object>> values(Meter meter, DataId id, LocalDateTime now) {
        MeterModel model = meter.model();
        int di3 = id.di3();
        int di2 = id.di2();
        int di1 = id.di1();
        int di0 = id.di0();
        if (di3 == 0x00 && di0 == 0x00 && di2 <= 0x08) {
            return energy(model.registers(now), di2, di1);
        }
        if (di3 == 0x02 && di2 >= 0x01 && di2 <= 0x06 && di0 == 0x00) {
            return instantaneous(model.power(now), di2, di1);
        }
        if (id.value() == 0x02800002) {
            return Optional.of(List.of(new BigDecimal("50.00")));
        }
        if (id.value() == 0x04000101) {
            return Optional.of(List.of(now.toLocalDate()));
        }
        if (id.value() == 0x04000102) {
            return Optional.of(List.of(now.toLocalTime().withNano(0)));
        }
        if (id.value() == 0x04000401) {
            return Optional.of(List.of(model.address().toString()));
        }
        if (di3 == 0x05 && di2 == 0x06 && di0 >= 0x01 && di0 <= 0x3E && (di1 == 0x00 || di1 == 0x01 || di1 == 0x03)) {
            Optional<LocalDateTime> frozen = meter.freeze(di0, now);
            if (frozen.isEmpty()) {
                return Optional.empty();
            }
            if (di1 == 0x00) {
                return Optional.of(List.of(frozen.get()));
            }
            Registers registers = model.registers(frozen.get());
            return Optional.of(new ArrayList<>(di1 == 0x01 ? registers.forwardActive() : registers.forwardReactive()));
        }
        return Optional.empty();
    }

    /**
     * DI2 00 combined active (= forward: nothing flows back), 01 forward active, 03 combined reactive 1 and
     * 05 quadrant I (= forward reactive), 02 04 06 07 08 zero. DI1 00 total, 01..04 a tariff, FF all five.
     */
    private static Optional<List<Object>> energy(Registers registers, int kind, int tariff) {
        List<BigDecimal> all;
        switch (kind) {
            case 0x00, 0x01 -> all = registers.forwardActive();
            case 0x03, 0x05 -> all = registers.forwardReactive();
            default -> all = List.of(zero(), zero(), zero(), zero(), zero());
        }
        if (tariff == 0xFF) {
            return Optional.of(new ArrayList<>(all));
        }
        if (tariff > Tariffs.COUNT) {
            return Optional.empty();
        }
        return Optional.of(List.of(all.get(tariff)));
    }

    private static BigDecimal zero() {
        return new BigDecimal("0.00");
    }

    /** DI2 01 voltage, 02 current (DI1 phases 1..3); 03..06 powers and power factor (DI1 0 total, 1..3). */
    private static Optional<List<Object>> instantaneous(PowerSample sample, int kind, int which) {
        List<BigDecimal> all = switch (kind) {
            case 0x01 -> sample.voltage();
            case 0x02 -> sample.current();
            case 0x03 -> sample.activePower();
            case 0x04 -> sample.reactivePower();
            case 0x05 -> sample.apparentPower();
            default -> sample.powerFactor();
        };
        boolean phasesOnly = kind <= 0x02;
        if (which == 0xFF) {
            return Optional.of(new ArrayList<>(all));
        }
        int index = phasesOnly ? which - 1 : which;
        if (index < 0 || index >= all.size()) {
            return Optional.empty();
        }
        return Optional.of(List.of(all.get(index)));
    }
}
