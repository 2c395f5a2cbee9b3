package io.openemp.plugin.efficiency.monitoring.internal;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.openemp.plugin.api.RpcException;
import io.openemp.plugin.efficiency.monitoring.api.Band;
import io.openemp.plugin.efficiency.monitoring.api.BandPrice;
import io.openemp.plugin.efficiency.monitoring.api.DemandBasis;
import io.openemp.plugin.efficiency.monitoring.api.DemandCharge;
import io.openemp.plugin.efficiency.monitoring.api.PowerFactorAdjustment;
import io.openemp.plugin.efficiency.monitoring.api.PowerFactorStep;
import io.openemp.plugin.efficiency.monitoring.api.Tariff;

/** The checks of a tariff against its calendar. */
final class TariffRules {

    private static final int MAX_STEPS = 101;

    private TariffRules() {
    }

    static void check(Tariff t, TouSchedule calendar) throws RpcException {
        Checks.id("tariff.id", t.id());
        Checks.text("tariff.name", t.name(), 200);
        if (t.currency() == null || !t.currency().matches("[A-Z]{3}")) {
            throw RpcException.invalidParams("tariff.currency", "must be an ISO 4217 code such as \"CNY\"; got "
                    + Checks.quote(t.currency()));
        }
        Set<Band> priced = EnumSet.noneOf(Band.class);
        List<BandPrice> prices = t.energyPrices() == null ? List.of() : t.energyPrices();
        for (int i = 0; i < prices.size(); i++) {
            BandPrice p = prices.get(i);
            if (p.band() == null) {
                throw RpcException.invalidParams("tariff.energyPrices[" + i + "].band", "is required");
            }
            if (!priced.add(p.band())) {
                throw RpcException.invalidParams("tariff.energyPrices[" + i + "].band", "band " + p.band() + " is priced twice");
            }
            Checks.amount("tariff.energyPrices[" + i + "].pricePerKwh", p.pricePerKwh());
        }
        for (Band b : calendar.bands()) {
            if (!priced.contains(b)) {
                throw RpcException.invalidParams("tariff.energyPrices", "calendar '" + calendar.id() + "' uses band " + b
                        + ", which has no price");
            }
        }
        DemandCharge d = t.demand();
        if (d != null) {
            if (d.basis() == null) {
                throw RpcException.invalidParams("tariff.demand.basis", "is required: MAX_DEMAND or CAPACITY");
            }
            Checks.amount("tariff.demand.price", d.price());
            if (d.basis() == DemandBasis.CAPACITY) {
                Checks.amount("tariff.demand.capacityKva", d.capacityKva());
                if (d.capacityKva().signum() == 0) {
                    throw RpcException.invalidParams("tariff.demand.capacityKva", "must be above 0");
                }
            } else if (d.capacityKva() != null) {
                throw RpcException.invalidParams("tariff.demand.capacityKva", "is only for basis CAPACITY");
            }
        }
        PowerFactorAdjustment pf = t.powerFactor();
        if (pf != null) {
            if (pf.standard() == null || pf.standard().signum() <= 0 || pf.standard().compareTo(BigDecimal.ONE) > 0) {
                throw RpcException.invalidParams("tariff.powerFactor.standard", "must be above 0 and at most 1");
            }
            List<PowerFactorStep> steps = pf.steps();
            if (steps == null || steps.isEmpty() || steps.size() > MAX_STEPS) {
                throw RpcException.invalidParams("tariff.powerFactor.steps", "must hold 1 to " + MAX_STEPS + " rows");
            }
            BigDecimal last = null;
            for (int i = 0; i < steps.size(); i++) {
                PowerFactorStep s = steps.get(i);
                String f = "tariff.powerFactor.steps[" + i + "]";
                if (s.powerFactor() == null || s.powerFactor().signum() < 0 || s.powerFactor().compareTo(BigDecimal.ONE) > 0
                        || s.powerFactor().stripTrailingZeros().scale() > 2) {
                    throw RpcException.invalidParams(f + ".powerFactor", "must be 0 to 1 with at most 2 decimals");
                }
                if (last != null && s.powerFactor().compareTo(last) <= 0) {
                    throw RpcException.invalidParams(f + ".powerFactor", "must be above the previous row's " + last.toPlainString());
                }
                if (s.percent() == null || s.percent().abs().compareTo(Decimals.HUNDRED) > 0
                        || s.percent().stripTrailingZeros().scale() > 4) {
                    throw RpcException.invalidParams(f + ".percent", "must be -100 to 100 with at most 4 decimals");
                }
                last = s.powerFactor();
            }
        }
    }

    /** The table's percent for a power factor already rounded to 2 decimals. */
    static BigDecimal percent(PowerFactorAdjustment pf, BigDecimal rounded) {
        BigDecimal percent = pf.steps().get(0).percent();
        for (PowerFactorStep s : pf.steps()) {
            if (s.powerFactor().compareTo(rounded) <= 0) {
                percent = s.percent();
            }
        }
        return percent;
    }
}
