package io.openemp.plugin.efficiency.potential.internal;

import java.math.BigDecimal;

import io.openemp.plugin.api.RpcException;
import io.openemp.plugin.efficiency.potential.api.BaseLoadInput;
import io.openemp.plugin.efficiency.potential.api.CheckResult;

/**
 * Base-load reduction: the load above target share × working load that stays on out of working hours is waste.
 * Excess = max(0, base − target × working); saving = excess × non-working hours × price.
 */
final class BaseLoadCheck {

    static final double DEFAULT_TARGET_SHARE = 0.30;
    /** 8760 h less 52 weeks × 5 days × 10 working hours. */
    static final double DEFAULT_NON_WORKING_HOURS = 8760 - 52 * 5 * 10;

    private BaseLoadCheck() {
    }

    static CheckResult run(BaseLoadInput in) throws RpcException {
        double working = Inputs.positive("baseLoad.workingLoadKw", in.workingLoadKw());
        double base = Inputs.nonNegative("baseLoad.baseLoadKw", in.baseLoadKw());
        double target = Inputs.within("baseLoad.targetBaseShare",
                in.targetBaseShare() == null ? DEFAULT_TARGET_SHARE : in.targetBaseShare(), 0, 1);
        double hours = Inputs.within("baseLoad.nonWorkingHoursPerYear",
                in.nonWorkingHoursPerYear() == null ? DEFAULT_NON_WORKING_HOURS : in.nonWorkingHoursPerYear(), 0, 8784);
        BigDecimal price = Inputs.money("baseLoad.price", in.price());
        Figures inputs = new Figures().put("workingLoadKw", working, 3).put("baseLoadKw", base, 3)
                .put("targetBaseShare", target, 4).put("nonWorkingHoursPerYear", hours, 1).put("price", price);

        double share = base / working;
        double allowed = target * working;
        double excess = Math.max(0, base - allowed);
        BigDecimal kwh = Figures.round(excess * hours, 1);
        BigDecimal saving = Figures.money(kwh.multiply(price));
        Figures f = new Figures().put("baseLoadShare", share, 4).put("targetBaseLoadKw", allowed, 3)
                .put("excessBaseLoadKw", excess, 3);
        boolean applicable = excess > 0;
        String sentence = applicable
                ? "The load out of working hours is " + Figures.text(share * 100, 1) + " % of the working-hours load, "
                        + Figures.text(excess, 1) + " kW above the target of " + Figures.text(target * 100, 0)
                        + " %: switching it off saves " + Figures.text(kwh.doubleValue(), 0) + " kWh and "
                        + Figures.text(saving) + " a year."
                : "The load out of working hours is " + Figures.text(share * 100, 1) + " % of the working-hours load,"
                        + " within the target of " + Figures.text(target * 100, 0) + " %.";
        return new CheckResult("baseLoad", applicable, kwh, saving, f.map(), inputs.map(), sentence);
    }
}
