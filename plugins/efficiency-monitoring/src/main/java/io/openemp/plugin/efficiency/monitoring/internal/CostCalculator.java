package io.openemp.plugin.efficiency.monitoring.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.openemp.plugin.efficiency.monitoring.api.Band;
import io.openemp.plugin.efficiency.monitoring.api.BandPrice;
import io.openemp.plugin.efficiency.monitoring.api.CostLine;
import io.openemp.plugin.efficiency.monitoring.api.CostReport;
import io.openemp.plugin.efficiency.monitoring.api.DemandBasis;
import io.openemp.plugin.efficiency.monitoring.api.DemandCharge;
import io.openemp.plugin.efficiency.monitoring.api.Tariff;

/**
 * A month's bill of a node under a tariff: each band's energy at its price, the demand charge on the month's
 * maximum demand or on the capacity, and the power-factor adjustment of the sum of both. Each line is rounded half
 * up to 2 decimals and the totals add the rounded lines, as a printed bill does.
 */
final class CostCalculator {

    private CostCalculator() {
    }

    static CostReport cost(String node, PeriodRange month, Tariff tariff, TouSchedule schedule, Curve curve,
            BigDecimal reactiveKvarh) {
        Curve.Summary summary = curve.summary(schedule, month.zone(), null);
        EnumMap<Band, BigDecimal> energy = summary.bands();
        Map<Band, BigDecimal> prices = new EnumMap<>(Band.class);
        for (BandPrice p : tariff.energyPrices()) {
            prices.put(p.band(), p.pricePerKwh());
        }
        List<CostLine> lines = new ArrayList<>();
        BigDecimal energyAmount = BigDecimal.ZERO.setScale(2);
        for (Map.Entry<Band, BigDecimal> e : energy.entrySet()) {
            BigDecimal price = prices.get(e.getKey());
            BigDecimal amount = Decimals.money(e.getValue().multiply(price));
            lines.add(new CostLine("energy " + e.getKey(), e.getValue(), "kWh", price, amount));
            energyAmount = energyAmount.add(amount);
        }

        BigDecimal demandAmount = BigDecimal.ZERO.setScale(2);
        DemandCharge d = tariff.demand();
        if (d != null) {
            BigDecimal quantity;
            String unit;
            if (d.basis() == DemandBasis.CAPACITY) {
                quantity = d.capacityKva();
                unit = "kVA";
            } else {
                quantity = summary.peak() == null ? BigDecimal.ZERO.setScale(3) : kw(summary.peak(), curve.intervalSeconds());
                unit = "kW";
            }
            demandAmount = Decimals.money(quantity.multiply(d.price()));
            lines.add(new CostLine("demand " + d.basis(), quantity, unit, d.price(), demandAmount));
        }

        BigDecimal activeKwh = summary.total();
        BigDecimal pf = Decimals.powerFactor(activeKwh, reactiveKvarh);
        BigDecimal rounded = pf == null ? null : pf.setScale(2, RoundingMode.HALF_UP);
        BigDecimal percent = BigDecimal.ZERO;
        BigDecimal adjustment = BigDecimal.ZERO.setScale(2);
        if (tariff.powerFactor() != null && rounded != null) {
            percent = TariffRules.percent(tariff.powerFactor(), rounded);
            adjustment = Decimals.money(energyAmount.add(demandAmount).multiply(percent).divide(Decimals.HUNDRED));
        }
        BigDecimal total = energyAmount.add(demandAmount).add(adjustment);
        return new CostReport(node, tariff.id(), tariff.currency(), month.start(), lines, energyAmount, demandAmount, pf,
                rounded, percent, adjustment, total);
    }

    /** An interval's energy over its length (the average kW), 3 decimals. */
    static BigDecimal kw(BigDecimal kwh, int intervalSeconds) {
        return kwh.multiply(BigDecimal.valueOf(3600)).divide(BigDecimal.valueOf(intervalSeconds), 3, RoundingMode.HALF_UP);
    }
}
