package io.openemp.plugin.efficiency.mv.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.NavigableMap;
import java.util.Random;
import java.util.TreeMap;

import org.apache.commons.math3.distribution.TDistribution;
import org.junit.Test;

import io.openemp.plugin.efficiency.mv.api.Adjustment;
import io.openemp.plugin.efficiency.mv.api.BaselineFit;
import io.openemp.plugin.efficiency.mv.api.Granularity;
import io.openemp.plugin.efficiency.mv.api.Period;
import io.openemp.plugin.efficiency.mv.api.Savings;
import io.openemp.plugin.efficiency.mv.api.TimeOfWeek;

public class CalculatorTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Test
    public void cvRmseAndNmbeByHand() {
        double[] y = {1, 2, 3, 4};
        // residuals -0.5, 0.5, -0.5, 0.5: sum of squares 1, n - p = 2, mean 2.5
        assertEquals(Math.sqrt(0.5) / 2.5, Guideline14.cvRmse(y, new double[] {1.5, 1.5, 3.5, 3.5}, 2), 1e-12);
        assertEquals(0, Guideline14.nmbe(y, new double[] {1.5, 1.5, 3.5, 3.5}, 2), 1e-12);
        // residuals 0, 0, 0, 1 with p = 1: CV = sqrt(1/3)/2.5, NMBE = 1/(3 * 2.5)
        assertEquals(Math.sqrt(1 / 3.0) / 2.5, Guideline14.cvRmse(y, new double[] {1, 2, 3, 3}, 1), 1e-12);
        assertEquals(1 / 7.5, Guideline14.nmbe(y, new double[] {1, 2, 3, 3}, 1), 1e-12);
    }

    @Test
    public void uncertaintyFollowsTheGuideline14Formula() {
        // n = 100, p = 2, CV 0.1, rho 0.5 -> n' = 100 * 0.5 / 1.5; m = 50 reporting intervals, baseline 1000 kWh.
        BaselineFit fit = new BaselineFit(Granularity.P1D, TimeOfWeek.NONE, 100, 2, 10, 0.9, 0.1, 0, null, null, 0.5,
                List.of(), true, List.of());
        double nPrime = 100 * 0.5 / 1.5;
        double t = new TDistribution(nPrime - 2).inverseCumulativeProbability(0.95);
        double expected = t * 1.26 * 0.1 * Math.sqrt((100 / nPrime) * (1 + 2 / 100.0) / 50) * 1000;
        assertEquals(expected, SavingsCalculator.uncertainty(fit, 50, 1000), 1e-9);
        assertEquals(1.69, t, 0.01);
        // Negative autocorrelation is not allowed to shrink the uncertainty below the independent case.
        BaselineFit alternating = new BaselineFit(Granularity.P1D, TimeOfWeek.NONE, 100, 2, 10, 0.9, 0.1, 0, null, null, -0.7,
                List.of(), true, List.of());
        double tIndependent = new TDistribution(98).inverseCumulativeProbability(0.95);
        assertEquals(tIndependent * 1.26 * 0.1 * Math.sqrt(1.02 / 50) * 1000, SavingsCalculator.uncertainty(alternating, 50, 1000), 1e-9);
    }

    /** Synthetic daily data with known coefficients: the fit finds them, and the savings are what was removed. */
    @Test
    public void recoversKnownCoefficientsAndSavings() {
        Random random = new Random(7);
        NavigableMap<Instant, Double> y = new TreeMap<>();
        NavigableMap<Instant, Double> hdd = new TreeMap<>();
        LocalDate start = LocalDate.of(2024, 1, 1);
        double removed = 0;
        for (int d = 0; d < 400; d++) {
            LocalDate day = start.plusDays(d);
            Instant at = day.atStartOfDay(ZONE).toInstant();
            double h = 10 + 8 * Math.sin(d / 58.0) + random.nextDouble();
            boolean weekend = day.getDayOfWeek().getValue() >= 6;
            double v = 200 + 5 * h - (weekend ? 60 : 0) + random.nextGaussian() * 4;
            if (d >= 366) {
                removed += 20;
                v -= 20;
            }
            y.put(at, v);
            hdd.put(at, h);
        }
        Period baseline = new Period(start.atStartOfDay(ZONE).toInstant(), start.plusDays(366).atStartOfDay(ZONE).toInstant());
        Period reporting = new Period(baseline.to(), start.plusDays(400).atStartOfDay(ZONE).toInstant());
        Inputs in = new Inputs(Granularity.P1D, ZONE, TimeOfWeek.DAYTYPE, baseline, reporting, y, List.of("hdd"), List.of(hdd));
        SavingsCalculator.Fitted fitted = SavingsCalculator.fit(in);
        assertEquals(366, fitted.fit().observations());
        assertEquals(3, fitted.fit().parameters());
        assertEquals(5, fitted.fit().coefficients().get(1).value(), 0.1);
        assertEquals("hdd", fitted.fit().coefficients().get(1).term());
        assertTrue(fitted.fit().passed());
        Savings savings = SavingsCalculator.savings(in, fitted, List.of(), false);
        assertEquals(34, savings.reportingIntervals());
        assertTrue(Math.abs(savings.avoidedKwh() - removed) <= savings.uncertaintyKwh());
        // A non-routine adjustment adds to the adjusted baseline and so to the avoided energy, and is kept.
        Adjustment added = new Adjustment(150, reporting.from(), reporting.to(), "new compressor added", "auditor");
        Savings adjusted = SavingsCalculator.savings(in, fitted, List.of(added), false);
        assertEquals(savings.avoidedKwh() + 150, adjusted.avoidedKwh(), 1e-6);
        assertEquals(150, adjusted.nonRoutineKwh(), 1e-9);
        assertEquals(List.of(added), adjusted.adjustments());
        // Months add up to the total.
        assertEquals(adjusted.avoidedKwh(), adjusted.months().stream().mapToDouble(m -> m.avoidedKwh()).sum(), 1e-6);
    }

    @Test
    public void hourOfWeekLevelsFollowTheLocalClock() {
        Design design = new Design(ZONE, TimeOfWeek.HOUR_OF_WEEK, 0);
        // Monday 2024-01-01 00:00 in Shanghai is Sunday 16:00 UTC.
        assertEquals(0, design.level(Instant.parse("2023-12-31T16:00:00Z")));
        assertEquals(167, design.level(Instant.parse("2023-12-31T15:00:00Z")));
        Design daytype = new Design(ZONE, TimeOfWeek.HOUR_AND_DAYTYPE, 0);
        assertEquals(24 + 10, daytype.level(Instant.parse("2024-01-06T02:00:00Z")));
    }
}
