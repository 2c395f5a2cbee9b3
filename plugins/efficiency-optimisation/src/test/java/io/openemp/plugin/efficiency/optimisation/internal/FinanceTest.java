package io.openemp.plugin.efficiency.optimisation.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.Test;

import io.openemp.plugin.efficiency.optimisation.api.FinanceResult;

/** NPV, IRR and payback against worked examples with published answers. */
public class FinanceTest {

    /**
     * Brealey, Myers and Allen, Principles of Corporate Finance, chapter 5 "Net Present Value and Other
     * Investment Criteria", the payback table: projects A (-2000, +500, +500, +5000), B (-2000, +500, +1800, 0)
     * and C (-2000, +1800, +500, 0); payback periods 3, 2 and 2 years; NPV at 10 % +2,624, -58 and +50.
     */
    @Test
    public void brealeyMyersAllenPaybackTable() {
        FinanceResult a = Finance.analyse(0.10, new double[] {-2000, 500, 500, 5000});
        FinanceResult b = Finance.analyse(0.10, new double[] {-2000, 500, 1800, 0});
        FinanceResult c = Finance.analyse(0.10, new double[] {-2000, 1800, 500, 0});
        assertEquals(2624, a.npv().doubleValue(), 0.5);
        assertEquals(-58, b.npv().doubleValue(), 0.5);
        assertEquals(50, c.npv().doubleValue(), 0.5);
        assertEquals(Integer.valueOf(3), a.paybackWholeYears());
        assertEquals(Integer.valueOf(2), b.paybackWholeYears());
        assertEquals(Integer.valueOf(2), c.paybackWholeYears());
        // Interpolated within the year: A has 1000 left to recover after year 2 out of 5000 in year 3.
        assertEquals(2.2, a.paybackYears(), 1e-12);
        assertEquals(1 + 1500.0 / 1800, b.paybackYears(), 1e-12);
        assertEquals(1.4, c.paybackYears(), 1e-12);
    }

    /**
     * Brealey, Myers and Allen, chapter 5, internal rate of return: C0 = -4,000, C1 = +2,000, C2 = +4,000 has an
     * IRR of 28 % (exactly (sqrt(17) - 1) / 4 as a discount factor: r = 4 / (sqrt(17) - 1) - 1 = 28.08 %).
     */
    @Test
    public void brealeyMyersAllenIrr() {
        FinanceResult r = Finance.analyse(0.10, new double[] {-4000, 2000, 4000});
        assertEquals(4 / (Math.sqrt(17) - 1) - 1, r.irr(), 1e-10);
        assertEquals(0.2808, r.irr(), 5e-5);
        assertEquals(1, r.signChanges());
        assertEquals(0, Finance.npv(r.irr(), new double[] {-4000, 2000, 4000}), 1e-6);
    }

    /**
     * Lorie and Savage, "Three problems in rationing capital", Journal of Business 28 (1955): the oil-well pump
     * with cash flows -1,600, +10,000, -10,000 has two IRRs, 25 % and 400 %. No single IRR may be reported.
     */
    @Test
    public void lorieSavagePumpHasTwoRates() {
        FinanceResult r = Finance.analyse(0.10, new double[] {-1600, 10000, -10000});
        assertNull(r.irr());
        assertEquals(2, r.signChanges());
        assertEquals(2, r.irrs().size());
        assertEquals(0.25, r.irrs().get(0), 1e-9);
        assertEquals(4.00, r.irrs().get(1), 1e-9);
        assertTrue(r.irrNote(), r.irrNote().contains("no unique IRR"));
        // NPV at 10 %: -1600 + 10000/1.1 - 10000/1.21 = -773.55
        assertEquals(new BigDecimal("-773.55"), r.npv());
    }

    @Test
    public void noSignChangeMeansNoIrr() {
        FinanceResult r = Finance.analyse(0.05, new double[] {100, 100});
        assertNull(r.irr());
        assertEquals(List.of(), r.irrs());
        assertTrue(r.irrNote(), r.irrNote().contains("never change sign"));
        assertEquals(Integer.valueOf(0), r.paybackWholeYears());
    }

    @Test
    public void aMeasureThatNeverPaysBackHasNoPaybackAndANegativeIrr() {
        // 1000 invested, 150 a year for 5 years: 750 back. IRR solves 1000 = 150 * annuity(r, 5): about -9.4 %.
        FinanceResult r = Finance.analyse(0.08, Finance.measureFlows(1000, 150, 5));
        assertNull(r.paybackYears());
        assertNull(r.paybackWholeYears());
        assertTrue(r.irr() < 0 && r.irr() > -0.2);
        assertEquals(0, Finance.npv(r.irr(), Finance.measureFlows(1000, 150, 5)), 1e-6);
    }

    /** An annuity's NPV equals its closed form: -I + S * (1 - (1 + r)^-n) / r. */
    @Test
    public void measureNpvMatchesTheAnnuityFormula() {
        double r = 0.07;
        double expected = -50000 + 8000 * (1 - Math.pow(1 + r, -12)) / r;
        assertEquals(expected, Finance.analyse(r, Finance.measureFlows(50000, 8000, 12)).npv().doubleValue(), 0.005);
        // Simple payback of a level saving is investment / saving.
        assertEquals(6.25, Finance.analyse(r, Finance.measureFlows(50000, 8000, 12)).paybackYears(), 1e-12);
    }

    @Test
    public void zeroRateNpvIsTheSum() {
        assertEquals(new BigDecimal("300.00"), Finance.analyse(0, new double[] {-700, 500, 500}).npv());
    }
}
