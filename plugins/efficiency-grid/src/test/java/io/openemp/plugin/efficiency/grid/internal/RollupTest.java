package io.openemp.plugin.efficiency.grid.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

import io.openemp.plugin.api.Caller;
import io.openemp.plugin.api.Roles;
import io.openemp.plugin.efficiency.grid.api.ContributionBy;
import io.openemp.plugin.efficiency.grid.api.Contributions;
import io.openemp.plugin.efficiency.grid.api.Rollup;
import io.openemp.plugin.efficiency.grid.api.SavingsRecord;
import io.openemp.plugin.efficiency.grid.api.SourceKind;
import io.openemp.plugin.efficiency.grid.api.Target;
import io.openemp.plugin.efficiency.grid.api.TargetScope;
import io.openemp.plugin.efficiency.grid.api.UnitRollup;

/**
 * The roll-up worked by hand on the fixture's tree. Records (kWh, 90 % uncertainty kWh, peak kW):
 *
 * <pre>
 * r1 L13-671 (SZ-NS-1) P1 2026-01-01..03-31  1000  30  10
 * r2 NS2-C1  (SZ-NS-2) P2 2026-04-01..06-30  2000  40  20
 * r3 L34-S844 (SZ-FT-1) P1 2026-01-01..12-31  500 120   5
 * r4 GZ-C1   (GZ-TH-1) P2 2026-02-01..02-28  4000  60  35
 * r5 GZ-C1   (GZ-TH-1) P1 2027-01-01..01-31   999   9   9   another year
 * r6 L13-692 (SZ-NS-1) P1 2026-12-15..2027-01-14 777 1 1  straddles the year end: never counted in 2026
 * </pre>
 *
 * Year 2026: SZ-NS = r1 + r2 = 3000 kWh, U = sqrt(30² + 40²) = 50, peak 30, target 2500 → 120.00 %.
 * SZ = 3000 + 500 = 3500, U = sqrt(900 + 1600 + 14400) = sqrt(16900) = 130, target 5000 → 70.00 %.
 * GZ = 4000, U 60, no target → completion null. GD = 7500, U = sqrt(16900 + 3600) = sqrt(20500) = 143.178,
 * peak 10 + 20 + 5 + 35 = 70; targets 10000 kWh, 100 kW → 75.00 %, 70.00 %.
 * Quarter 2026-Q1: r1 and r4 lie inside; r3 (the whole year) straddles; SZ-NS 1000 against 800 → 125.00 %.
 */
public class RollupTest {

    private static final Caller MANAGER = Caller.of("mia", Set.of(Roles.MANAGER), "test");
    private static Fixture f;

    @BeforeClass
    public static void records() throws Exception {
        f = new Fixture();
        record("r1", "L13-671", "P1", "2026-01-01", "2026-03-31", "1000", "30", "10");
        record("r2", "NS2-C1", "P2", "2026-04-01", "2026-06-30", "2000", "40", "20");
        record("r3", "L34-S844", "P1", "2026-01-01", "2026-12-31", "500", "120", "5");
        record("r4", "GZ-C1", "P2", "2026-02-01", "2026-02-28", "4000", "60", "35");
        record("r5", "GZ-C1", "P1", "2027-01-01", "2027-01-31", "999", "9", "9");
        record("r6", "L13-692", "P1", "2026-12-15", "2027-01-14", "777", "1", "1");
        f.component.targetsSet(List.of(
                new Target(TargetScope.UNIT, "GD", "2026", new BigDecimal("10000"), new BigDecimal("100")),
                new Target(TargetScope.UNIT, "SZ", "2026", new BigDecimal("5000"), null),
                new Target(TargetScope.UNIT, "SZ-NS", "2026", new BigDecimal("2500"), null),
                new Target(TargetScope.UNIT, "SZ-NS", "2026-q1", new BigDecimal("800"), null)));
    }

    @AfterClass
    public static void close() {
        f.close();
    }

    private static void record(String id, String customer, String program, String from, String to, String kwh, String u,
            String kw) throws Exception {
        f.component.savingsRecord(new SavingsRecord(id, customer, null, program, "measure of " + program,
                LocalDate.parse(from), LocalDate.parse(to), new BigDecimal(kwh), new BigDecimal(u), new BigDecimal(kw),
                SourceKind.MV_RESULT, "mv-" + id, null), MANAGER);
    }

    private static UnitRollup row(Rollup r, String unit) {
        return r.rows().stream().filter(u -> u.unit().equals(unit)).findFirst().orElseThrow();
    }

    private static void figures(UnitRollup u, String kwh, String unc, String kw, String completion) {
        assertEquals(u.unit(), new BigDecimal(kwh).setScale(3), u.achievedKwh());
        assertEquals(u.unit(), new BigDecimal(unc).setScale(3), u.uncertaintyKwh());
        assertEquals(u.unit(), new BigDecimal(kw).setScale(3), u.peakKw());
        assertEquals(u.unit(), completion == null ? null : new BigDecimal(completion), u.completionPercent());
    }

    @Test
    public void yearRolledUpTheTree() throws Exception {
        Rollup r = f.component.rollup("GD", "2026", null);
        assertEquals(LocalDate.of(2026, 1, 1), r.from());
        assertEquals(LocalDate.of(2026, 12, 31), r.to());
        assertEquals(1, r.straddlingRecords());
        assertEquals(List.of("GD", "GZ", "GZ-TH", "GZ-TH-1", "SZ", "SZ-FT", "SZ-FT-1", "SZ-NS", "SZ-NS-1", "SZ-NS-2"),
                r.rows().stream().map(UnitRollup::unit).toList());
        figures(row(r, "SZ-NS-1"), "1000", "30", "10", null);
        figures(row(r, "SZ-NS-2"), "2000", "40", "20", null);
        figures(row(r, "SZ-NS"), "3000", "50", "30", "120.00");
        figures(row(r, "SZ-FT"), "500", "120", "5", null);
        figures(row(r, "SZ"), "3500", "130", "35", "70.00");
        figures(row(r, "GZ"), "4000", "60", "35", null);
        figures(row(r, "GD"), "7500", "143.178", "70", "75.00");
        UnitRollup gd = row(r, "GD");
        assertEquals(new BigDecimal("100.000"), gd.targetPeakKw());
        assertEquals(new BigDecimal("70.00"), gd.peakCompletionPercent());
        assertEquals(4, gd.records());
        assertEquals(4, gd.customersWithSavings());
        // customers from the master data: 15 IEEE-13 loads, 68 IEEE-34 loads, GZ-C1, NS2-C1
        assertEquals(15, f.loads13.size());
        assertEquals(68, f.loads34.size());
        assertEquals(85, gd.customers());
        assertEquals(16, row(r, "SZ-NS").customers());
        assertEquals(68, row(r, "SZ-FT-1").customers());
        assertEquals(0, r.rows().get(0).level());
        assertEquals("SZ", row(r, "SZ-NS").parent());
        assertEquals(2, row(r, "SZ-NS").level());
        UnitRollup gz = row(r, "GZ");
        assertNull(gz.targetKwh());
        assertNull(gz.completionPercent());
        assertNull(gz.peakCompletionPercent());
    }

    @Test
    public void depthLimitsTheRows() throws Exception {
        Rollup r = f.component.rollup("GD", "2026", 1);
        assertEquals(List.of("GD", "GZ", "SZ"), r.rows().stream().map(UnitRollup::unit).toList());
        figures(r.rows().get(0), "7500", "143.178", "70", "75.00");
        Rollup county = f.component.rollup("SZ-NS", "2026", 0);
        assertEquals(1, county.rows().size());
        figures(county.rows().get(0), "3000", "50", "30", "120.00");
        assertNull(county.rows().get(0).parent());
    }

    @Test
    public void quarterAndMonthFilterThePeriod() throws Exception {
        Rollup q1 = f.component.rollup("GD", "2026-Q1", null);
        assertEquals(1, q1.straddlingRecords()); // r3, the whole year
        figures(row(q1, "GD"), "5000", "67.082", "45", null); // sqrt(900 + 3600) = 67.082
        figures(row(q1, "SZ-NS"), "1000", "30", "10", "125.00");
        figures(row(q1, "SZ-FT"), "0", "0", "0", null);
        Rollup feb = f.component.rollup("GD", "2026-02", null);
        figures(row(feb, "GD"), "4000", "60", "35", null);
        assertEquals(2, feb.straddlingRecords()); // r1 (Q1) and r3 (year)
        Rollup y2027 = f.component.rollup("GD", "2027", null);
        figures(row(y2027, "GD"), "999", "9", "9", null);
        assertEquals(1, y2027.straddlingRecords()); // r6
    }

    @Test
    public void contributionsOfProgramsAndCustomers() throws Exception {
        Contributions p = f.component.contributions("GD", null, "2026", ContributionBy.PROGRAM, null);
        assertEquals(new BigDecimal("7500.000"), p.totalKwh());
        assertEquals(2, p.items().size());
        assertEquals("P2", p.items().get(0).key()); // 2000 + 4000
        assertEquals(new BigDecimal("6000.000"), p.items().get(0).achievedKwh());
        assertEquals(new BigDecimal("80.00"), p.items().get(0).sharePercent());
        assertEquals(new BigDecimal("72.111"), p.items().get(0).uncertaintyKwh()); // sqrt(1600 + 3600)
        assertEquals(new BigDecimal("1500.000"), p.items().get(1).achievedKwh());
        assertEquals(new BigDecimal("20.00"), p.items().get(1).sharePercent());
        Contributions c = f.component.contributions("GD", null, "2026", ContributionBy.CUSTOMER, 2);
        assertEquals(List.of("GZ-C1", "NS2-C1"), c.items().stream().map(x -> x.key()).toList());
        assertEquals("Tianhe works", c.items().get(0).name());
        assertEquals(new BigDecimal("53.33"), c.items().get(0).sharePercent()); // 4000 / 7500
        assertEquals(2, c.othersCount());
        assertEquals(new BigDecimal("1500.000"), c.othersKwh());
        Contributions sz = f.component.contributions("SZ", null, "2026", ContributionBy.CUSTOMER, 10);
        assertEquals(new BigDecimal("3500.000"), sz.totalKwh());
        assertEquals(3, sz.items().size());
    }

    @Test
    public void csvOfTheRollup() throws Exception {
        var csv = f.component.rollupCsv("GD", "2026", 1);
        assertEquals(3, csv.rows());
        assertEquals("rollup-GD-2026.csv", csv.fileName());
        String[] lines = csv.csv().split("\r\n");
        assertEquals("unit,name,kind,parent,level,period,customers,customersWithSavings,records,achievedKwh,uncertaintyKwh,"
                + "peakKw,targetKwh,completionPercent,targetPeakKw,peakCompletionPercent", lines[0]);
        assertEquals("GD,Guangdong,PROVINCE,,0,2026,85,4,4,7500.000,143.178,70.000,10000.000,75.00,100.000,70.00", lines[1]);
        assertEquals("GZ,Guangzhou,CITY,GD,1,2026,1,1,1,4000.000,60.000,35.000,,,,", lines[2]);
    }
}
