package io.openemp.plugin.efficiency.monitoring.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.BeforeClass;
import org.junit.Test;

import io.openemp.plugin.efficiency.monitoring.api.Band;
import io.openemp.plugin.efficiency.monitoring.api.BandEnergy;
import io.openemp.plugin.efficiency.monitoring.api.Enterprise;
import io.openemp.plugin.efficiency.monitoring.api.Level;
import io.openemp.plugin.efficiency.monitoring.api.LoadCurve;
import io.openemp.plugin.efficiency.monitoring.api.MeterLink;
import io.openemp.plugin.efficiency.monitoring.api.Node;
import io.openemp.plugin.efficiency.monitoring.api.NodeStatistics;
import io.openemp.plugin.efficiency.monitoring.api.Period;
import io.openemp.plugin.efficiency.monitoring.api.StatisticsReport;
import io.openemp.plugin.efficiency.monitoring.api.TouBand;
import io.openemp.plugin.efficiency.monitoring.api.TouCalendar;
import io.openemp.plugin.efficiency.monitoring.api.TouSeason;

/**
 * The statistics on a real household (UCI, 1-2 Feb 2007, 15-minute energies) in a small hierarchy: the house on
 * its main meter, three sub-metered circuits under it, and "other loads" = main minus the three sub-meters.
 * Every expected figure is computed here again from the series as loaded, not from the module.
 */
public class UciHouseholdTest {

    private static final String MAIN = "UCI-MAIN";
    private static final ZoneId ZONE = ZoneId.of(Fixture.PARIS);
    private static final LocalDate DAY2 = LocalDate.of(2007, 2, 2);
    private static MonitoringComponent c;

    @BeforeClass
    public static void hierarchy() throws Exception {
        Fixture.loadUci();
        c = Fixture.component();
        c.enterpriseSave(new Enterprise("UCI-HH", "UCI household, Sceaux", Fixture.PARIS));
        c.nodeSave(new Node("uci-house", "UCI-HH", null, "House", Level.SITE, List.of(new MeterLink(MAIN, 1))));
        c.nodeSave(new Node("uci-kitchen", "UCI-HH", "uci-house", "Kitchen", Level.WORKSHOP, List.of(new MeterLink("UCI-S1", 1))));
        c.nodeSave(new Node("uci-laundry", "UCI-HH", "uci-house", "Laundry", Level.WORKSHOP, List.of(new MeterLink("UCI-S2", 1))));
        c.nodeSave(new Node("uci-heat", "UCI-HH", "uci-house", "Water heater and AC", Level.WORKSHOP,
                List.of(new MeterLink("UCI-S3", 1))));
        c.calendarSave(calendar());
    }

    /** A Chinese-style two-season calendar; February is in "winter". */
    static TouCalendar calendar() {
        List<TouBand> winter = List.of(new TouBand("00:00", "08:00", Band.VALLEY), new TouBand("08:00", "10:00", Band.FLAT),
                new TouBand("10:00", "12:00", Band.PEAK), new TouBand("12:00", "17:00", Band.FLAT),
                new TouBand("17:00", "19:00", Band.SHARP), new TouBand("19:00", "21:00", Band.PEAK),
                new TouBand("21:00", "24:00", Band.FLAT));
        List<TouBand> summer = List.of(new TouBand("00:00", "07:00", Band.VALLEY), new TouBand("07:00", "24:00", Band.FLAT));
        return new TouCalendar("uci-tou", "Household test calendar",
                List.of(new TouSeason("summer", "06-01", "09-30", summer, null),
                        new TouSeason("winter", "10-01", "05-31", winter, List.of(new TouBand("00:00", "24:00", Band.FLAT)))),
                null);
    }

    private static Instant at(LocalDate d) {
        return d.atStartOfDay(ZONE).toInstant();
    }

    private static BigDecimal main(LocalDate d) {
        return Fixture.sum(MAIN, TestDirectory.ACTIVE, at(d), at(d.plusDays(1)));
    }

    private static BigDecimal sub(int i, LocalDate d) {
        return Fixture.sum("UCI-S" + i, TestDirectory.ACTIVE, at(d), at(d.plusDays(1)));
    }

    @Test
    public void theLoadedSeriesIsTheFilesTotal() {
        // README of ../shared/data: 58.208 kWh over the two days (kW x 1/60 h per minute); the 15-minute sums are
        // rounded to 6 decimals, 192 of them: at most 0.0001 kWh off.
        BigDecimal both = main(LocalDate.of(2007, 2, 1)).add(main(DAY2));
        assertTrue(both.toPlainString(), both.subtract(new BigDecimal("58.208")).abs().compareTo(new BigDecimal("0.001")) < 0);
        assertEquals(192, Fixture.series(MAIN, TestDirectory.ACTIVE).size());
    }

    @Test
    public void consumptionSharesAndUnaccountedEnergy() throws Exception {
        StatisticsReport r = c.statistics("uci-house", Period.DAY, DAY2, null);
        assertEquals(Fixture.PARIS, r.zone());
        assertEquals(Instant.parse("2007-02-01T23:00:00Z"), r.from());
        assertEquals(List.of("uci-house", "uci-kitchen", "uci-laundry", "uci-heat"),
                r.rows().stream().map(NodeStatistics::node).toList());
        NodeStatistics house = r.rows().get(0);
        BigDecimal main = main(DAY2);
        BigDecimal subs = sub(1, DAY2).add(sub(2, DAY2)).add(sub(3, DAY2));
        assertEquals(0, main.compareTo(house.consumptionKwh()));
        assertEquals(0, subs.compareTo(house.childrenKwh()));
        assertEquals(0, main.subtract(subs).compareTo(house.unaccountedKwh()));
        assertEquals(main.subtract(subs).multiply(BigDecimal.valueOf(100)).divide(main, 2, RoundingMode.HALF_UP),
                house.unaccountedPercent());
        assertNull("a top node has no parent", house.shareOfParentPercent());
        assertEquals(96, house.readings());
        assertEquals(96, house.expectedReadings());

        NodeStatistics heat = r.rows().get(3); // children in name order: Kitchen, Laundry, Water heater
        assertEquals(0, sub(3, DAY2).compareTo(heat.consumptionKwh()));
        assertEquals(0, main.compareTo(heat.parentKwh()));
        assertEquals(sub(3, DAY2).multiply(BigDecimal.valueOf(100)).divide(main, 2, RoundingMode.HALF_UP),
                heat.shareOfParentPercent());
        assertNull("no children", heat.unaccountedKwh());

        // Day-on-day against 1 Feb; no data a year earlier.
        BigDecimal day1 = main(LocalDate.of(2007, 2, 1));
        assertEquals(0, day1.compareTo(house.previousKwh()));
        assertEquals(main.subtract(day1).multiply(BigDecimal.valueOf(100)).divide(day1, 2, RoundingMode.HALF_UP),
                house.changePercent());
        assertNull(house.lastYearKwh());
        assertNull(house.yearOnYearPercent());
    }

    @Test
    public void subMeteringSubtractsAndThenNothingIsUnaccounted() throws Exception {
        c.enterpriseSave(new Enterprise("UCI-HH2", "UCI household with the rest metered by difference", Fixture.PARIS));
        c.nodeSave(new Node("uci2-house", "UCI-HH2", null, "House", Level.SITE, List.of(new MeterLink(MAIN, 1))));
        for (int i = 1; i <= 3; i++) {
            c.nodeSave(new Node("uci2-s" + i, "UCI-HH2", "uci2-house", "Circuit " + i, Level.EQUIPMENT,
                    List.of(new MeterLink("UCI-S" + i, 1))));
        }
        c.nodeSave(new Node("uci2-rest", "UCI-HH2", "uci2-house", "Other loads", Level.EQUIPMENT, List.of(
                new MeterLink(MAIN, 1), new MeterLink("UCI-S1", -1), new MeterLink("UCI-S2", -1), new MeterLink("UCI-S3", -1))));
        StatisticsReport r = c.statistics("uci2-house", Period.DAY, DAY2, null);
        NodeStatistics house = r.rows().get(0);
        NodeStatistics rest = r.rows().stream().filter(s -> s.node().equals("uci2-rest")).findFirst().orElseThrow();
        BigDecimal expectedRest = main(DAY2).subtract(sub(1, DAY2)).subtract(sub(2, DAY2)).subtract(sub(3, DAY2));
        assertEquals(0, expectedRest.compareTo(rest.consumptionKwh()));
        assertEquals(0, BigDecimal.ZERO.compareTo(house.unaccountedKwh()));
        assertEquals(4 * 96, rest.readings());
        // Only the main meter has reactive energy: no power factor from a part of the node's meters.
        assertNull(rest.powerFactor());
        assertNull(rest.reactiveKvarh());
        assertTrue(house.powerFactor() != null);
    }

    @Test
    public void demandLoadFactorAndPowerFactor() throws Exception {
        NodeStatistics house = c.statistics("uci-house", Period.DAY, DAY2, null).rows().get(0);
        TreeMap<Instant, BigDecimal> day = new TreeMap<>(Fixture.series(MAIN, TestDirectory.ACTIVE)
                .subMap(at(DAY2), false, at(DAY2.plusDays(1)), true));
        Map.Entry<Instant, BigDecimal> peak = day.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
        BigDecimal maxKw = peak.getValue().multiply(BigDecimal.valueOf(4)).setScale(3, RoundingMode.HALF_UP);
        assertEquals(maxKw, house.maxDemandKw());
        assertEquals(peak.getKey().minusSeconds(900), house.maxDemandAt());
        BigDecimal avg = main(DAY2).divide(BigDecimal.valueOf(24), MathContext.DECIMAL64).setScale(3, RoundingMode.HALF_UP);
        assertEquals(avg, house.averageKw());
        assertEquals(avg.divide(maxKw, MathContext.DECIMAL64).setScale(4, RoundingMode.HALF_UP), house.loadFactor());
        assertTrue(house.loadFactor().compareTo(BigDecimal.ZERO) > 0 && house.loadFactor().compareTo(BigDecimal.ONE) < 0);

        BigDecimal q = Fixture.sum(MAIN, TestDirectory.REACTIVE, at(DAY2), at(DAY2.plusDays(1)));
        assertEquals(0, q.compareTo(house.reactiveKvarh()));
        double p = main(DAY2).doubleValue();
        double pf = p / Math.sqrt(p * p + q.doubleValue() * q.doubleValue());
        assertEquals(pf, house.powerFactor().doubleValue(), 0.00005);
        assertNull("sub-meters have no reactive readings", c.statistics("uci-house", Period.DAY, DAY2, null).rows().get(1)
                .powerFactor());
    }

    @Test
    public void timeOfUseSplitSumsToTheTotalAndFollowsTheBands() throws Exception {
        NodeStatistics house = c.statistics("uci-house", Period.DAY, DAY2, "uci-tou").rows().get(0);
        EnumMap<Band, BigDecimal> expected = new EnumMap<>(Band.class);
        for (Map.Entry<Instant, BigDecimal> e : Fixture.series(MAIN, TestDirectory.ACTIVE)
                .subMap(at(DAY2), false, at(DAY2.plusDays(1)), true).entrySet()) {
            int hour = LocalDateTime.ofInstant(e.getKey().minusSeconds(900), ZONE).getHour();
            Band b = hour < 8 ? Band.VALLEY : hour < 10 ? Band.FLAT : hour < 12 ? Band.PEAK : hour < 17 ? Band.FLAT
                    : hour < 19 ? Band.SHARP : hour < 21 ? Band.PEAK : Band.FLAT;
            expected.merge(b, e.getValue(), BigDecimal::add);
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (BandEnergy b : house.bands()) {
            assertEquals(b.band().toString(), 0, expected.get(b.band()).compareTo(b.kwh()));
            sum = sum.add(b.kwh());
        }
        assertEquals(0, sum.compareTo(house.consumptionKwh()));
        assertEquals(List.of(Band.SHARP, Band.PEAK, Band.FLAT, Band.VALLEY), house.bands().stream().map(BandEnergy::band).toList());
    }

    @Test
    public void aGroupingNodeWithoutMetersIsTheSumOfItsChildren() throws Exception {
        c.enterpriseSave(new Enterprise("UCI-HH3", "UCI circuits grouped", Fixture.PARIS));
        c.nodeSave(new Node("uci3-site", "UCI-HH3", null, "Circuits", Level.SITE, List.of()));
        c.nodeSave(new Node("uci3-a", "UCI-HH3", "uci3-site", "Kitchen", Level.LINE, List.of(new MeterLink("UCI-S1", 1))));
        c.nodeSave(new Node("uci3-b", "UCI-HH3", "uci3-site", "Laundry", Level.LINE, List.of(new MeterLink("UCI-S2", 1))));
        NodeStatistics site = c.statistics("uci3-site", Period.DAY, DAY2, null).rows().get(0);
        assertEquals(0, sub(1, DAY2).add(sub(2, DAY2)).compareTo(site.consumptionKwh()));
        assertEquals(0, BigDecimal.ZERO.compareTo(site.unaccountedKwh()));
    }

    @Test
    public void aGroupingNodeSummedFromItsChildrenEqualsReadingAllTheirMeters() throws Exception {
        c.enterpriseSave(new Enterprise("UCI-HH5", "UCI grouped, nested", Fixture.PARIS));
        c.nodeSave(new Node("uci5-site", "UCI-HH5", null, "Grouped", Level.SITE, List.of()));
        c.nodeSave(new Node("uci5-main", "UCI-HH5", "uci5-site", "Main less heater", Level.WORKSHOP,
                List.of(new MeterLink(MAIN, 1), new MeterLink("UCI-S3", -1))));
        c.nodeSave(new Node("uci5-group", "UCI-HH5", "uci5-site", "Circuits", Level.WORKSHOP, List.of()));
        c.nodeSave(new Node("uci5-a", "UCI-HH5", "uci5-group", "Kitchen", Level.LINE, List.of(new MeterLink("UCI-S1", 1))));
        c.nodeSave(new Node("uci5-b", "UCI-HH5", "uci5-group", "Laundry", Level.LINE, List.of(new MeterLink("UCI-S2", 1))));
        c.nodeSave(new Node("uci5-flat", "UCI-HH5", null, "Same meters, listed", Level.SITE, List.of(new MeterLink(MAIN, 1),
                new MeterLink("UCI-S3", -1), new MeterLink("UCI-S1", 1), new MeterLink("UCI-S2", 1))));
        List<NodeStatistics> rows = c.statistics("uci5-site", Period.DAY, DAY2, "uci-tou").rows();
        NodeStatistics site = rows.get(0);
        NodeStatistics flat = c.statistics("uci5-flat", Period.DAY, DAY2, "uci-tou").rows().get(0);
        assertEquals(new NodeStatistics("uci5-site", "Grouped", Level.SITE, flat.consumptionKwh(), flat.previousKwh(),
                flat.changePercent(), flat.lastYearKwh(), flat.yearOnYearPercent(), null, null,
                site.consumptionKwh(), BigDecimal.ZERO.setScale(site.consumptionKwh().scale()), new BigDecimal("0.00"),
                null, null, null, flat.maxDemandKw(), flat.maxDemandAt(), flat.averageKw(), flat.loadFactor(),
                flat.reactiveKvarh(), flat.powerFactor(), flat.bands(), flat.readings(), flat.expectedReadings()), site);
        assertNull("two of the four meters have no reactive readings", site.reactiveKvarh());
        assertEquals(4 * 96, site.expectedReadings());

        NodeStatistics group = rows.get(1).node().equals("uci5-group") ? rows.get(1) : rows.get(2);
        BigDecimal circuits = sub(1, DAY2).add(sub(2, DAY2));
        assertEquals(0, circuits.compareTo(group.consumptionKwh()));
        assertEquals(0, circuits.compareTo(group.childrenKwh()));
        assertEquals(site.consumptionKwh(), group.parentKwh());
        assertEquals(Decimals.percent(circuits, site.consumptionKwh()), group.shareOfParentPercent());
        assertEquals(0, group.consumptionKwh().compareTo(c.statistics("uci5-group", Period.DAY, DAY2, null).rows().get(0)
                .consumptionKwh()));
    }

    @Test
    public void theLoadCurveIsTheSignedSumPerInterval() throws Exception {
        c.enterpriseSave(new Enterprise("UCI-HH4", "UCI other loads", Fixture.PARIS));
        c.nodeSave(new Node("uci4-rest", "UCI-HH4", null, "Other loads", Level.SITE,
                List.of(new MeterLink(MAIN, 1), new MeterLink("UCI-S3", -1))));
        LoadCurve curve = c.loadCurve("uci4-rest", LocalDate.of(2007, 2, 1), LocalDate.of(2007, 2, 3));
        assertEquals(192, curve.points().size());
        assertEquals(900, curve.intervalSeconds());
        var first = curve.points().get(0);
        Instant end = Instant.parse("2007-01-31T23:15:00Z");
        assertEquals(end, first.end());
        BigDecimal expected = Fixture.series(MAIN, TestDirectory.ACTIVE).get(end)
                .subtract(Fixture.series("UCI-S3", TestDirectory.ACTIVE).get(end));
        assertEquals(0, expected.compareTo(first.kwh()));
        assertEquals(expected.multiply(BigDecimal.valueOf(4)).setScale(3, RoundingMode.HALF_UP), first.kw());
        assertEquals(2, first.meters());
    }
}
