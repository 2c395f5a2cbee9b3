package io.openemp.plugin.efficiency.potential.internal;

import java.math.BigDecimal;
import java.math.MathContext;

import io.openemp.plugin.api.RpcException;
import io.openemp.plugin.efficiency.potential.api.CheckResult;
import io.openemp.plugin.efficiency.potential.api.PeakShiftInput;

/**
 * Peak shifting: E<sub>s</sub> = peak energy × shiftable share moves to valley hours, where E<sub>s</sub> / η must be
 * bought (η the round-trip efficiency). Saving = E<sub>s</sub> × peak price − E<sub>s</sub> / η × valley price.
 */
final class PeakShiftCheck {

    private PeakShiftCheck() {
    }

    static CheckResult run(PeakShiftInput in) throws RpcException {
        double peak = Inputs.nonNegative("peakShift.peakEnergyKwhPerYear", in.peakEnergyKwhPerYear());
        double share = Inputs.within("peakShift.shiftableShare", in.shiftableShare(), 0, 1);
        BigDecimal peakPrice = Inputs.money("peakShift.peakPrice", in.peakPrice());
        BigDecimal valleyPrice = Inputs.money("peakShift.valleyPrice", in.valleyPrice());
        double eta = in.roundTripEfficiency() == null ? 1.0 : in.roundTripEfficiency();
        if (!(eta > 0) || eta > 1 || Double.isNaN(eta)) {
            throw RpcException.invalidParams("peakShift.roundTripEfficiency", "must be above 0 and at most 1, not " + eta);
        }
        Figures inputs = new Figures().put("peakEnergyKwhPerYear", peak, 3).put("shiftableShare", share, 4)
                .put("peakPrice", peakPrice).put("valleyPrice", valleyPrice).put("roundTripEfficiency", eta, 4);

        BigDecimal shifted = BigDecimal.valueOf(peak).multiply(BigDecimal.valueOf(share));
        BigDecimal bought = shifted.divide(BigDecimal.valueOf(eta), MathContext.DECIMAL64);
        BigDecimal saving = Figures.money(shifted.multiply(peakPrice).subtract(bought.multiply(valleyPrice)));
        Figures f = new Figures().put("shiftedKwh", shifted.doubleValue(), 1).put("valleyKwhBought", bought.doubleValue(), 1)
                .put("lossKwh", bought.subtract(shifted).doubleValue(), 1)
                .put("peakCostAvoided", Figures.money(shifted.multiply(peakPrice)))
                .put("valleyCostAdded", Figures.money(bought.multiply(valleyPrice)));
        boolean applicable = saving.signum() > 0;
        String sentence = applicable
                ? "Moving " + Figures.text(share * 100, 1) + " % of the peak energy (" + Figures.text(shifted.doubleValue(), 0)
                        + " kWh a year) to valley hours saves " + Figures.text(saving) + " a year."
                : "Moving peak energy to valley hours saves nothing: the valley price over the round-trip efficiency ("
                        + valleyPrice.toPlainString() + " / " + eta + ") is not below the peak price "
                        + peakPrice.toPlainString() + ", or nothing is shiftable.";
        return new CheckResult("peakShift", applicable, null, saving, f.map(), inputs.map(), sentence);
    }
}
