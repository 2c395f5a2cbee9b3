package io.openemp.simulator.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.openemp.plugin.gdw376.api.BcdTime;
import io.openemp.plugin.gdw376.api.Catalogue;
import io.openemp.plugin.gdw376.api.DataFormat;
import io.openemp.plugin.gdw376.api.Direction;
import io.openemp.plugin.gdw376.api.FnData;
import io.openemp.plugin.gdw376.api.FnLayout;
import io.openemp.simulator.PowerSample;
import io.openemp.simulator.Registers;

/**
 * The terminal's side of the data: AFN 0C (F2 clock, F25, F33, F129) and AFN 0D (F1, F161) items of a meter,
 * built through the codec's catalogue layouts. A terminal answers from what it read from its meters at the
 * start of the current minute, so 0C energies are the registers at the reading time it reports.
 */
public final class DataBuilder {

    /** AFN 0C classes answered per point (F2 only for p0). */
    public static final List<Integer> REALTIME = List.of(2, 25, 33, 129);
    /** AFN 0D classes answered per point. */
    public static final List<Integer> HISTORY = List.of(1, 161);

    private static final Catalogue CATALOGUE = Catalogue.standard();
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private DataBuilder() {
    }

    /** AFN 0C item {@code fn} of {@code meter} (null for p0), or empty when the terminal has no such data. */
    public static Optional<FnData> realtime(int fn, Meter meter, LocalDateTime now) {
        LocalDateTime minute = now.truncatedTo(ChronoUnit.MINUTES);
        if (fn == 2) {
            return meter != null ? Optional.empty()
                    : Optional.of(FnData.of(layout(0x0C, 2), Map.of("clock", BcdTime.of(DataFormat.A1, now.withNano(0)))));
        }
        if (meter == null) {
            return Optional.empty();
        }
        return switch (fn) {
            case 25 -> Optional.of(f25(meter.model().power(minute)));
            case 33 -> Optional.of(energies(layout(0x0C, 33), meter.model().registers(minute), null, true));
            case 129 -> Optional.of(energies(layout(0x0C, 129), meter.model().registers(minute), null, false));
            default -> Optional.empty();
        };
    }

    /** AFN 0D item {@code fn} of {@code meter} for {@code day}, or empty when that day is not frozen yet. */
    public static Optional<FnData> history(int fn, Meter meter, LocalDate day, LocalDateTime now) {
        if (meter == null || !HISTORY.contains(fn)) {
            return Optional.empty();
        }
        Optional<LocalDateTime> moment = meter.dailyFreeze(day, now);
        if (moment.isEmpty()) {
            return Optional.empty();
        }
        Registers registers = meter.model().registers(moment.get());
        return Optional.of(energies(layout(0x0D, fn), registers, day, fn == 1));
    }

    private static FnLayout layout(int afn, int fn) {
        return CATALOGUE.find(afn, fn, Direction.UP);
    }

    private static FnData f25(PowerSample s) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("readingTime", BcdTime.of(DataFormat.A15, s.at()));
        String[] phases = {"", "A", "B", "C"};
        for (int i = 0; i < 4; i++) {
            v.put("activePower" + phases[i], s.activePower().get(i));
            v.put("reactivePower" + phases[i], s.reactivePower().get(i));
            v.put("powerFactor" + phases[i], s.powerFactor().get(i).multiply(HUNDRED).setScale(1));
            v.put("apparentPower" + phases[i], s.apparentPower().get(i));
        }
        for (int i = 0; i < 3; i++) {
            v.put("voltage" + phases[i + 1], s.voltage().get(i));
            v.put("current" + phases[i + 1], s.current().get(i));
        }
        v.put("currentN", io.openemp.plugin.gdw376.api.ValueStatus.ABSENT);
        return FnData.of(layout(0x0C, 25), v);
    }

    /** F33 / AFN 0D F1 (all four energies) or F129 / F161 (forward active only). */
    private static FnData energies(FnLayout layout, Registers r, LocalDate day, boolean four) {
        Map<String, Object> v = new LinkedHashMap<>();
        if (day != null) {
            v.put("frozenDay", BcdTime.ofDate(day));
        }
        v.put("readingTime", BcdTime.of(DataFormat.A15, r.at().truncatedTo(ChronoUnit.MINUTES)));
        v.put("tariffCount", (long) Tariffs.COUNT);
        v.put("forwardActive", scaled(r.forwardActive(), 4));
        if (four) {
            v.put("forwardReactive", scaled(r.forwardReactive(), 2));
            v.put("q1Reactive", scaled(r.forwardReactive(), 2));
            v.put("q4Reactive", Collections.nCopies(Tariffs.COUNT + 1, new BigDecimal("0.00")));
        }
        return FnData.of(layout, v);
    }

    private static List<BigDecimal> scaled(List<BigDecimal> values, int scale) {
        List<BigDecimal> out = new ArrayList<>(values.size());
        for (BigDecimal b : values) {
            out.add(b.setScale(scale));
        }
        return out;
    }
}
