package io.openemp.simulator.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import io.openemp.plugin.dlt645.api.MeterAddress;
import io.openemp.simulator.PowerSample;
import io.openemp.simulator.Registers;

/**
 * One meter's behaviour, a pure function of the local time: the shared load shape times this meter's scale,
 * shifted by whole hours, plus base registers. Everything derives from the fleet seed and the meter's address,
 * so two runs with the same seed report the same values at the same time.
 */
public final class MeterModel {

    /** Registers count from here (local time); earlier times read as this moment. */
    public static final LocalDateTime ORIGIN = LocalDateTime.of(2020, 1, 1, 0, 0);
    private static final double ROLLOVER = 1_000_000;
    private static final double[] PHASE_SHARE = {0.36, 0.33, 0.31};
    private static final double[] PHASE_VOLTAGE = {1.0, 0.996, 1.003};

    private final LoadShape shape;
    private final MeterAddress address;
    private final int pn;
    private final double scale;
    private final int shift;
    private final double[] baseActive = new double[Tariffs.COUNT + 1];
    private final double[] baseReactive = new double[Tariffs.COUNT + 1];

    public MeterModel(LoadShape shape, long seed, String areaCode, int terminal, int pn) {
        this.shape = shape;
        this.pn = pn;
        this.address = address(areaCode, terminal, pn);
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L ^ address.value());
        this.scale = 0.5 + 2.5 * random.nextDouble();
        this.shift = random.nextInt(LoadShape.SHIFTS);
        for (int t = 1; t <= Tariffs.COUNT; t++) {
            baseActive[t] = Math.floor(random.nextDouble() * 2000);
            baseReactive[t] = Math.floor(random.nextDouble() * 200);
        }
    }

    /** The meter address: A1's four digits, the terminal number in five, the point number in three. */
    public static MeterAddress address(String areaCode, int terminal, int pn) {
        return MeterAddress.parse(String.format("%s%05d%03d", areaCode, terminal, pn));
    }

    public MeterAddress address() {
        return address;
    }

    public int pn() {
        return pn;
    }

    public double scale() {
        return scale;
    }

    public int shift() {
        return shift;
    }

    /** The registers at {@code local}, to the nanosecond of the load's integral. */
    public Registers registers(LocalDateTime local) {
        LocalDateTime at = local.isBefore(ORIGIN) ? ORIGIN : local;
        Duration since = Duration.between(ORIGIN, at);
        long minutes = since.toMinutes();
        double fraction = (since.getSeconds() % 60 + since.getNano() / 1e9) / 60;
        long cycles = minutes / LoadShape.MINUTES;
        int m = (int) (minutes % LoadShape.MINUTES);
        int tariffNow = Tariffs.of(m % 1440);
        int source = (m + 60 * shift) % LoadShape.MINUTES;
        double[][][] table = shape.cumulative(shift);
        List<BigDecimal> active = new ArrayList<>(Tariffs.COUNT + 1);
        List<BigDecimal> reactive = new ArrayList<>(Tariffs.COUNT + 1);
        double totalActive = 0;
        double totalReactive = 0;
        double[] a = new double[Tariffs.COUNT + 1];
        double[] r = new double[Tariffs.COUNT + 1];
        for (int t = 1; t <= Tariffs.COUNT; t++) {
            double partA = t == tariffNow ? fraction * shape.active(source) / 60 : 0;
            double partR = t == tariffNow ? fraction * shape.reactive(source) / 60 : 0;
            a[t] = baseActive[t] + scale * (cycles * table[0][t][LoadShape.MINUTES] + table[0][t][m] + partA);
            r[t] = baseReactive[t] + scale * (cycles * table[1][t][LoadShape.MINUTES] + table[1][t][m] + partR);
            totalActive += a[t];
            totalReactive += r[t];
        }
        active.add(register(totalActive));
        reactive.add(register(totalReactive));
        for (int t = 1; t <= Tariffs.COUNT; t++) {
            active.add(register(a[t]));
            reactive.add(register(r[t]));
        }
        return new Registers(local, active, reactive);
    }

    private static BigDecimal register(double kwh) {
        return BigDecimal.valueOf(kwh % ROLLOVER).setScale(2, RoundingMode.FLOOR);
    }

    /** Instantaneous values of the minute {@code local} falls in. */
    public PowerSample power(LocalDateTime local) {
        LocalDateTime minute = local.truncatedTo(ChronoUnit.MINUTES);
        LocalDateTime at = minute.isBefore(ORIGIN) ? ORIGIN : minute;
        long minutes = Duration.between(ORIGIN, at).toMinutes();
        int source = (int) ((minutes % LoadShape.MINUTES + 60L * shift) % LoadShape.MINUTES);
        double p = scale * shape.active(source);
        double q = scale * shape.reactive(source);
        double v = shape.voltage(source);
        List<BigDecimal> active = new ArrayList<>(4);
        List<BigDecimal> reactive = new ArrayList<>(4);
        List<BigDecimal> apparent = new ArrayList<>(4);
        List<BigDecimal> factor = new ArrayList<>(4);
        List<BigDecimal> volts = new ArrayList<>(3);
        List<BigDecimal> amps = new ArrayList<>(3);
        active.add(round(p, 4));
        reactive.add(round(q, 4));
        apparent.add(round(Math.hypot(p, q), 4));
        factor.add(round(powerFactor(p, q), 3));
        for (int phase = 0; phase < 3; phase++) {
            double pp = p * PHASE_SHARE[phase];
            double qq = q * PHASE_SHARE[phase];
            double vv = v * PHASE_VOLTAGE[phase];
            active.add(round(pp, 4));
            reactive.add(round(qq, 4));
            apparent.add(round(Math.hypot(pp, qq), 4));
            factor.add(round(powerFactor(pp, qq), 3));
            volts.add(round(vv, 1));
            amps.add(round(Math.hypot(pp, qq) * 1000 / vv, 3));
        }
        return new PowerSample(minute, active, reactive, apparent, factor, volts, amps);
    }

    private static double powerFactor(double p, double q) {
        double s = Math.hypot(p, q);
        return s == 0 ? 1 : p / s;
    }

    private static BigDecimal round(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
    }
}
