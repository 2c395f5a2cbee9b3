package io.openemp.plugin.efficiency.monitoring.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** The roundings of derived figures; energies stay exact sums. */
final class Decimals {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final MathContext WORK = MathContext.DECIMAL64;

    private Decimals() {
    }

    /** {@code a / b} rounded half up to {@code scale}; null when either is null or b is zero. */
    static BigDecimal divide(BigDecimal a, BigDecimal b, int scale) {
        if (a == null || b == null || b.signum() == 0) {
            return null;
        }
        return a.divide(b, WORK).setScale(scale, RoundingMode.HALF_UP);
    }

    /** {@code 100 (a - b) / |b|}, 2 decimals; null when either is null or b is zero. */
    static BigDecimal changePercent(BigDecimal a, BigDecimal b) {
        if (a == null || b == null || b.signum() == 0) {
            return null;
        }
        return a.subtract(b).multiply(HUNDRED).divide(b.abs(), WORK).setScale(2, RoundingMode.HALF_UP);
    }

    /** {@code 100 a / b}, 2 decimals. */
    static BigDecimal percent(BigDecimal a, BigDecimal b) {
        return a == null ? null : divide(a.multiply(HUNDRED), b, 2);
    }

    /** P / sqrt(P² + Q²), 4 decimals; null when P or Q is missing or both are zero. */
    static BigDecimal powerFactor(BigDecimal p, BigDecimal q) {
        if (p == null || q == null) {
            return null;
        }
        BigDecimal s = p.multiply(p).add(q.multiply(q)).sqrt(WORK);
        return divide(p.abs(), s, 4);
    }

    static BigDecimal money(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP);
    }
}
