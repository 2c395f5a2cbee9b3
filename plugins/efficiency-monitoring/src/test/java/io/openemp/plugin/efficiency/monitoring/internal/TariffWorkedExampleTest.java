package io.openemp.plugin.efficiency.monitoring.internal;

import static org.junit.Assert.assertEquals;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.BeforeClass;
import org.junit.Test;

import io.openemp.data.readings.api.Reading;
import io.openemp.plugin.efficiency.monitoring.api.Band;
import io.openemp.plugin.efficiency.monitoring.api.BandEnergy;
import io.openemp.plugin.efficiency.monitoring.api.BandPrice;
import io.openemp.plugin.efficiency.monitoring.api.CostReport;
import io.openemp.plugin.efficiency.monitoring.api.CsvExport;
import io.openemp.plugin.efficiency.monitoring.api.DemandBasis;
import io.openemp.plugin.efficiency.monitoring.api.DemandCharge;
import io.openemp.plugin.efficiency.monitoring.api.Enterprise;
import io.openemp.plugin.efficiency.monitoring.api.Level;
import io.openemp.plugin.efficiency.monitoring.api.MeterLink;
import io.openemp.plugin.efficiency.monitoring.api.Node;
import io.openemp.plugin.efficiency.monitoring.api.NodeStatistics;
import io.openemp.plugin.efficiency.monitoring.api.Period;
import io.openemp.plugin.efficiency.monitoring.api.PowerFactorAdjustment;
import io.openemp.plugin.efficiency.monitoring.api.PowerFactorStep;
import io.openemp.plugin.efficiency.monitoring.api.Tariff;
import io.openemp.plugin.efficiency.monitoring.api.TouBand;
import io.openemp.plugin.efficiency.monitoring.api.TouCalendar;
import io.openemp.plugin.efficiency.monitoring.api.TouSeason;

/**
 * A bill worked by hand. One day of 15-minute readings (Monday 4 March 2024, Asia/Shanghai) on two meters, in a
 * calendar with valley 00:00-08:00, peak 08:00-12:00 and flat 12:00-24:00:
 *
 * <pre>
 * SYN-1: valley 32 intervals x 10 kWh = 320 kWh, peak 16 x 25 = 400 kWh, flat 48 x 15 = 720 kWh; total 1440 kWh
 *        reactive 0.62 x active in each interval: Q = 892.8 kvarh
 *        PF = 1440 / sqrt(1440^2 + 892.8^2) = 1 / sqrt(1.3844) = 0.84990 -> 0.8499, rounded 0.85
 *        max demand = 25 kWh / 0.25 h = 100 kW; average 1440 / 24 = 60 kW; load factor 0.6000
 * SYN-2: same active energy, reactive 0.25 x active: PF = 1 / sqrt(1.0625) = 0.97014 -> 0.97
 *
 * Tariff T-MD (prices CNY/kWh valley 0.30, peak 1.10, flat 0.70; 38 CNY per kW of max demand; 0.90 table):
 *   energy 320 x 0.30 = 96.00 + 400 x 1.10 = 440.00 + 720 x 0.70 = 504.00      = 1040.00
 *   demand 100 kW x 38                                                         = 3800.00
 *   SYN-1 PF 0.85: table +2.5 %  (0.90 - 0.85 = 5 steps x 0.5 %): 4840.00 x 2.5 % = 121.00  total 4961.00
 *   SYN-2 PF 0.97: table -0.75 % (0.95 and above):              4840.00 x -0.75 % = -36.30  total 4803.70
 * Tariff T-CAP (same energy prices; 25 CNY per kVA of 315 kVA capacity; same table):
 *   SYN-1: 1040.00 + 7875.00 = 8915.00; x 2.5 % = 222.875 -> 222.88; total 9137.88
 * </pre>
 */
public class TariffWorkedExampleTest {

    private static final ZoneId ZONE = ZoneId.of(Fixture.SHANGHAI);
    private static final LocalDate DAY = LocalDate.of(2024, 3, 4);
    private static MonitoringComponent c;

    /** The 0.90-standard table (China, 1983): +0.5 % per 0.01 below 0.90 down to 0.70, -0.15 % per 0.01 above, -0.75 % from 0.95. */
    static PowerFactorAdjustment table090() {
        List<PowerFactorStep> steps = new ArrayList<>();
        for (int i = 70; i <= 95; i++) {
            BigDecimal pf = BigDecimal.valueOf(i, 2);
            BigDecimal percent = i < 90 ? BigDecimal.valueOf((90 - i) * 5L, 1) : BigDecimal.valueOf(-(i - 90) * 15L, 2);
            steps.add(new PowerFactorStep(pf, percent));
        }
        return new PowerFactorAdjustment(new BigDecimal("0.90"), steps);
    }

    static TouCalendar calendar() {
        return new TouCalendar("syn-tou", "Three bands", List.of(new TouSeason("all year", "01-01", "12-31", List.of(
                new TouBand("00:00", "08:00", Band.VALLEY), new TouBand("08:00", "12:00", Band.PEAK),
                new TouBand("12:00", "24:00", Band.FLAT)), null)), null);
    }

    static List<BandPrice> prices() {
        return List.of(new BandPrice(Band.VALLEY, new BigDecimal("0.30")), new BandPrice(Band.PEAK, new BigDecimal("1.10")),
                new BandPrice(Band.FLAT, new BigDecimal("0.70")));
    }

    @BeforeClass
    public static void data() throws Exception {
        Fixture.DIRECTORY.add("SYN-1", Fixture.SHANGHAI);
        Fixture.DIRECTORY.add("SYN-2", Fixture.SHANGHAI);
        List<Reading> batch = new ArrayList<>();
        for (int i = 0; i < 96; i++) {
            LocalDateTime start = DAY.atStartOfDay().plusMinutes(15L * i);
            int hour = start.getHour();
            BigDecimal p = new BigDecimal(hour < 8 ? "10.000" : hour < 12 ? "25.000" : "15.000");
            var end = start.plusMinutes(15).atZone(ZONE).toInstant();
            batch.add(Reading.of("SYN-1", TestDirectory.ACTIVE, end, p));
            batch.add(Reading.of("SYN-1", TestDirectory.REACTIVE, end, p.multiply(new BigDecimal("0.62"))));
            batch.add(Reading.of("SYN-2", TestDirectory.ACTIVE, end, p));
            batch.add(Reading.of("SYN-2", TestDirectory.REACTIVE, end, p.multiply(new BigDecimal("0.25"))));
        }
        Fixture.STORE.append(batch);
        c = Fixture.component();
        c.enterpriseSave(new Enterprise("SYN", "Worked example", Fixture.SHANGHAI));
        c.nodeSave(new Node("syn-1", "SYN", null, "Plant 1", Level.SITE, List.of(new MeterLink("SYN-1", 1))));
        c.nodeSave(new Node("syn-2", "SYN", null, "Plant 2", Level.SITE, List.of(new MeterLink("SYN-2", 1))));
        c.calendarSave(calendar());
        c.tariffSave(new Tariff("T-MD", "Two-part, max demand", "CNY", "syn-tou", prices(),
                new DemandCharge(DemandBasis.MAX_DEMAND, new BigDecimal("38"), null), table090()));
        c.tariffSave(new Tariff("T-CAP", "Two-part, capacity", "CNY", "syn-tou", prices(),
                new DemandCharge(DemandBasis.CAPACITY, new BigDecimal("25"), new BigDecimal("315")), table090()));
    }

    private static void money(String expected, BigDecimal actual) {
        assertEquals(new BigDecimal(expected), actual);
    }

    @Test
    public void maxDemandBillWithASurcharge() throws Exception {
        CostReport r = c.cost("syn-1", DAY, "T-MD");
        assertEquals(LocalDate.of(2024, 3, 1), r.month());
        assertEquals(List.of("energy PEAK", "energy FLAT", "energy VALLEY", "demand MAX_DEMAND"),
                r.lines().stream().map(l -> l.item()).toList());
        money("440.00", r.lines().get(0).amount());
        money("504.00", r.lines().get(1).amount());
        money("96.00", r.lines().get(2).amount());
        assertEquals(0, new BigDecimal("100").compareTo(r.lines().get(3).quantity()));
        money("1040.00", r.energyAmount());
        money("3800.00", r.demandAmount());
        assertEquals(new BigDecimal("0.8499"), r.powerFactor());
        assertEquals(new BigDecimal("0.85"), r.powerFactorRounded());
        assertEquals(0, new BigDecimal("2.5").compareTo(r.adjustmentPercent()));
        money("121.00", r.adjustmentAmount());
        money("4961.00", r.total());
    }

    @Test
    public void aGoodPowerFactorEarnsTheDiscount() throws Exception {
        CostReport r = c.cost("syn-2", DAY, "T-MD");
        assertEquals(new BigDecimal("0.97"), r.powerFactorRounded());
        assertEquals(0, new BigDecimal("-0.75").compareTo(r.adjustmentPercent()));
        money("-36.30", r.adjustmentAmount());
        money("4803.70", r.total());
    }

    @Test
    public void capacityBillRoundsTheAdjustmentHalfUp() throws Exception {
        CostReport r = c.cost("syn-1", DAY, "T-CAP");
        money("7875.00", r.demandAmount());
        money("222.88", r.adjustmentAmount());
        money("9137.88", r.total());
    }

    @Test
    public void theStatisticsOfTheSameDay() throws Exception {
        NodeStatistics s = c.statistics("syn-1", Period.DAY, DAY, "syn-tou").rows().get(0);
        assertEquals(0, new BigDecimal("1440").compareTo(s.consumptionKwh()));
        assertEquals(new BigDecimal("100.000"), s.maxDemandKw());
        assertEquals(new BigDecimal("60.000"), s.averageKw());
        assertEquals(new BigDecimal("0.6000"), s.loadFactor());
        assertEquals(new BigDecimal("0.8499"), s.powerFactor());
        assertEquals(List.of("PEAK 400 27.78", "FLAT 720 50.00", "VALLEY 320 22.22"), s.bands().stream()
                .map((BandEnergy b) -> b.band() + " " + b.kwh().stripTrailingZeros().toPlainString() + " " + b.sharePercent())
                .toList());
        // The month holds one day of readings: 96 of 31 x 96 expected, and the load factor uses the hours covered.
        NodeStatistics month = c.statistics("syn-1", Period.MONTH, DAY, null).rows().get(0);
        assertEquals(96, month.readings());
        assertEquals(31 * 96, month.expectedReadings());
        assertEquals(new BigDecimal("0.6000"), month.loadFactor());
    }

    @Test
    public void theBillAsCsv() throws Exception {
        CsvExport csv = c.costCsv("syn-1", DAY, "T-MD");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(csv.csv())).getRecords();
        assertEquals(6, rows.size());
        assertEquals(6, csv.rows());
        assertEquals("energy PEAK", rows.get(0).get("item"));
        assertEquals("440.00", rows.get(0).get("amount"));
        assertEquals("power factor adjustment", rows.get(4).get("item"));
        assertEquals("121.00", rows.get(4).get("amount"));
        assertEquals("4961.00", rows.get(5).get("amount"));
        assertEquals("CNY", rows.get(5).get("unit"));
        assertEquals("cost-syn-1-2024-03-01.csv", csv.fileName());
    }
}
