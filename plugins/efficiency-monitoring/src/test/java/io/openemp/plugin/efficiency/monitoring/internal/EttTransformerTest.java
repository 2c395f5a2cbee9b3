package io.openemp.plugin.efficiency.monitoring.internal;

import static org.junit.Assert.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.BeforeClass;
import org.junit.Test;

import io.openemp.plugin.efficiency.monitoring.api.Enterprise;
import io.openemp.plugin.efficiency.monitoring.api.Level;
import io.openemp.plugin.efficiency.monitoring.api.MeterLink;
import io.openemp.plugin.efficiency.monitoring.api.Node;
import io.openemp.plugin.efficiency.monitoring.api.NodeStatistics;
import io.openemp.plugin.efficiency.monitoring.api.Period;
import io.openemp.plugin.efficiency.monitoring.api.ProductionEntry;

/**
 * Month and year statistics on two years of a real transformer's hourly load (ETTh1, HUFL and LUFL columns taken
 * as hourly energies), in Asia/Shanghai months: month-on-month, year-on-year, year totals and unit consumption.
 */
public class EttTransformerTest {

    private static final ZoneId ZONE = ZoneId.of(Fixture.SHANGHAI);
    private static MonitoringComponent c;

    @BeforeClass
    public static void hierarchy() throws Exception {
        Fixture.loadEtt();
        c = Fixture.component(new Settings(TestDirectory.HOURLY, TestDirectory.REACTIVE, 2, 500));
        c.enterpriseSave(new Enterprise("ETT-1", "ETT transformer 1", Fixture.SHANGHAI));
        c.nodeSave(new Node("ett-site", "ETT-1", null, "Transformer 1", Level.SITE, List.of(new MeterLink("ETT-HUFL", 1))));
        c.nodeSave(new Node("ett-low", "ETT-1", "ett-site", "Low-voltage side", Level.WORKSHOP,
                List.of(new MeterLink("ETT-LUFL", 1))));
    }

    private static BigDecimal month(String meter, int year, int month) {
        LocalDate start = LocalDate.of(year, month, 1);
        return Fixture.sum(meter, TestDirectory.HOURLY, start.atStartOfDay(ZONE).toInstant(),
                start.plusMonths(1).atStartOfDay(ZONE).toInstant());
    }

    private static BigDecimal change(BigDecimal now, BigDecimal before) {
        return now.subtract(before).multiply(BigDecimal.valueOf(100)).divide(before.abs(), 2, RoundingMode.HALF_UP);
    }

    @Test
    public void monthOnMonthAndYearOnYear() throws Exception {
        NodeStatistics s = c.statistics("ett-site", Period.MONTH, LocalDate.of(2017, 7, 15), null).rows().get(0);
        BigDecimal july17 = month("ETT-HUFL", 2017, 7);
        BigDecimal june17 = month("ETT-HUFL", 2017, 6);
        BigDecimal july16 = month("ETT-HUFL", 2016, 7);
        assertEquals(0, july17.compareTo(s.consumptionKwh()));
        assertEquals(0, june17.compareTo(s.previousKwh()));
        assertEquals(0, july16.compareTo(s.lastYearKwh()));
        assertEquals(change(july17, june17), s.changePercent());
        assertEquals(change(july17, july16), s.yearOnYearPercent());
        assertEquals(31 * 24, s.readings());
        assertEquals(31 * 24, s.expectedReadings());
        assertEquals(Instant.parse("2017-06-30T16:00:00Z"), c.statistics("ett-site", Period.MONTH, LocalDate.of(2017, 7, 1),
                null).from());
    }

    @Test
    public void aYearAndItsChild() throws Exception {
        List<NodeStatistics> rows = c.statistics("ett-site", Period.YEAR, LocalDate.of(2017, 3, 3), null).rows();
        BigDecimal year = BigDecimal.ZERO;
        BigDecimal low = BigDecimal.ZERO;
        for (int m = 1; m <= 12; m++) {
            year = year.add(month("ETT-HUFL", 2017, m));
            low = low.add(month("ETT-LUFL", 2017, m));
        }
        assertEquals(0, year.compareTo(rows.get(0).consumptionKwh()));
        assertEquals(0, year.subtract(low).compareTo(rows.get(0).unaccountedKwh()));
        assertEquals(0, low.compareTo(rows.get(1).consumptionKwh()));
        assertEquals(low.multiply(BigDecimal.valueOf(100)).divide(year, 2, RoundingMode.HALF_UP), rows.get(1).shareOfParentPercent());
        assertEquals(8760, rows.get(0).readings());
        // For a year the previous period and the same period a year earlier are both 2016 (data from July on).
        BigDecimal y2016 = BigDecimal.ZERO;
        for (int m = 7; m <= 12; m++) {
            y2016 = y2016.add(month("ETT-HUFL", 2016, m));
        }
        assertEquals(0, y2016.compareTo(rows.get(0).previousKwh()));
        assertEquals(0, y2016.compareTo(rows.get(0).lastYearKwh()));
        assertEquals(rows.get(0).changePercent(), rows.get(0).yearOnYearPercent());
    }

    @Test
    public void unitConsumptionFromProductionEnteredByRpcAndCsv() throws Exception {
        // A monthly total dated on the 1st and daily entries: all count in the month.
        c.productionSave(List.of(new ProductionEntry("ett-site", LocalDate.of(2017, 8, 1), new BigDecimal("1000"), "t")));
        c.productionImport("node,date,quantity,unit\r\nett-site,2017-08-15,250.5,t\r\nett-site,2017-09-01,99,t\r\n");
        NodeStatistics s = c.statistics("ett-site", Period.MONTH, LocalDate.of(2017, 8, 1), null).rows().get(0);
        assertEquals(0, new BigDecimal("1250.5").compareTo(s.production()));
        assertEquals("t", s.productionUnit());
        BigDecimal august = month("ETT-HUFL", 2017, 8);
        assertEquals(august.divide(new BigDecimal("1250.5"), 4, RoundingMode.HALF_UP), s.unitConsumption());
        // entering a date again replaces it
        c.productionSave(List.of(new ProductionEntry("ett-site", LocalDate.of(2017, 8, 15), new BigDecimal("0.5"), "t")));
        assertEquals(0, new BigDecimal("1000.5").compareTo(
                c.statistics("ett-site", Period.MONTH, LocalDate.of(2017, 8, 1), null).rows().get(0).production()));
        assertEquals(3, c.productionList("ett-site", LocalDate.of(2017, 1, 1), LocalDate.of(2018, 1, 1)).size());
    }
}
