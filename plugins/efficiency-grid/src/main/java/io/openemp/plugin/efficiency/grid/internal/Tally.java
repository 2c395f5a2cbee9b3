package io.openemp.plugin.efficiency.grid.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.Set;

import io.openemp.plugin.efficiency.grid.api.SavingsRecord;

/**
 * Sums of savings records: avoided energy and peak reduction add; the 90 % uncertainties of independent records
 * combine as the root of the sum of their squares (the confidence level stays 90 % when every record states its
 * uncertainty at that level with the same coverage factor).
 */
final class Tally {

    private static final MathContext ROOT = new MathContext(34);

    private int records;
    private BigDecimal kwh = BigDecimal.ZERO.setScale(3);
    private BigDecimal squares = BigDecimal.ZERO;
    private BigDecimal peak = BigDecimal.ZERO.setScale(3);
    private final Set<String> customers = new HashSet<>();

    void add(SavingsRecord r) {
        records++;
        kwh = kwh.add(r.avoidedKwh());
        squares = squares.add(r.uncertaintyKwh().multiply(r.uncertaintyKwh()));
        peak = peak.add(r.peakKw());
        customers.add(r.customer());
    }

    int records() {
        return records;
    }

    BigDecimal kwh() {
        return kwh;
    }

    BigDecimal peakKw() {
        return peak;
    }

    int customers() {
        return customers.size();
    }

    /** Root-sum-square of the uncertainties, 3 decimals half up. */
    BigDecimal uncertaintyKwh() {
        return squares.sqrt(ROOT).setScale(3, RoundingMode.HALF_UP);
    }

    /** {@code 100 part / whole}, 2 decimals half up; null without a whole or when it is 0. */
    static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        if (whole == null || whole.signum() == 0) {
            return null;
        }
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 2, RoundingMode.HALF_UP);
    }
}
