package io.openemp.plugin.efficiency.mv.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.NavigableMap;
import java.util.TreeMap;

import org.junit.BeforeClass;
import org.junit.Test;

import io.openemp.plugin.efficiency.mv.api.Check;
import io.openemp.plugin.efficiency.mv.api.Granularity;
import io.openemp.plugin.efficiency.mv.api.Period;
import io.openemp.plugin.efficiency.mv.api.Savings;
import io.openemp.plugin.efficiency.mv.api.TimeOfWeek;

/**
 * Option C on a real load: transformer 1 of the ETT dataset. Consumption is the high-voltage useful load (HUFL),
 * summed per local day; the drivers are the middle-voltage useful load (MUFL, standing for the site's activity,
 * as a production figure would) and the daily mean oil temperature (OT, for the weather). A known step reduction
 * of 8 % is put into the consumption from a date in the reporting period; the drivers are left as measured.
 */
public class EttSavingsTest {

    private static final Period BASELINE = new Period(day("2016-10-01"), day("2017-10-01"));
    private static final Period REPORTING = new Period(day("2017-10-01"), day("2018-01-01"));
    private static final Instant MEASURE_FROM = day("2017-10-16");
    private static final double REDUCTION = 0.08;

    private static NavigableMap<Instant, Double> hufl;
    private static NavigableMap<Instant, Double> mufl;
    private static NavigableMap<Instant, Double> ot;

    @BeforeClass
    public static void load() throws Exception {
        hufl = daily(Ett.column("ETTh1.csv", "HUFL"), false);
        mufl = daily(Ett.column("ETTh1.csv", "MUFL"), false);
        ot = daily(Ett.column("ETTh1.csv", "OT"), true);
    }

    private static Instant day(String date) {
        return LocalDate.parse(date).atStartOfDay(Ett.ZONE).toInstant();
    }

    /** Sums (or means) per local day, complete days only. */
    static NavigableMap<Instant, Double> daily(NavigableMap<Instant, Double> hourly, boolean mean) {
        NavigableMap<Instant, double[]> days = new TreeMap<>();
        hourly.forEach((at, v) -> {
            double[] d = days.computeIfAbsent(at.atZone(Ett.ZONE).toLocalDate().atStartOfDay(Ett.ZONE).toInstant(), k -> new double[2]);
            d[0] += v;
            d[1]++;
        });
        NavigableMap<Instant, Double> out = new TreeMap<>();
        days.forEach((at, d) -> {
            if (d[1] == 24) {
                out.put(at, mean ? d[0] / 24 : d[0]);
            }
        });
        return out;
    }

    private static Inputs inputs(NavigableMap<Instant, Double> consumption) {
        return new Inputs(Granularity.P1D, Ett.ZONE, TimeOfWeek.DAY_OF_WEEK, BASELINE, REPORTING, consumption,
                List.of("mufl", "ot"), List.of(mufl, ot));
    }

    @Test
    public void recoversAnInjectedEightPercentReductionWithinTheReportedUncertainty() {
        NavigableMap<Instant, Double> reduced = new TreeMap<>(hufl);
        double injected = 0;
        for (var e : hufl.subMap(MEASURE_FROM, true, REPORTING.to(), false).entrySet()) {
            reduced.put(e.getKey(), e.getValue() * (1 - REDUCTION));
            injected += e.getValue() * REDUCTION;
        }
        Inputs in = inputs(reduced);
        SavingsCalculator.Fitted fitted = SavingsCalculator.fit(in);
        assertTrue("baseline passes Guideline 14: " + fitted.fit().checks(), fitted.fit().passed());
        Savings savings = SavingsCalculator.savings(in, fitted, List.of(), false);
        Savings untouched = SavingsCalculator.savings(inputs(hufl), SavingsCalculator.fit(inputs(hufl)), List.of(), false);
        System.out.printf(Locale.ROOT, "ETT daily: n=%d p=%d cv=%.4f nmbe=%.2e monthly cv=%.4f rho=%.3f | m=%d baseline=%.1f actual=%.1f "
                + "avoided=%.1f injected=%.1f U90=%.1f (%.2f %% of baseline) | without injection avoided=%.1f%n",
                fitted.fit().observations(), fitted.fit().parameters(), fitted.fit().cvRmse(), fitted.fit().nmbe(),
                fitted.fit().monthlyCvRmse(), fitted.fit().autocorrelation(), savings.reportingIntervals(),
                savings.adjustedBaselineKwh(), savings.actualKwh(), savings.avoidedKwh(), injected, savings.uncertaintyKwh(),
                100 * savings.uncertaintyKwh() / savings.adjustedBaselineKwh(), untouched.avoidedKwh());
        assertEquals(92, savings.reportingIntervals());
        assertEquals(0, savings.skippedIntervals());
        assertTrue("|avoided - injected| = " + Math.abs(savings.avoidedKwh() - injected) + " within U = " + savings.uncertaintyKwh(),
                Math.abs(savings.avoidedKwh() - injected) <= savings.uncertaintyKwh());
        // The injection moves the estimate by exactly what was injected: the model does not see it.
        assertEquals(injected, savings.avoidedKwh() - untouched.avoidedKwh(), 1e-6 * injected);
        // The uncertainty is not vacuous: it is a few percent of the baseline, not of the order of the baseline.
        assertTrue(savings.uncertaintyKwh() < 0.1 * savings.adjustedBaselineKwh());
    }

    /** Hourly load explained by another transformer's oil temperature and nothing else: a badly fitting driver. */
    @Test
    public void aBadlyFittingDriverFailsGuideline14() throws Exception {
        NavigableMap<Instant, Double> hourly = Ett.column("ETTh1.csv", "HUFL");
        NavigableMap<Instant, Double> otherSite = Ett.column("ETTh2.csv", "OT");
        Inputs in = new Inputs(Granularity.PT1H, Ett.ZONE, TimeOfWeek.NONE, BASELINE, REPORTING, hourly,
                List.of("ot2"), List.of(otherSite));
        SavingsCalculator.Fitted fitted = SavingsCalculator.fit(in);
        System.out.printf(Locale.ROOT, "ETT bad driver: n=%d cv=%.4f nmbe=%.2e monthly cv=%.4f monthly nmbe=%.2e r2=%.3f%n",
                fitted.fit().observations(), fitted.fit().cvRmse(), fitted.fit().nmbe(), fitted.fit().monthlyCvRmse(),
                fitted.fit().monthlyNmbe(), fitted.fit().rSquared());
        assertFalse(fitted.fit().passed());
        List<Check> failed = SavingsCalculator.failed(fitted.fit());
        assertEquals("hourly cvRmse", failed.get(0).name());
        assertTrue(failed.get(0).value() > Guideline14.HOURLY_CV);
    }
}
