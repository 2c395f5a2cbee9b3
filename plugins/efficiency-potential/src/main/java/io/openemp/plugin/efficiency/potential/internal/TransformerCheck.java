package io.openemp.plugin.efficiency.potential.internal;

import java.math.BigDecimal;

import io.openemp.plugin.api.RpcException;
import io.openemp.plugin.efficiency.potential.api.CheckResult;
import io.openemp.plugin.efficiency.potential.api.TransformerInput;
import io.openemp.plugin.efficiency.potential.api.TransformerUnit;

/**
 * Transformer loading and losses. n identical units of rated power S<sub>N</sub> sharing a load S run at the load
 * factor β = S / (n S<sub>N</sub>) and lose n (P<sub>0</sub> + β² P<sub>k</sub>). One unit is most efficient at
 * β<sub>opt</sub> = √(P<sub>0</sub> / P<sub>k</sub>). With n ≥ 2 units, switching one off pays below the critical load
 * S<sub>cr</sub> = S<sub>N</sub> √(n (n − 1) P<sub>0</sub> / P<sub>k</sub>), saving
 * P<sub>0</sub> − P<sub>k</sub> S² / S<sub>N</sub>² (1 / (n − 1) − 1 / n) kW, if the others can carry the load. An
 * alternative type is compared at the same load on the same number of units. The best option is the saving.
 */
final class TransformerCheck {

    static final int MAX_UNITS = 16;

    private TransformerCheck() {
    }

    static CheckResult run(TransformerInput in) throws RpcException {
        TransformerUnit u = unit("transformer.unit", in.unit());
        int n = in.units() == null ? 1 : in.units();
        if (n < 1 || n > MAX_UNITS) {
            throw RpcException.invalidParams("transformer.units", "must lie within 1.." + MAX_UNITS + ", not " + n);
        }
        double load = Inputs.nonNegative("transformer.loadKva", in.loadKva());
        double hours = Inputs.within("transformer.hoursPerYear", in.hoursPerYear() == null ? 8760 : in.hoursPerYear(), 0, 8784);
        BigDecimal price = Inputs.money("transformer.price", in.price());
        TransformerUnit alt = in.alternative() == null ? null : unit("transformer.alternative", in.alternative());
        if (load > n * u.ratedKva() * 2) {
            throw RpcException.invalidParams("transformer.loadKva", "the load " + load + " kVA is over twice what "
                    + n + " unit(s) of " + u.ratedKva() + " kVA are rated for; check the units");
        }
        Figures inputs = new Figures().put("ratedKva", u.ratedKva(), 3).put("noLoadLossKw", u.noLoadLossKw(), 4)
                .put("loadLossKw", u.loadLossKw(), 4).put("units", n, 0).put("loadKva", load, 3)
                .put("hoursPerYear", hours, 1).put("price", price);
        if (alt != null) {
            inputs.put("alternativeRatedKva", alt.ratedKva(), 3).put("alternativeNoLoadLossKw", alt.noLoadLossKw(), 4)
                    .put("alternativeLoadLossKw", alt.loadLossKw(), 4);
        }

        double beta = load / (n * u.ratedKva());
        double lossKw = losses(u, n, load);
        double optimal = Math.sqrt(u.noLoadLossKw() / u.loadLossKw());
        Figures f = new Figures().put("loadFactor", beta, 4).put("noLoadLossKw", n * u.noLoadLossKw(), 4)
                .put("loadLossKw", n * beta * beta * u.loadLossKw(), 4).put("totalLossKw", lossKw, 4)
                .put("annualLossKwh", lossKw * hours, 1).put("optimalLoadFactor", optimal, 4)
                .put("optimalLoadKva", optimal * n * u.ratedKva(), 1);

        double bestKw = 0;
        String best = null;
        if (n >= 2) {
            double critical = u.ratedKva() * Math.sqrt(n * (n - 1.0) * u.noLoadLossKw() / u.loadLossKw());
            double fewerKw = lossKw - losses(u, n - 1, load);
            f.put("criticalLoadKva", critical, 1).put("switchOffSavingKw", fewerKw, 4);
            if (fewerKw > bestKw && load <= (n - 1) * u.ratedKva()) {
                bestKw = fewerKw;
                best = "switching off one of the " + n + " units (the load " + Figures.text(load, 0)
                        + " kVA is below the critical load " + Figures.text(critical, 0) + " kVA)";
            }
        }
        if (alt != null) {
            double altKw = lossKw - losses(alt, n, load);
            f.put("alternativeLoadFactor", load / (n * alt.ratedKva()), 4).put("alternativeSavingKw", altKw, 4);
            if (altKw > bestKw && load <= n * alt.ratedKva()) {
                bestKw = altKw;
                best = "replacing the unit(s) by " + Figures.text(alt.ratedKva(), 0) + " kVA ones";
            }
        }
        BigDecimal kwh = Figures.round(bestKw * hours, 1);
        BigDecimal saving = Figures.money(kwh.multiply(price));
        String state = "The transformer(s) run at " + Figures.text(beta * 100, 1) + " % load (most efficient at "
                + Figures.text(optimal * 100, 1) + " %) and lose " + Figures.text(lossKw * hours, 0) + " kWh a year";
        String sentence = best == null ? state + "; neither switching off a unit nor the alternative saves anything."
                : state + "; " + best + " saves " + Figures.text(kwh.doubleValue(), 0) + " kWh and " + Figures.text(saving)
                        + " a year.";
        return new CheckResult("transformer", best != null, kwh, saving, f.map(), inputs.map(), sentence);
    }

    /** n units sharing the load S equally: n P0 + n (S / (n SN))² Pk, in kW. */
    static double losses(TransformerUnit u, int n, double loadKva) {
        double beta = loadKva / (n * u.ratedKva());
        return n * (u.noLoadLossKw() + beta * beta * u.loadLossKw());
    }

    private static TransformerUnit unit(String field, TransformerUnit u) throws RpcException {
        Inputs.required(field, u);
        Inputs.positive(field + ".ratedKva", u.ratedKva());
        Inputs.positive(field + ".noLoadLossKw", u.noLoadLossKw());
        Inputs.positive(field + ".loadLossKw", u.loadLossKw());
        if (u.noLoadLossKw() >= u.ratedKva() || u.loadLossKw() >= u.ratedKva()) {
            throw RpcException.invalidParams(field, "losses of " + u.noLoadLossKw() + " / " + u.loadLossKw()
                    + " kW are not possible for a " + u.ratedKva() + " kVA transformer; check the units");
        }
        return u;
    }
}
