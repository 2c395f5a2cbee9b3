package io.openemp.plugin.efficiency.benchmark.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.BeforeClass;
import org.junit.Test;

import io.openemp.plugin.api.RpcException;
import io.openemp.plugin.efficiency.benchmark.api.Enterprise;
import io.openemp.plugin.efficiency.benchmark.api.IndicatorEntry;
import io.openemp.plugin.efficiency.benchmark.api.IndicatorKind;
import io.openemp.plugin.efficiency.benchmark.api.PeerGroup;
import io.openemp.plugin.efficiency.benchmark.api.RankStatus;
import io.openemp.plugin.efficiency.benchmark.api.Ranking;
import io.openemp.plugin.efficiency.benchmark.api.SizeClass;
import io.openemp.testing.TestDatabases;

/**
 * Rankings with answers worked by hand. Percentiles: Commons Math R_7, the value at h = (n - 1) p + 1 between order
 * statistics x[floor h] and x[floor h + 1], linearly interpolated.
 *
 * <pre>
 * Steel (31), 2024, kWh per t, 1000 t each: S1..S8 = 100, 110, ..., 170 kWh/t (S1-S5 LARGE, S6-S8 MEDIUM)
 *   Q1: h = 7 x 0.25 + 1 = 2.75 -> 110 + 0.75 x 10 = 117.5;  median: h = 4.5 -> 135;  Q3: h = 6.25 -> 152.5
 *   S6 = 150: 117.5 < 135 < 150 <= 152.5 -> quartile 3; percentile 100 (5 + 1/2) / 8 = 68.75
 *             excess 150 - 117.5 = 32.5 kWh/t x 1000 t = 32500 kWh x 0.65 CNY = 21125.00 CNY
 *   S2 = 110 <= 117.5 -> quartile 1, percentile 100 x 1.5 / 8 = 18.75, excess 0
 *   S8 = 170 -> quartile 4, percentile 93.75, excess 52.5 x 1000 = 52500 kWh
 *   by size: MEDIUM has 3 peers -> too small; LARGE (100..140) has 5: Q1 at h = 2 -> 110
 * Cement (30), ties: 10, 20, 20, 20, 40: Q1 = median = Q3 = 20; a 20 has percentile 100 (1 + 3/2) / 5 = 50.00, quartile 1
 * Paper (22): 4 enterprises -> too small, not ranked
 * </pre>
 */
public class RankingTest {

    private static BenchmarkComponent c;

    private static void enterprise(String id, String industry, SizeClass size, String price) throws Exception {
        c.enterpriseSave(new Enterprise(id, "Enterprise " + id, industry, size, price == null ? null : new BigDecimal(price),
                price == null ? null : "CNY"));
    }

    private static IndicatorEntry entry(String id, long kwh, long denominator, String unit) {
        return new IndicatorEntry(id, IndicatorKind.PER_OUTPUT, 2024, BigDecimal.valueOf(kwh), BigDecimal.valueOf(denominator), unit);
    }

    @BeforeClass
    public static void groups() throws Exception {
        c = new BenchmarkComponent(TestDatabases.h2("effbench"), 5);
        for (int i = 1; i <= 8; i++) {
            enterprise("S" + i, "31", i <= 5 ? SizeClass.LARGE : SizeClass.MEDIUM, i == 6 ? "0.65" : null);
            c.indicatorSave(List.of(entry("S" + i, (90 + 10L * i) * 1000, 1000, "t")));
        }
        // not peers of the steel group: another unit, another year
        enterprise("S-PIECES", "31", SizeClass.LARGE, null);
        c.indicatorSave(List.of(entry("S-PIECES", 1, 1, "pieces"),
                new IndicatorEntry("S1", IndicatorKind.PER_OUTPUT, 2023, BigDecimal.ONE, BigDecimal.ONE, "t")));
        long[] cement = { 10, 20, 20, 20, 40 };
        for (int i = 0; i < cement.length; i++) {
            enterprise("C" + i, "30", SizeClass.SMALL, "0.5");
            c.indicatorSave(List.of(entry("C" + i, cement[i] * 50, 50, "t")));
        }
        for (int i = 0; i < 4; i++) {
            enterprise("P" + i, "22", SizeClass.SMALL, null);
            c.indicatorSave(List.of(entry("P" + i, 1000 + i, 1, "t")));
        }
    }

    @Test
    public void quartilePercentileAndDistanceToTheBestQuartile() throws Exception {
        Ranking s6 = c.rank("S6", IndicatorKind.PER_OUTPUT, 2024, null);
        assertEquals(RankStatus.RANKED, s6.status());
        assertEquals(8, s6.peers());
        assertEquals(new BigDecimal("150.000000"), s6.intensity());
        assertEquals(new BigDecimal("117.5000"), s6.thresholds().bestQuartile());
        assertEquals(new BigDecimal("135.0000"), s6.thresholds().median());
        assertEquals(new BigDecimal("152.5000"), s6.thresholds().upperQuartile());
        assertEquals(new BigDecimal("100.0000"), s6.thresholds().best());
        assertEquals(new BigDecimal("170.0000"), s6.thresholds().worst());
        assertTrue(s6.thresholds().estimation().startsWith("R_7"));
        assertEquals(Integer.valueOf(3), s6.quartile());
        assertEquals(new BigDecimal("68.75"), s6.percentile());
        assertEquals(0, new BigDecimal("32.5").compareTo(s6.excessIntensity()));
        assertEquals(new BigDecimal("32500.000"), s6.excessKwh());
        assertEquals(new BigDecimal("21125.00"), s6.excessMoney());
        assertEquals("CNY", s6.currency());

        Ranking s2 = c.rank("S2", IndicatorKind.PER_OUTPUT, 2024, false);
        assertEquals(Integer.valueOf(1), s2.quartile());
        assertEquals(new BigDecimal("18.75"), s2.percentile());
        assertEquals(0, BigDecimal.ZERO.compareTo(s2.excessKwh()));
        assertNull("no price, no money", s2.excessMoney());

        Ranking s8 = c.rank("S8", IndicatorKind.PER_OUTPUT, 2024, null);
        assertEquals(Integer.valueOf(4), s8.quartile());
        assertEquals(new BigDecimal("93.75"), s8.percentile());
        assertEquals(new BigDecimal("52500.000"), s8.excessKwh());
    }

    @Test
    public void bySizeClass() throws Exception {
        Ranking medium = c.rank("S6", IndicatorKind.PER_OUTPUT, 2024, true);
        assertEquals(RankStatus.TOO_SMALL, medium.status());
        assertEquals(3, medium.peers());
        assertEquals(SizeClass.MEDIUM, medium.sizeClass());
        assertNull(medium.quartile());
        assertNull(medium.percentile());
        assertNull(medium.thresholds());
        assertNull(medium.excessKwh());
        Ranking large = c.rank("S1", IndicatorKind.PER_OUTPUT, 2024, true);
        assertEquals(5, large.peers());
        assertEquals(new BigDecimal("110.0000"), large.thresholds().bestQuartile());
        assertEquals(Integer.valueOf(1), large.quartile());
        assertEquals(new BigDecimal("10.00"), large.percentile());
    }

    @Test
    public void tiesShareTheirPercentile() throws Exception {
        PeerGroup g = c.peerGroup("30", IndicatorKind.PER_OUTPUT, 2024, "t", null);
        assertEquals(new BigDecimal("20.0000"), g.thresholds().bestQuartile());
        assertEquals(new BigDecimal("20.0000"), g.thresholds().upperQuartile());
        assertEquals(List.of("C0", "C1", "C2", "C3", "C4"), g.members().stream().map(Ranking::enterprise).toList());
        assertEquals(List.of("10.00", "50.00", "50.00", "50.00", "90.00"),
                g.members().stream().map(r -> r.percentile().toPlainString()).toList());
        assertEquals(List.of(1, 1, 1, 1, 4), g.members().stream().map(Ranking::quartile).toList());
        // 40 - 20 = 20 kWh/t x 50 t = 1000 kWh x 0.5 = 500.00
        assertEquals(new BigDecimal("500.00"), g.members().get(4).excessMoney());
    }

    @Test
    public void tooSmallGroupsAreSaidSoNotRanked() throws Exception {
        PeerGroup g = c.peerGroup("22", IndicatorKind.PER_OUTPUT, 2024, "t", null);
        assertEquals(RankStatus.TOO_SMALL, g.status());
        assertEquals(4, g.peers());
        assertNull(g.thresholds());
        assertEquals(4, g.members().size());
        assertTrue(g.members().stream().allMatch(r -> r.quartile() == null && r.status() == RankStatus.TOO_SMALL));
        assertEquals(RankStatus.TOO_SMALL, c.rank("P0", IndicatorKind.PER_OUTPUT, 2024, null).status());
        // other units and years are not peers
        assertEquals(1, c.rank("S-PIECES", IndicatorKind.PER_OUTPUT, 2024, null).peers());
        assertEquals(1, c.rank("S1", IndicatorKind.PER_OUTPUT, 2023, null).peers());
    }

    @Test
    public void theGroupAsCsv() throws Exception {
        var csv = c.peerGroupCsv("31", IndicatorKind.PER_OUTPUT, 2024, "t", null);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(csv.csv())).getRecords();
        assertEquals(8, rows.size());
        assertEquals("S6", rows.get(5).get("enterprise"));
        assertEquals("68.75", rows.get(5).get("percentile"));
        assertEquals("21125.00", rows.get(5).get("excess_money"));
    }

    private static void invalid(String field, Call call) throws Exception {
        try {
            call.run();
            fail("accepted");
        } catch (RpcException e) {
            assertEquals(e.getMessage(), RpcException.INVALID_PARAMS, e.code());
            assertEquals(e.getMessage(), field, ((Map<?, ?>) e.data()).get("param"));
        }
    }

    interface Call {
        void run() throws Exception;
    }

    @Test
    public void badInput() throws Exception {
        invalid("enterprise.industry", () -> c.enterpriseSave(new Enterprise("X", "x", "99", SizeClass.LARGE, null, null)));
        invalid("enterprise.industry", () -> c.enterpriseSave(new Enterprise("X", "x", "c", SizeClass.LARGE, null, null)));
        invalid("enterprise.sizeClass", () -> c.enterpriseSave(new Enterprise("X", "x", "C", null, null, null)));
        invalid("enterprise.currency", () -> c.enterpriseSave(new Enterprise("X", "x", "C", SizeClass.SMALL, BigDecimal.ONE, null)));
        invalid("enterprise.id", () -> c.enterpriseSave(new Enterprise("", "x", "C", SizeClass.SMALL, null, null)));
        invalid("entries[0].denominator", () -> c.indicatorSave(List.of(entry("S1", 1, 0, "t"))));
        invalid("entries[0].enterprise", () -> c.indicatorSave(List.of(entry("NOPE", 1, 1, "t"))));
        invalid("entries[1]", () -> c.indicatorSave(List.of(entry("S1", 1, 1, "t"), entry("S1", 2, 1, "t"))));
        invalid("entries[0].year", () -> c.indicatorSave(List.of(new IndicatorEntry("S1", IndicatorKind.PER_AREA, 1066,
                BigDecimal.ONE, BigDecimal.ONE, "m2"))));
        invalid("industry", () -> c.peerGroup("ZZ", IndicatorKind.PER_OUTPUT, 2024, "t", null));
        invalid("under", () -> c.industryCodes("Q9"));
        assertEquals(BenchmarkComponent.NOT_FOUND, code(() -> c.rank("S1", IndicatorKind.PER_AREA, 2024, null)));
        assertEquals(BenchmarkComponent.NOT_FOUND, code(() -> c.rank("NOPE", IndicatorKind.PER_OUTPUT, 2024, null)));
    }

    private static int code(Call call) throws Exception {
        try {
            call.run();
        } catch (RpcException e) {
            return e.code();
        }
        throw new AssertionError("accepted");
    }

    @Test
    public void theIndustryTable() throws Exception {
        assertEquals(20, c.industryCodes(null).stream().filter(i -> i.parent() == null).count());
        assertEquals(32, c.industryCodes("C").size());   // C itself and divisions 13..43
        assertEquals("黑色金属冶炼和压延加工业", c.industryCodes("C").stream().filter(i -> i.code().equals("31")).findFirst()
                .orElseThrow().name());
    }
}
