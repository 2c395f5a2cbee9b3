package io.openemp.plugin.efficiency.potential.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import io.openemp.plugin.api.RpcException;
import io.openemp.plugin.efficiency.potential.api.PfStep;

/**
 * A power-factor adjustment table: the percentage by which the electricity charge changes at each power factor.
 * The measured factor is rounded half up to two decimals (as the Chinese method of 1983 does) and the row for the
 * highest tabulated factor not above it applies; below the lowest row, the lowest row applies.
 */
final class PfAdjustmentTable {

    /** Most rows of a table given in a call. */
    static final int MAX_ROWS = 101;

    private final TreeMap<BigDecimal, BigDecimal> rows;

    private PfAdjustmentTable(TreeMap<BigDecimal, BigDecimal> rows) {
        this.rows = rows;
    }

    /**
     * The standard of 0.90 of the Chinese "power-factor adjustment of electricity charges" (功率因数调整电费办法,
     * 1983), for industrial users of 160 kVA and above: 0.90 no change; above it a reduction of 0.15 % per 0.01
     * up to 0.75 % from 0.95 on; below it a surcharge of 0.5 % per 0.01 down to 0.70 (10 %), 1 % per 0.01 from 0.69
     * to 0.65 (15 %), and 2 % per 0.01 from 0.64 down.
     */
    static PfAdjustmentTable china090() {
        TreeMap<BigDecimal, BigDecimal> t = new TreeMap<>();
        for (int hundredths = 0; hundredths <= 100; hundredths++) {
            BigDecimal percent;
            if (hundredths >= 95) {
                percent = new BigDecimal("-0.75");
            } else if (hundredths >= 90) {
                percent = new BigDecimal("-0.15").multiply(BigDecimal.valueOf(hundredths - 90L));
            } else if (hundredths >= 70) {
                percent = new BigDecimal("0.5").multiply(BigDecimal.valueOf(90L - hundredths));
            } else if (hundredths >= 65) {
                percent = BigDecimal.TEN.add(BigDecimal.valueOf(70L - hundredths));
            } else {
                percent = BigDecimal.valueOf(15L + 2L * (65 - hundredths));
            }
            t.put(BigDecimal.valueOf(hundredths, 2), percent.setScale(2));
        }
        return new PfAdjustmentTable(t);
    }

    /** A table given in a call: factors 0..1 with at most two decimals, each once. */
    static PfAdjustmentTable of(String field, List<PfStep> steps) throws RpcException {
        if (steps.isEmpty() || steps.size() > MAX_ROWS) {
            throw RpcException.invalidParams(field, "needs 1.." + MAX_ROWS + " rows, not " + steps.size());
        }
        TreeMap<BigDecimal, BigDecimal> t = new TreeMap<>();
        for (int i = 0; i < steps.size(); i++) {
            PfStep s = steps.get(i);
            String row = field + "[" + i + "]";
            if (s == null || s.powerFactor() == null || s.percent() == null) {
                throw RpcException.invalidParams(row, "needs powerFactor and percent");
            }
            BigDecimal pf = s.powerFactor();
            if (pf.signum() < 0 || pf.compareTo(BigDecimal.ONE) > 0 || pf.stripTrailingZeros().scale() > 2) {
                throw RpcException.invalidParams(row + ".powerFactor",
                        "must lie within 0..1 with at most two decimals, not " + pf.toPlainString());
            }
            if (s.percent().abs().compareTo(BigDecimal.valueOf(1000)) > 0) {
                throw RpcException.invalidParams(row + ".percent", "must lie within -1000..1000, not " + s.percent().toPlainString());
            }
            if (t.put(pf.setScale(2), s.percent()) != null) {
                throw RpcException.invalidParams(row + ".powerFactor", "power factor " + pf.toPlainString() + " appears twice");
            }
        }
        return new PfAdjustmentTable(t);
    }

    /** The adjustment in percent at a measured power factor. */
    BigDecimal percentAt(double powerFactor) {
        BigDecimal rounded = BigDecimal.valueOf(powerFactor).setScale(2, RoundingMode.HALF_UP);
        var row = rows.floorEntry(rounded);
        return row != null ? row.getValue() : rows.firstEntry().getValue();
    }

    List<PfStep> steps() {
        List<PfStep> out = new ArrayList<>(rows.size());
        rows.forEach((pf, percent) -> out.add(new PfStep(pf, percent)));
        return out;
    }
}
