package io.openemp.plugin.efficiency.monitoring.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.BeforeClass;
import org.junit.Test;

import io.openemp.plugin.api.RpcException;
import io.openemp.plugin.efficiency.monitoring.api.Band;
import io.openemp.plugin.efficiency.monitoring.api.BandPrice;
import io.openemp.plugin.efficiency.monitoring.api.DemandBasis;
import io.openemp.plugin.efficiency.monitoring.api.DemandCharge;
import io.openemp.plugin.efficiency.monitoring.api.Enterprise;
import io.openemp.plugin.efficiency.monitoring.api.Level;
import io.openemp.plugin.efficiency.monitoring.api.MeterLink;
import io.openemp.plugin.efficiency.monitoring.api.Node;
import io.openemp.plugin.efficiency.monitoring.api.Period;
import io.openemp.plugin.efficiency.monitoring.api.PowerFactorAdjustment;
import io.openemp.plugin.efficiency.monitoring.api.PowerFactorStep;
import io.openemp.plugin.efficiency.monitoring.api.ProductionEntry;
import io.openemp.plugin.efficiency.monitoring.api.Tariff;
import io.openemp.plugin.efficiency.monitoring.api.TouBand;
import io.openemp.plugin.efficiency.monitoring.api.TouCalendar;
import io.openemp.plugin.efficiency.monitoring.api.TouSeason;

/** Every refusal: the code, and for -32602 the field it names. */
public class ErrorsTest {

    private static MonitoringComponent c;

    interface Call {
        void run() throws Exception;
    }

    private static RpcException refused(Call call) throws Exception {
        try {
            call.run();
        } catch (RpcException e) {
            return e;
        }
        fail("accepted");
        return null;
    }

    private static void invalid(String field, Call call) throws Exception {
        RpcException e = refused(call);
        assertEquals(e.getMessage(), RpcException.INVALID_PARAMS, e.code());
        assertEquals(e.getMessage(), field, ((java.util.Map<?, ?>) e.data()).get("param"));
    }

    @BeforeClass
    public static void tree() throws Exception {
        Fixture.DIRECTORY.add("ERR-1", Fixture.SHANGHAI);
        Fixture.DIRECTORY.add("ERR-2", Fixture.SHANGHAI);
        c = Fixture.component();
        c.enterpriseSave(new Enterprise("ERR", "Errors", Fixture.SHANGHAI));
        c.enterpriseSave(new Enterprise("ERR-OTHER", "Other", Fixture.SHANGHAI));
        c.nodeSave(new Node("err-site", "ERR", null, "Site", Level.SITE, List.of(new MeterLink("ERR-1", 1))));
        c.nodeSave(new Node("err-ws", "ERR", "err-site", "Workshop", Level.WORKSHOP, List.of(new MeterLink("ERR-2", 1))));
        c.nodeSave(new Node("err-line", "ERR", "err-ws", "Line", Level.LINE, List.of()));
        c.nodeSave(new Node("err-two", "ERR", null, "Two meters", Level.SITE,
                List.of(new MeterLink("ERR-1", 1), new MeterLink("ERR-2", -1))));
        c.nodeSave(new Node("other-site", "ERR-OTHER", null, "Site", Level.SITE, List.of()));
    }

    @Test
    public void hierarchyRules() throws Exception {
        invalid("node.enterprise", () -> c.nodeSave(new Node("n1", "NOPE", null, "x", Level.SITE, List.of())));
        invalid("node.parent", () -> c.nodeSave(new Node("n1", "ERR", "nope", "x", Level.LINE, List.of())));
        invalid("node.parent", () -> c.nodeSave(new Node("n1", "ERR", "other-site", "x", Level.LINE, List.of())));
        invalid("node.level", () -> c.nodeSave(new Node("n1", "ERR", "err-ws", "x", Level.WORKSHOP, List.of())));
        // a cycle: the site under its own line (levels checked first, so try with a level that fits)
        invalid("node.level", () -> c.nodeSave(new Node("err-site", "ERR", "err-line", "Site", Level.SITE, List.of())));
        invalid("node.parent", () -> c.nodeSave(new Node("err-ws", "ERR", "err-ws", "Workshop", Level.EQUIPMENT, List.of())));
        invalid("node.level", () -> c.nodeSave(new Node("err-ws", "ERR", "err-site", "Workshop", Level.LINE, List.of())));
        invalid("node.enterprise", () -> c.nodeSave(new Node("err-line", "ERR-OTHER", null, "Line", Level.LINE, List.of())));
        invalid("node.meters[1].meter", () -> c.nodeSave(new Node("n1", "ERR", null, "x", Level.SITE,
                List.of(new MeterLink("ERR-1", 1), new MeterLink("ERR-1", -1)))));
        invalid("node.meters[0].meter", () -> c.nodeSave(new Node("n1", "ERR", null, "x", Level.SITE,
                List.of(new MeterLink("NO-SUCH-METER", 1)))));
        invalid("node.meters[0].sign", () -> c.nodeSave(new Node("n1", "ERR", null, "x", Level.SITE,
                List.of(new MeterLink("ERR-1", 0)))));
        invalid("node.id", () -> c.nodeSave(new Node("a b", "ERR", null, "x", Level.SITE, List.of())));
        invalid("node.id", () -> c.nodeSave(new Node("x".repeat(65), "ERR", null, "x", Level.SITE, List.of())));
        invalid("node.name", () -> c.nodeSave(new Node("n1", "ERR", null, "bad\u0000name", Level.SITE, List.of())));
        invalid("node.name", () -> c.nodeSave(new Node("n1", "ERR", null, "y".repeat(201), Level.SITE, List.of())));
        List<MeterLink> many = new ArrayList<>();
        for (int i = 0; i < 201; i++) {
            many.add(new MeterLink("M" + i, 1));
        }
        invalid("node.meters", () -> c.nodeSave(new Node("n1", "ERR", null, "x", Level.SITE, many)));
        invalid("id", () -> c.nodeDelete("err-ws"));
        invalid("id", () -> c.enterpriseDelete("ERR"));
        assertEquals(MonitoringComponent.NOT_FOUND, refused(() -> c.nodeGet("nope")).code());
        assertEquals(MonitoringComponent.NOT_FOUND, refused(() -> c.hierarchy("NOPE")).code());
    }

    @Test
    public void deletingALeafAndAnEmptyEnterprise() throws Exception {
        c.enterpriseSave(new Enterprise("ERR-DEL", "Deleted", "UTC"));
        c.nodeSave(new Node("del-1", "ERR-DEL", null, "x", Level.SITE, List.of()));
        c.productionSave(List.of(new ProductionEntry("del-1", LocalDate.of(2024, 1, 1), BigDecimal.ONE, "t")));
        assertTrue(c.nodeDelete("del-1"));
        assertTrue(c.enterpriseDelete("ERR-DEL"));
        assertEquals(MonitoringComponent.NOT_FOUND, refused(() -> c.hierarchy("ERR-DEL")).code());
    }

    static List<TouBand> day(TouBand... bands) {
        return List.of(bands);
    }

    static TouCalendar calendar(List<TouSeason> seasons) {
        return new TouCalendar("err-cal", "x", seasons, null);
    }

    @Test
    public void calendarRules() throws Exception {
        List<TouBand> whole = day(new TouBand("00:00", "24:00", Band.FLAT));
        invalid("calendar.seasons[0].workday[1].from", () -> c.calendarSave(calendar(List.of(new TouSeason("s", "01-01", "12-31",
                day(new TouBand("00:00", "08:00", Band.VALLEY), new TouBand("09:00", "24:00", Band.FLAT)), null)))));
        invalid("calendar.seasons[0].workday", () -> c.calendarSave(calendar(List.of(new TouSeason("s", "01-01", "12-31",
                day(new TouBand("00:00", "23:00", Band.FLAT)), null)))));
        invalid("calendar.seasons[0].workday[0].to", () -> c.calendarSave(calendar(List.of(new TouSeason("s", "01-01", "12-31",
                day(new TouBand("00:00", "25:00", Band.FLAT)), null)))));
        invalid("calendar.seasons[0].weekend[0].to", () -> c.calendarSave(calendar(List.of(new TouSeason("s", "01-01", "12-31",
                whole, day(new TouBand("00:00", "00:00", Band.FLAT)))))));
        invalid("calendar.seasons[0].from", () -> c.calendarSave(calendar(List.of(new TouSeason("s", "02-30", "12-31", whole, null)))));
        invalid("calendar.seasons", () -> c.calendarSave(calendar(List.of(new TouSeason("s", "01-01", "12-30", whole, null)))));
        invalid("calendar.seasons[1]", () -> c.calendarSave(calendar(List.of(new TouSeason("a", "01-01", "06-30", whole, null),
                new TouSeason("b", "06-30", "12-31", whole, null)))));
        invalid("calendar.seasons", () -> c.calendarSave(calendar(List.of())));
        // a season over the new year is fine
        c.calendarSave(calendar(List.of(new TouSeason("winter", "11-01", "02-29", whole, null),
                new TouSeason("rest", "03-01", "10-31", day(new TouBand("00:00", "12:00", Band.VALLEY),
                        new TouBand("12:00", "24:00", Band.PEAK)), null))));
        assertEquals(2, c.calendarGet("err-cal").seasons().size());
        assertTrue(c.calendarList().contains("err-cal"));
    }

    @Test
    public void tariffRules() throws Exception {
        c.calendarSave(new TouCalendar("err-cal2", "x", List.of(new TouSeason("s", "01-01", "12-31",
                day(new TouBand("00:00", "12:00", Band.VALLEY), new TouBand("12:00", "24:00", Band.PEAK)), null)), null));
        List<BandPrice> prices = List.of(new BandPrice(Band.VALLEY, new BigDecimal("0.3")), new BandPrice(Band.PEAK, BigDecimal.ONE));
        PowerFactorAdjustment pf = new PowerFactorAdjustment(new BigDecimal("0.9"),
                List.of(new PowerFactorStep(new BigDecimal("0.80"), BigDecimal.ONE), new PowerFactorStep(new BigDecimal("0.90"), BigDecimal.ZERO)));
        invalid("tariff.energyPrices", () -> c.tariffSave(new Tariff("t1", "x", "CNY", "err-cal2",
                List.of(new BandPrice(Band.VALLEY, BigDecimal.ONE)), null, null)));
        invalid("tariff.energyPrices[1].band", () -> c.tariffSave(new Tariff("t1", "x", "CNY", "err-cal2",
                List.of(new BandPrice(Band.VALLEY, BigDecimal.ONE), new BandPrice(Band.VALLEY, BigDecimal.ONE)), null, null)));
        invalid("tariff.energyPrices[0].pricePerKwh", () -> c.tariffSave(new Tariff("t1", "x", "CNY", "err-cal2",
                List.of(new BandPrice(Band.VALLEY, new BigDecimal("-1")), new BandPrice(Band.PEAK, BigDecimal.ONE)), null, null)));
        invalid("tariff.currency", () -> c.tariffSave(new Tariff("t1", "x", "yuan", "err-cal2", prices, null, null)));
        invalid("tariff.calendar", () -> c.tariffSave(new Tariff("t1", "x", "CNY", "no-cal", prices, null, null)));
        invalid("tariff.demand.capacityKva", () -> c.tariffSave(new Tariff("t1", "x", "CNY", "err-cal2", prices,
                new DemandCharge(DemandBasis.CAPACITY, BigDecimal.TEN, null), null)));
        invalid("tariff.powerFactor.steps[1].powerFactor", () -> c.tariffSave(new Tariff("t1", "x", "CNY", "err-cal2", prices, null,
                new PowerFactorAdjustment(new BigDecimal("0.9"), List.of(new PowerFactorStep(new BigDecimal("0.90"), BigDecimal.ZERO),
                        new PowerFactorStep(new BigDecimal("0.80"), BigDecimal.ONE))))));
        invalid("tariff.powerFactor.steps[0].powerFactor", () -> c.tariffSave(new Tariff("t1", "x", "CNY", "err-cal2", prices, null,
                new PowerFactorAdjustment(new BigDecimal("0.9"), List.of(new PowerFactorStep(new BigDecimal("0.905"), BigDecimal.ZERO))))));
        c.tariffSave(new Tariff("t1", "x", "CNY", "err-cal2", prices, null, pf));
        // The calendar cannot gain a band the tariff has no price for.
        invalid("calendar", () -> c.calendarSave(new TouCalendar("err-cal2", "x", List.of(new TouSeason("s", "01-01", "12-31",
                day(new TouBand("00:00", "24:00", Band.SHARP)), null)), null)));
        assertEquals(MonitoringComponent.NOT_FOUND, refused(() -> c.cost("err-site", LocalDate.of(2024, 1, 1), "nope")).code());
        assertEquals(MonitoringComponent.NOT_FOUND, refused(() -> c.statistics("err-site", Period.DAY, LocalDate.of(2024, 1, 1),
                "nope")).code());
    }

    @Test
    public void productionRules() throws Exception {
        invalid("entries[0].quantity", () -> c.productionSave(List.of(new ProductionEntry("err-site", LocalDate.of(2024, 1, 1),
                new BigDecimal("-1"), "t"))));
        invalid("entries[0].node", () -> c.productionSave(List.of(new ProductionEntry("nope", LocalDate.of(2024, 1, 1),
                BigDecimal.ONE, "t"))));
        invalid("entries[1].date", () -> c.productionSave(List.of(
                new ProductionEntry("err-ws", LocalDate.of(2024, 1, 1), BigDecimal.ONE, "t"),
                new ProductionEntry("err-ws", LocalDate.of(2024, 1, 1), BigDecimal.TEN, "t"))));
        c.productionSave(List.of(new ProductionEntry("err-site", LocalDate.of(2024, 1, 1), BigDecimal.ONE, "t")));
        invalid("entries[0].unit", () -> c.productionSave(List.of(new ProductionEntry("err-site", LocalDate.of(2024, 1, 2),
                BigDecimal.ONE, "pieces"))));
        invalid("csv", () -> c.productionImport("node;date;quantity;unit\nerr-site;2024-01-01;1;t\n"));
        invalid("csv", () -> c.productionImport("node,date,quantity,unit\nerr-site,01/02/2024,1,t\n"));
        invalid("csv", () -> c.productionImport("node,date,quantity,unit\nerr-site,2024-01-02,1\n"));
        invalid("csv", () -> c.productionImport("node,date,quantity,unit\n\"err-site,2024-01-02,1,t\n"));
        invalid("csv", () -> c.productionImport(""));
        invalid("csv", () -> c.productionImport("node,date,quantity,unit\n" + "err-site,2024-01-02,1,t\n".repeat(
                ProductionRules.MAX_CSV_CHARS / 20)));
        invalid("csv[0].quantity", () -> c.productionImport("node,date,quantity,unit\nerr-site,2024-01-02,1e30,t\n"));
        // nothing of a refused file is stored
        invalid("csv[1].node", () -> c.productionImport("node,date,quantity,unit\nerr-site,2024-01-03,5,t\nnope,2024-01-03,5,t\n"));
        assertEquals(1, c.productionList("err-site", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 1)).size());
    }

    @Test
    public void readingTypesMustBeIntervalEnergy() throws Exception {
        MonitoringComponent registerType = Fixture.component(new Settings(TestDirectory.REGISTER, TestDirectory.REACTIVE, 1, 10));
        assertEquals(NodeReader.READ_REFUSED, refused(() -> registerType.statistics("err-site", Period.DAY,
                LocalDate.of(2024, 1, 1), null)).code());
        MonitoringComponent few = Fixture.component(new Settings(TestDirectory.ACTIVE, TestDirectory.REACTIVE, 1, 1));
        invalid("node", () -> few.statistics("err-two", Period.DAY, LocalDate.of(2024, 1, 1), null));
    }
}
