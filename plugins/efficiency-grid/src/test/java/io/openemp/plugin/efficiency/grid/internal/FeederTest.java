package io.openemp.plugin.efficiency.grid.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

import io.openemp.plugin.api.Caller;
import io.openemp.plugin.api.Roles;
import io.openemp.plugin.efficiency.grid.api.ContributionBy;
import io.openemp.plugin.efficiency.grid.api.Contributions;
import io.openemp.plugin.efficiency.grid.api.Feeder;
import io.openemp.plugin.efficiency.grid.api.FeederMember;
import io.openemp.plugin.efficiency.grid.api.FeederReport;
import io.openemp.plugin.efficiency.grid.api.SavingsRecord;
import io.openemp.plugin.efficiency.grid.api.SourceKind;
import io.openemp.plugin.efficiency.grid.api.Target;
import io.openemp.plugin.efficiency.grid.api.TargetScope;

/**
 * The IEEE 13-node test feeder (EPRI OpenDSS, ../shared/data/opendss-ieee/13Bus) as feeder F13: its 15 loads are
 * customers, each with a saving in 2026-Q3 proportional to its nominal kW: avoided 50 kWh per kW, uncertainty 5 kWh
 * per kW, peak reduction 0.1 kW per kW. The loads add up to 3466 kW (1155 + 160 + 120 + 120 + 170 + 230 + 170 + 485
 * + 68 + 290 + 170 + 128 + 17 + 66 + 117), so: 173,300 kWh; peak 346.6 kW; at a coincidence factor 0.8, 277.28 kW;
 * U = 5 sqrt(Σ kW²) = 5 sqrt(1,886,692) = 5 x 1373.569 = 6867.845 kWh. Loads of 200 kW and more (671, 646, 675a, 675c: 2160 kW)
 * are in program MOTORS, the rest (1306 kW) in LIGHTING: 108,000 kWh (62.32 %) and 65,300 kWh (37.68 %).
 */
public class FeederTest {

    private static final Caller MANAGER = Caller.of("mia", Set.of(Roles.MANAGER), "test");
    private static Fixture f;

    @BeforeClass
    public static void feeder() throws Exception {
        f = new Fixture();
        f.component.feedersSet(new Feeder("F13", "IEEE 13-node feeder", "SZ-NS-1"));
        f.component.feedersSet(new Feeder("F2", "Nanshan 2 feeder", "SZ-NS-2"));
        f.component.feedersSet(new Feeder("F2B", "Nanshan 2 feeder B", "SZ-NS-2"));
        List<FeederMember> members = new ArrayList<>();
        for (Fixture.Load l : f.loads13) {
            members.add(new FeederMember("L13-" + l.name(), null));
            BigDecimal kw = l.kw();
            f.component.savingsRecord(new SavingsRecord("q3-" + l.name(), "L13-" + l.name(), null,
                    kw.compareTo(BigDecimal.valueOf(200)) >= 0 ? "MOTORS" : "LIGHTING", "upgrade",
                    LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30), kw.multiply(BigDecimal.valueOf(50)),
                    kw.multiply(BigDecimal.valueOf(5)), kw.multiply(new BigDecimal("0.1")), SourceKind.MANUAL, null,
                    "engineering estimate from the nameplate"), MANAGER);
        }
        f.component.feedersAssign("F13", members);
        f.component.targetsSet(List.of(new Target(TargetScope.FEEDER, "F13", "2026-Q3", new BigDecimal("200000"),
                new BigDecimal("300"))));
        // one customer on two feeders: UP-B on F2B, the rest of NS2-C1 on F2
        f.component.feedersAssign("F2", List.of(new FeederMember("NS2-C1", null)));
        f.component.feedersAssign("F2B", List.of(new FeederMember("NS2-C1", "UP-B")));
        for (String up : List.of("UP-A", "UP-B")) {
            f.component.savingsRecord(new SavingsRecord("ns2-" + up, "NS2-C1", up, "LIGHTING", "LED", LocalDate.of(2026, 8, 1),
                    LocalDate.of(2026, 8, 31), new BigDecimal(up.equals("UP-A") ? "100" : "40"), BigDecimal.ONE,
                    BigDecimal.ONE, SourceKind.MV_RESULT, "mv-" + up, null), MANAGER);
        }
        f.component.savingsRecord(new SavingsRecord("ns2-all", "NS2-C1", null, "HVAC", "chiller", LocalDate.of(2026, 8, 1),
                LocalDate.of(2026, 8, 31), new BigDecimal("7"), BigDecimal.ONE, BigDecimal.ONE, SourceKind.MV_RESULT,
                "mv-all", null), MANAGER);
    }

    @AfterClass
    public static void close() {
        f.close();
    }

    @Test
    public void ieee13FeederAgainstItsTarget() throws Exception {
        FeederReport r = f.component.feederReport("F13", "2026-Q3", new BigDecimal("0.8"));
        assertEquals(15, r.customers());
        assertEquals(15, r.customersWithSavings());
        assertEquals(15, r.records());
        assertEquals(new BigDecimal("173300.000"), r.achievedKwh());
        assertEquals(new BigDecimal("346.600"), r.peakKw());
        assertEquals(new BigDecimal("277.280"), r.coincidentPeakKw());
        assertEquals(new BigDecimal("6867.845"), r.uncertaintyKwh());
        // and the same from the file's loads, independently
        BigDecimal squares = BigDecimal.ZERO;
        for (Fixture.Load l : f.loads13) {
            squares = squares.add(l.kw().multiply(l.kw()));
        }
        assertEquals(new BigDecimal("1886692"), squares);
        assertEquals(squares.sqrt(MathContext.DECIMAL64).multiply(BigDecimal.valueOf(5)).setScale(3, RoundingMode.HALF_UP),
                r.uncertaintyKwh());
        assertEquals(new BigDecimal("86.65"), r.completionPercent()); // 173300 / 200000
        assertEquals(new BigDecimal("92.43"), r.peakCompletionPercent()); // 277.28 / 300
        assertEquals("MOTORS", r.programs().get(0).key());
        assertEquals(new BigDecimal("108000.000"), r.programs().get(0).achievedKwh());
        assertEquals(new BigDecimal("62.32"), r.programs().get(0).sharePercent());
        assertEquals(new BigDecimal("37.68"), r.programs().get(1).sharePercent());
    }

    @Test
    public void withoutFactorThePeakIsTheSum() throws Exception {
        FeederReport r = f.component.feederReport("F13", "2026-Q3", null);
        assertEquals(BigDecimal.ONE, r.coincidenceFactor());
        assertEquals(new BigDecimal("346.600"), r.coincidentPeakKw());
        FeederReport year = f.component.feederReport("F13", "2026", null);
        assertNull(year.targetKwh()); // the target is for Q3 only
        assertEquals(new BigDecimal("173300.000"), year.achievedKwh());
        FeederReport q2 = f.component.feederReport("F13", "2026-Q2", null);
        assertEquals(0, q2.records());
        assertEquals(new BigDecimal("0.000"), q2.achievedKwh());
    }

    @Test
    public void usagePointAssignmentWinsOverTheCustomers() throws Exception {
        FeederReport f2 = f.component.feederReport("F2", "2026-08", null);
        assertEquals(new BigDecimal("107.000"), f2.achievedKwh()); // UP-A 100 + whole customer 7
        FeederReport f2b = f.component.feederReport("F2B", "2026-08", null);
        assertEquals(new BigDecimal("40.000"), f2b.achievedKwh()); // UP-B
        assertEquals(1, f2b.records());
    }

    @Test
    public void contributionsOfTheFeedersCustomers() throws Exception {
        Contributions c = f.component.contributions(null, "F13", "2026-Q3", ContributionBy.CUSTOMER, 3);
        assertEquals(List.of("L13-671", "L13-675a", "L13-675c"), c.items().stream().map(x -> x.key()).toList());
        assertEquals(new BigDecimal("57750.000"), c.items().get(0).achievedKwh()); // 1155 x 50
        assertEquals(new BigDecimal("33.32"), c.items().get(0).sharePercent()); // 1155 / 3466
        assertEquals("IEEE 13 load 671", c.items().get(0).name());
        assertEquals(12, c.othersCount());
        var csv = f.component.feederCsv("F13", "2026-Q3", new BigDecimal("0.8"));
        assertEquals(3, csv.rows());
        assertEquals("TOTAL,15,173300.000,86.65,6867.845,346.600,277.280", csv.csv().split("\r\n")[1]);
    }
}
