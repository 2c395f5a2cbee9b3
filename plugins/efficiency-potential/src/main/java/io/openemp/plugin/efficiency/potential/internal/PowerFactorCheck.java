package io.openemp.plugin.efficiency.potential.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

import io.openemp.plugin.api.RpcException;
import io.openemp.plugin.efficiency.potential.api.CheckResult;
import io.openemp.plugin.efficiency.potential.api.PowerFactorInput;

/**
 * Power-factor correction: the compensation Q<sub>c</sub> = P (tan φ<sub>1</sub> − tan φ<sub>2</sub>) that raises the
 * power factor from cos φ<sub>1</sub> to cos φ<sub>2</sub>, and the tariff's power-factor adjustment it saves:
 * (adjustment at cos φ<sub>1</sub> − adjustment at cos φ<sub>2</sub>) × monthly charge × 12.
 */
final class PowerFactorCheck {

    static final double DEFAULT_TARGET = 0.95;

    private PowerFactorCheck() {
    }

    static CheckResult run(PowerFactorInput in) throws RpcException {
        double p = Inputs.positive("powerFactor.activePowerKw", in.activePowerKw());
        double pf1 = Inputs.powerFactor("powerFactor.powerFactor", in.powerFactor());
        double pf2 = Inputs.powerFactor("powerFactor.targetPowerFactor",
                in.targetPowerFactor() == null ? DEFAULT_TARGET : in.targetPowerFactor());
        PfAdjustmentTable table = in.adjustmentTable() == null ? PfAdjustmentTable.china090()
                : PfAdjustmentTable.of("powerFactor.adjustmentTable", in.adjustmentTable());
        BigDecimal monthly = in.monthlyCharge() == null ? null : Inputs.money("powerFactor.monthlyCharge", in.monthlyCharge());
        BigDecimal costPerKvar = in.capacitorCostPerKvar() == null ? null
                : Inputs.money("powerFactor.capacitorCostPerKvar", in.capacitorCostPerKvar());

        Figures inputs = new Figures().put("activePowerKw", p, 3).put("powerFactor", pf1, 4).put("targetPowerFactor", pf2, 4);
        if (monthly != null) {
            inputs.put("monthlyCharge", monthly);
        }
        if (costPerKvar != null) {
            inputs.put("capacitorCostPerKvar", costPerKvar);
        }
        double tan1 = tan(pf1);
        double tan2 = tan(pf2);
        double kvar = Math.max(0, p * (tan1 - tan2));
        BigDecimal now = table.percentAt(pf1);
        BigDecimal atTarget = table.percentAt(pf2);
        Figures f = new Figures().put("tanPhi1", tan1, 6).put("tanPhi2", tan2, 6).put("requiredKvar", kvar, 2)
                .put("adjustmentPercentNow", now).put("adjustmentPercentAtTarget", atTarget);
        if (pf1 >= pf2) {
            return new CheckResult("powerFactor", false, null, monthly == null ? null : Figures.money(BigDecimal.ZERO),
                    f.map(), inputs.map(), "The power factor " + pf1 + " already reaches the target " + pf2
                            + "; no compensation is needed.");
        }
        BigDecimal yearly = null;
        StringBuilder sentence = new StringBuilder("Raising the power factor from " + pf1 + " to " + pf2 + " at "
                + Figures.text(p, 1) + " kW needs " + Figures.text(kvar, 1) + " kvar of compensation");
        if (monthly != null) {
            BigDecimal perMonth = monthly.multiply(now.subtract(atTarget)).divide(BigDecimal.valueOf(100));
            yearly = Figures.money(perMonth.multiply(BigDecimal.valueOf(12)));
            f.put("savingsPerMonth", Figures.money(perMonth));
            sentence.append(" and changes the power-factor adjustment from ").append(now.toPlainString())
                    .append(" % to ").append(atTarget.toPlainString()).append(" %, saving ")
                    .append(Figures.text(yearly)).append(" a year");
            if (costPerKvar != null) {
                BigDecimal investment = Figures.money(costPerKvar.multiply(Figures.round(kvar, 2)));
                f.put("investment", investment);
                if (yearly.signum() > 0) {
                    BigDecimal payback = investment.divide(yearly, 2, RoundingMode.HALF_UP);
                    f.put("paybackYears", payback);
                    sentence.append(" for an investment of ").append(Figures.text(investment))
                            .append(" (simple payback ").append(payback.toPlainString()).append(" years)");
                }
            }
        }
        sentence.append('.');
        boolean applicable = yearly == null || yearly.signum() > 0;
        return new CheckResult("powerFactor", applicable, null, yearly, f.map(), inputs.map(), sentence.toString());
    }

    /** tan φ from cos φ: sqrt(1 − cos²φ) / cos φ. */
    static double tan(double cosPhi) {
        return Math.sqrt(1 - cosPhi * cosPhi) / cosPhi;
    }
}
