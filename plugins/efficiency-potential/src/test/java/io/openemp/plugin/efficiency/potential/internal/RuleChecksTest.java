package io.openemp.plugin.efficiency.potential.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.Test;

import io.openemp.plugin.efficiency.potential.api.BaseLoadInput;
import io.openemp.plugin.efficiency.potential.api.CheckResult;
import io.openemp.plugin.efficiency.potential.api.PeakShiftInput;
import io.openemp.plugin.efficiency.potential.api.PfStep;
import io.openemp.plugin.efficiency.potential.api.PowerFactorInput;
import io.openemp.plugin.efficiency.potential.api.TransformerInput;
import io.openemp.plugin.efficiency.potential.api.TransformerUnit;

/** Each rule check against an example worked by hand in the comments. */
public class RuleChecksTest {

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    private static BigDecimal fig(CheckResult r, String name) {
        return r.figures().get(name);
    }

    @Test
    public void powerFactorCorrection() throws Exception {
        // P = 800 kW, cos φ1 = 0.80, cos φ2 = 0.95.
        // tan φ1 = 0.6 / 0.8 = 0.75; tan φ2 = sqrt(1 - 0.9025) / 0.95 = 0.3122499 / 0.95 = 0.328684
        // Qc = 800 × (0.75 - 0.328684) = 800 × 0.421316 = 337.05 kvar
        // Table 0.90: at 0.80 a surcharge of (0.90 - 0.80) / 0.01 × 0.5 % = 5 %; at 0.95 a reduction of 0.75 %.
        // Saved: 5.75 % of 100,000.00 a month = 5,750.00; a year 69,000.00.
        // Capacitors 337.05 kvar × 120.00 = 40,446.00; payback 40,446 / 69,000 = 0.586 -> 0.59 years.
        CheckResult r = PowerFactorCheck.run(new PowerFactorInput(800, 0.80, 0.95, d("100000.00"), null, d("120.00")));
        assertTrue(r.applicable());
        assertEquals(d("0.750000"), fig(r, "tanPhi1"));
        assertEquals(d("0.328684"), fig(r, "tanPhi2"));
        assertEquals(d("337.05"), fig(r, "requiredKvar"));
        assertEquals(d("5.00"), fig(r, "adjustmentPercentNow"));
        assertEquals(d("-0.75"), fig(r, "adjustmentPercentAtTarget"));
        assertEquals(d("5750.00"), fig(r, "savingsPerMonth"));
        assertEquals(d("69000.00"), r.savingsPerYear());
        assertEquals(d("40446.00"), fig(r, "investment"));
        assertEquals(d("0.59"), fig(r, "paybackYears"));
        assertNull(r.savingsKwhPerYear());
        assertEquals(d("0.95"), r.inputs().get("targetPowerFactor").stripTrailingZeros());
        assertTrue(r.sentence(), r.sentence().contains("337.1 kvar") && r.sentence().contains("69,000.00"));
    }

    @Test
    public void theChinese090TableRowByRow() {
        PfAdjustmentTable t = PfAdjustmentTable.china090();
        // Reductions: 0.15 % per 0.01 above 0.90, capped at 0.75 % from 0.95.
        assertEquals(d("0.00"), t.percentAt(0.90));
        assertEquals(d("-0.15"), t.percentAt(0.91));
        assertEquals(d("-0.60"), t.percentAt(0.94));
        assertEquals(d("-0.75"), t.percentAt(0.95));
        assertEquals(d("-0.75"), t.percentAt(1.00));
        // Surcharges: 0.5 % per 0.01 to 0.70 (10 %), 1 % per 0.01 to 0.65 (15 %), then 2 % per 0.01.
        assertEquals(d("0.50"), t.percentAt(0.89));
        assertEquals(d("10.00"), t.percentAt(0.70));
        assertEquals(d("11.00"), t.percentAt(0.69));
        assertEquals(d("15.00"), t.percentAt(0.65));
        assertEquals(d("17.00"), t.percentAt(0.64));
        assertEquals(d("25.00"), t.percentAt(0.60));
        // The measured factor is rounded half up to two decimals: 0.895 is 0.90, 0.8949 is 0.89.
        assertEquals(d("0.00"), t.percentAt(0.895));
        assertEquals(d("0.50"), t.percentAt(0.8949));
    }

    @Test
    public void aTableGivenInTheCallIsAStepFunction() throws Exception {
        // A 0.85 standard: 0.85 -> 0, 0.90 -> -1.1 %, 0.80 -> +2.5 %. 0.83 falls on the 0.80 row, 0.92 on 0.90.
        List<PfStep> table = List.of(new PfStep(d("0.85"), d("0")), new PfStep(d("0.90"), d("-1.1")),
                new PfStep(d("0.80"), d("2.5")));
        // P = 100 kW from 0.83 to 0.92: saved (2.5 + 1.1) % × 10,000 × 12 = 4,320.00.
        CheckResult r = PowerFactorCheck.run(new PowerFactorInput(100, 0.83, 0.92, d("10000"), table, null));
        assertEquals(d("4320.00"), r.savingsPerYear());
    }

    @Test
    public void aFactorAlreadyAtTheTargetNeedsNothing() throws Exception {
        CheckResult r = PowerFactorCheck.run(new PowerFactorInput(500, 0.97, null, d("1000"), null, null));
        assertFalse(r.applicable());
        assertEquals(d("0.00"), fig(r, "requiredKvar"));
        assertEquals(d("0.00"), r.savingsPerYear());
    }

    @Test
    public void peakShifting() throws Exception {
        // 1,000,000 kWh of peak energy, 20 % shiftable -> 200,000 kWh moved; at 90 % round trip
        // 200,000 / 0.9 = 222,222.2 kWh bought in the valley (22,222.2 kWh lost).
        // Saved 200,000 × 1.20 - 222,222.22 × 0.40 = 240,000 - 88,888.89 = 151,111.11.
        CheckResult r = PeakShiftCheck.run(new PeakShiftInput(1_000_000, 0.2, d("1.20"), d("0.40"), 0.9));
        assertTrue(r.applicable());
        assertEquals(d("200000.0"), fig(r, "shiftedKwh"));
        assertEquals(d("222222.2"), fig(r, "valleyKwhBought"));
        assertEquals(d("22222.2"), fig(r, "lossKwh"));
        assertEquals(d("240000.00"), fig(r, "peakCostAvoided"));
        assertEquals(d("88888.89"), fig(r, "valleyCostAdded"));
        assertEquals(d("151111.11"), r.savingsPerYear());
    }

    @Test
    public void peakShiftingThatCostsMoreIsNotApplicable() throws Exception {
        // 0.50 / 0.5 = 1.00 per kWh delivered against a peak price of 0.90: each shifted kWh costs 0.10 more.
        CheckResult r = PeakShiftCheck.run(new PeakShiftInput(10_000, 0.5, d("0.90"), d("0.50"), 0.5));
        assertFalse(r.applicable());
        assertEquals(d("-500.00"), r.savingsPerYear());
    }

    @Test
    public void baseLoadReduction() throws Exception {
        // Working-hours load 500 kW, nights and weekends 200 kW (40 %); target 30 % -> 150 kW allowed,
        // 50 kW excess × 6,160 h (8,760 - 52 × 5 × 10) = 308,000 kWh × 0.60 = 184,800.00.
        CheckResult r = BaseLoadCheck.run(new BaseLoadInput(500, 200, null, null, d("0.60")));
        assertTrue(r.applicable());
        assertEquals(d("0.4000"), fig(r, "baseLoadShare"));
        assertEquals(d("50.000"), fig(r, "excessBaseLoadKw"));
        assertEquals(d("6160.0"), r.inputs().get("nonWorkingHoursPerYear"));
        assertEquals(d("308000.0"), r.savingsKwhPerYear());
        assertEquals(d("184800.00"), r.savingsPerYear());
    }

    @Test
    public void baseLoadWithinTarget() throws Exception {
        CheckResult r = BaseLoadCheck.run(new BaseLoadInput(500, 100, 0.25, 4000.0, d("0.60")));
        assertFalse(r.applicable());
        assertEquals(d("0.0"), r.savingsKwhPerYear());
    }

    // Two 1000 kVA units (S11-type losses: P0 = 1.15 kW, Pk = 10.3 kW).
    private static final TransformerUnit S11_1000 = new TransformerUnit(1000, 1.15, 10.3);

    @Test
    public void switchingOffAParallelUnitBelowTheCriticalLoad() throws Exception {
        // Load 400 kVA on 2 units: β = 0.2, losses 2 × 1.15 + 2 × 0.04 × 10.3 = 2.3 + 0.824 = 3.124 kW.
        // On 1 unit: β = 0.4, 1.15 + 0.16 × 10.3 = 2.798 kW. Saved 0.326 kW
        // (= P0 - Pk S²/SN² (1/1 - 1/2) = 1.15 - 10.3 × 0.16 × 0.5). × 8,760 h = 2,855.8 kWh × 0.60 = 1,713.48.
        // Critical load 1000 × sqrt(2 × 1 × 1.15 / 10.3) = 1000 × 0.472544 = 472.5 kVA.
        // Optimal load factor sqrt(1.15 / 10.3) = 0.3341.
        CheckResult r = TransformerCheck.run(new TransformerInput(S11_1000, 2, 400, null, d("0.60"), null));
        assertTrue(r.applicable());
        assertEquals(d("0.2000"), fig(r, "loadFactor"));
        assertEquals(d("3.1240"), fig(r, "totalLossKw"));
        assertEquals(d("0.3260"), fig(r, "switchOffSavingKw"));
        assertEquals(d("472.5"), fig(r, "criticalLoadKva"));
        assertEquals(d("0.3341"), fig(r, "optimalLoadFactor"));
        assertEquals(d("2855.8"), r.savingsKwhPerYear());
        assertEquals(d("1713.48"), r.savingsPerYear());
    }

    @Test
    public void aboveTheCriticalLoadBothUnitsStayOn() throws Exception {
        // 600 kVA: 2 units lose 2.3 + 2 × 0.09 × 10.3 = 4.154 kW, 1 unit 1.15 + 0.36 × 10.3 = 4.858 kW: keep both.
        CheckResult r = TransformerCheck.run(new TransformerInput(S11_1000, 2, 600, null, d("0.60"), null));
        assertFalse(r.applicable());
        assertEquals(d("4.1540"), fig(r, "totalLossKw"));
        assertEquals(d("-0.7040"), fig(r, "switchOffSavingKw"));
        assertEquals(d("0.00"), r.savingsPerYear());
    }

    @Test
    public void rightSizingAnUnderloadedUnit() throws Exception {
        // One 1000 kVA unit at 200 kVA: 1.15 + 0.04 × 10.3 = 1.562 kW. A 400 kVA unit (P0 0.57, Pk 4.52) at
        // β = 0.5: 0.57 + 0.25 × 4.52 = 1.70 kW: worse. A 630 kVA unit (P0 0.81, Pk 6.2) at β = 0.31746:
        // 0.81 + 0.100781 × 6.2 = 1.434844 kW: saves 0.127156 kW × 8,760 = 1,113.9 kWh × 0.5 = 556.95.
        CheckResult worse = TransformerCheck.run(new TransformerInput(new TransformerUnit(1000, 1.15, 10.3), 1, 200,
                null, d("0.5"), new TransformerUnit(400, 0.57, 4.52)));
        assertFalse(worse.applicable());
        CheckResult better = TransformerCheck.run(new TransformerInput(new TransformerUnit(1000, 1.15, 10.3), 1, 200,
                null, d("0.5"), new TransformerUnit(630, 0.81, 6.2)));
        assertTrue(better.applicable());
        assertEquals(d("0.1272"), fig(better, "alternativeSavingKw"));
        assertEquals(d("1113.9"), better.savingsKwhPerYear());
        assertEquals(d("556.95"), better.savingsPerYear());
    }
}
