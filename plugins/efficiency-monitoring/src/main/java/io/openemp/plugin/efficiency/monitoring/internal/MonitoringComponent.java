package io.openemp.plugin.efficiency.monitoring.internal;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

import io.openemp.data.readings.api.MeterDirectory;
import io.openemp.data.readings.api.ReadingStore;
import io.openemp.data.relational.api.SchemaMigrations;
import io.openemp.plugin.api.Param;
import io.openemp.plugin.api.Roles;
import io.openemp.plugin.api.RpcComponent;
import io.openemp.plugin.api.RpcException;
import io.openemp.plugin.api.RpcMethod;
import io.openemp.plugin.efficiency.monitoring.api.CostReport;
import io.openemp.plugin.efficiency.monitoring.api.CsvExport;
import io.openemp.plugin.efficiency.monitoring.api.CurvePoint;
import io.openemp.plugin.efficiency.monitoring.api.Enterprise;
import io.openemp.plugin.efficiency.monitoring.api.Hierarchy;
import io.openemp.plugin.efficiency.monitoring.api.ImportResult;
import io.openemp.plugin.efficiency.monitoring.api.LoadCurve;
import io.openemp.plugin.efficiency.monitoring.api.Node;
import io.openemp.plugin.efficiency.monitoring.api.NodeStatistics;
import io.openemp.plugin.efficiency.monitoring.api.Period;
import io.openemp.plugin.efficiency.monitoring.api.ProductionEntry;
import io.openemp.plugin.efficiency.monitoring.api.StatisticsReport;
import io.openemp.plugin.efficiency.monitoring.api.Tariff;
import io.openemp.plugin.efficiency.monitoring.api.TouCalendar;

/**
 * The {@code efficiency-monitoring} component: the energy-accounting hierarchy, production quantities, time-of-use
 * calendars and tariffs (kept in the platform DataSource), and the statistics, load curves and costs computed from
 * the reading store. Configured by PID {@value #PID}.
 */
@Component(service = RpcComponent.class, configurationPid = MonitoringComponent.PID)
@Designate(ocd = MonitoringConfig.class)
public class MonitoringComponent implements RpcComponent {

    /** The configuration PID. */
    public static final String PID = "io.openemp.plugin.efficiency-monitoring";
    /** The schema's Liquibase changelog, a resource of this bundle. */
    public static final String CHANGELOG = "db/efficiency-monitoring/changelog.xml";
    /** Error code: an id that names nothing (node, enterprise, calendar, tariff). */
    public static final int NOT_FOUND = 4601;
    /** Longest load curve one call returns, in days. */
    public static final int MAX_CURVE_DAYS = 366;

    @Reference(target = "(dataSourceName=emp)")
    private DataSource dataSource;
    @Reference
    private ReadingStore readings;
    @Reference
    private MeterDirectory directory;

    private Settings settings;
    private ExecutorService pool;
    private HierarchyStore hierarchy;
    private ProductionStore production;
    private DefinitionStore definitions;
    private NodeReader reader;
    private StatisticsCalculator statistics;

    /** For Declarative Services. */
    public MonitoringComponent() {
    }

    /** Outside OSGi (tests): migrates the schema and starts. */
    MonitoringComponent(DataSource dataSource, ReadingStore readings, MeterDirectory directory, Settings settings)
            throws SQLException {
        this.dataSource = dataSource;
        this.readings = readings;
        this.directory = directory;
        start(settings);
    }

    @Activate
    void activate(MonitoringConfig config) throws SQLException {
        start(Settings.of(config));
    }

    private void start(Settings s) throws SQLException {
        SchemaMigrations.apply(dataSource, MonitoringComponent.class.getClassLoader(), CHANGELOG);
        settings = s;
        AtomicInteger n = new AtomicInteger();
        pool = Executors.newFixedThreadPool(s.readerThreads(), r -> {
            Thread t = new Thread(r, "efficiency-monitoring-reader-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        hierarchy = new HierarchyStore(dataSource);
        production = new ProductionStore(dataSource);
        definitions = new DefinitionStore(dataSource);
        reader = new NodeReader(readings, directory, pool);
        statistics = new StatisticsCalculator(hierarchy, production, reader, s);
    }

    @Deactivate
    void deactivate() {
        pool.shutdownNow();
    }

    @Override
    public String id() {
        return "efficiency-monitoring";
    }

    @Override
    public String version() {
        return "1.0.0";
    }

    @Override
    public String description() {
        return "Energy monitoring and statistics per enterprise hierarchy: consumption, changes, shares, unaccounted energy,"
                + " unit consumption, load curve, time-of-use split, demand, load and power factor, tariff cost, CSV export";
    }

    // ---- hierarchy ------------------------------------------------------------------------------------------

    @RpcMethod(name = "enterpriseSave", description = "Creates or changes an enterprise (id, name, time zone)",
            roles = Roles.MANAGER, mutating = true)
    public Enterprise enterpriseSave(@Param("enterprise") Enterprise e) throws RpcException {
        Checks.id("enterprise.id", e.id());
        String name = Checks.text("enterprise.name", e.name(), 200);
        ZoneId zone = Checks.zone("enterprise.zone", e.zone());
        Enterprise saved = new Enterprise(e.id(), name, zone.getId());
        try {
            hierarchy.saveEnterprise(saved);
        } catch (SQLException ex) {
            throw Sql.failed("save the enterprise", ex);
        }
        return saved;
    }

    @RpcMethod(name = "enterpriseDelete", description = "Deletes an enterprise that has no nodes left",
            roles = Roles.MANAGER, mutating = true)
    public boolean enterpriseDelete(@Param("id") String id) throws RpcException {
        enterprise(id);
        try {
            if (!hierarchy.deleteEnterprise(id)) {
                throw RpcException.invalidParams("id", "enterprise '" + id + "' still has nodes; delete them first");
            }
        } catch (SQLException ex) {
            throw Sql.failed("delete the enterprise", ex);
        }
        return true;
    }

    @RpcMethod(name = "hierarchy", description = "An enterprise and all its nodes, each parent before its children",
            roles = Roles.VIEWER)
    public Hierarchy hierarchy(@Param("enterprise") String enterprise) throws RpcException {
        Enterprise e = enterprise(enterprise);
        try {
            return new Hierarchy(e, hierarchy.nodesOf(e.id()));
        } catch (SQLException ex) {
            throw Sql.failed("read the hierarchy", ex);
        }
    }

    @RpcMethod(name = "nodeSave", description = "Creates or changes a node of a hierarchy with its meters and their signs",
            roles = Roles.MANAGER, mutating = true)
    public Node nodeSave(@Param("node") Node node) throws RpcException {
        try {
            NodeRules.check(node, hierarchy, reader);
            Node saved = new Node(node.id(), node.enterprise(), node.parent(), node.name().strip(), node.level(),
                    List.copyOf(node.meters()));
            hierarchy.saveNode(saved);
            return saved;
        } catch (SQLException ex) {
            throw Sql.failed("save the node", ex);
        }
    }

    @RpcMethod(name = "nodeGet", description = "One node with its meters", roles = Roles.VIEWER)
    public Node nodeGet(@Param("id") String id) throws RpcException {
        return node(id);
    }

    @RpcMethod(name = "nodeDelete", description = "Deletes a node without children, with its meters and production",
            roles = Roles.MANAGER, mutating = true)
    public boolean nodeDelete(@Param("id") String id) throws RpcException {
        node(id);
        try {
            if (!hierarchy.deleteNode(id)) {
                throw RpcException.invalidParams("id", "node '" + id + "' has children; delete or move them first");
            }
        } catch (SQLException ex) {
            throw Sql.failed("delete the node", ex);
        }
        return true;
    }

    // ---- production -----------------------------------------------------------------------------------------

    @RpcMethod(name = "productionSave", description = "Stores production quantities (node, date, quantity, unit); "
            + "an entry for a node and date that exists is replaced", roles = Roles.MANAGER, mutating = true)
    public ImportResult productionSave(@Param("entries") List<ProductionEntry> entries) throws RpcException {
        return storeProduction(entries, "entries");
    }

    @RpcMethod(name = "productionImport", description = "Imports production quantities from CSV text with the header "
            + "node,date,quantity,unit: all rows or none", roles = Roles.MANAGER, mutating = true)
    public ImportResult productionImport(@Param("csv") String csv) throws RpcException {
        return storeProduction(ProductionRules.parse(csv), "csv");
    }

    private ImportResult storeProduction(List<ProductionEntry> entries, String field) throws RpcException {
        try {
            ProductionRules.check(entries, field, hierarchy, production);
            List<ProductionEntry> clean = new ArrayList<>(entries.size());
            for (ProductionEntry e : entries) {
                clean.add(new ProductionEntry(e.node(), e.date(), e.quantity(), e.unit().strip()));
            }
            production.save(clean);
            return new ImportResult(clean.size());
        } catch (SQLException ex) {
            throw Sql.failed("store the production quantities", ex);
        }
    }

    @RpcMethod(name = "productionList", description = "A node's production entries with from <= date < to",
            roles = Roles.VIEWER)
    public List<ProductionEntry> productionList(@Param("node") String node, @Param("from") LocalDate from,
            @Param("to") LocalDate to) throws RpcException {
        node(node);
        dates(from, to, 3660);
        try {
            return production.list(node, from, to);
        } catch (SQLException ex) {
            throw Sql.failed("read the production quantities", ex);
        }
    }

    // ---- calendars and tariffs ------------------------------------------------------------------------------

    @RpcMethod(name = "calendarSave", description = "Creates or replaces a time-of-use calendar (seasons, bands per day type, holidays)",
            roles = Roles.MANAGER, mutating = true)
    public TouCalendar calendarSave(@Param("calendar") TouCalendar calendar) throws RpcException {
        TouSchedule.of(calendar);
        try {
            for (String tariffId : definitions.tariffsUsing(calendar.id())) {
                Tariff t = definitions.tariff(tariffId).orElseThrow();
                try {
                    TariffRules.check(t, TouSchedule.of(calendar));
                } catch (RpcException e) {
                    throw RpcException.invalidParams("calendar", "tariff '" + tariffId + "' would no longer fit: "
                            + e.getMessage());
                }
            }
            definitions.saveCalendar(calendar);
        } catch (SQLException ex) {
            throw Sql.failed("save the calendar", ex);
        }
        return calendar;
    }

    @RpcMethod(name = "calendarGet", description = "One time-of-use calendar", roles = Roles.VIEWER)
    public TouCalendar calendarGet(@Param("id") String id) throws RpcException {
        return calendar(id);
    }

    @RpcMethod(name = "calendarList", description = "The ids of all time-of-use calendars", roles = Roles.VIEWER)
    public List<String> calendarList() throws RpcException {
        try {
            return definitions.calendarIds();
        } catch (SQLException ex) {
            throw Sql.failed("list the calendars", ex);
        }
    }

    @RpcMethod(name = "tariffSave", description = "Creates or replaces a tariff: energy prices per band, demand charge, "
            + "power-factor adjustment table", roles = Roles.MANAGER, mutating = true)
    public Tariff tariffSave(@Param("tariff") Tariff tariff) throws RpcException {
        if (tariff.calendar() == null) {
            throw RpcException.invalidParams("tariff.calendar", "is required");
        }
        TouSchedule schedule;
        try {
            schedule = TouSchedule.of(calendar("tariff.calendar", tariff.calendar()));
        } catch (RpcException e) {
            throw e.code() == NOT_FOUND ? RpcException.invalidParams("tariff.calendar", e.getMessage()) : e;
        }
        TariffRules.check(tariff, schedule);
        try {
            definitions.saveTariff(tariff);
        } catch (SQLException ex) {
            throw Sql.failed("save the tariff", ex);
        }
        return tariff;
    }

    @RpcMethod(name = "tariffGet", description = "One tariff", roles = Roles.VIEWER)
    public Tariff tariffGet(@Param("id") String id) throws RpcException {
        return tariff(id);
    }

    @RpcMethod(name = "tariffList", description = "The ids of all tariffs", roles = Roles.VIEWER)
    public List<String> tariffList() throws RpcException {
        try {
            return definitions.tariffIds();
        } catch (SQLException ex) {
            throw Sql.failed("list the tariffs", ex);
        }
    }

    // ---- results --------------------------------------------------------------------------------------------

    @RpcMethod(name = "statistics", description = "Statistics of a node and its children over a local day, month or year: "
            + "consumption, changes, shares, unaccounted energy, unit consumption, demand, load and power factor, "
            + "time-of-use split", roles = Roles.VIEWER, timeoutMillis = 120_000)
    public StatisticsReport statistics(@Param("node") String node, @Param("period") Period period,
            @Param("date") LocalDate date,
            @Param(value = "calendar", required = false) String calendar) throws RpcException {
        Node n = node(node);
        ZoneId zone = zoneOf(n);
        if (period == null) {
            throw RpcException.invalidParams("period", "is required: DAY, MONTH or YEAR");
        }
        checkDate("date", date);
        TouSchedule schedule = calendar == null ? null : TouSchedule.of(calendar("calendar", calendar));
        PeriodRange range = PeriodRange.containing(period, date, zone);
        try {
            List<NodeStatistics> rows = statistics.report(n, hierarchy.children(n.id()), range, schedule);
            return new StatisticsReport(n.id(), zone.getId(), period, range.start(), range.end(), range.from(), range.to(),
                    calendar, rows);
        } catch (SQLException ex) {
            throw Sql.failed("read the hierarchy", ex);
        }
    }

    @RpcMethod(name = "statisticsCsv", description = "The statistics of a node and its children as CSV text",
            roles = Roles.VIEWER, timeoutMillis = 120_000)
    public CsvExport statisticsCsv(@Param("node") String node, @Param("period") Period period, @Param("date") LocalDate date,
            @Param(value = "calendar", required = false) String calendar) throws RpcException {
        return CsvText.statistics(statistics(node, period, date, calendar));
    }

    @RpcMethod(name = "loadCurve", description = "A node's interval energy and average power over local days from <= day < to",
            roles = Roles.VIEWER, timeoutMillis = 120_000)
    public LoadCurve loadCurve(@Param("node") String node, @Param("from") LocalDate from, @Param("to") LocalDate to)
            throws RpcException {
        Node n = node(node);
        ZoneId zone = zoneOf(n);
        dates(from, to, MAX_CURVE_DAYS);
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.atStartOfDay(zone).toInstant();
        try {
            List<io.openemp.plugin.efficiency.monitoring.api.MeterLink> meters = statistics.meters(n);
            Curve curve = reader.curve(meters, settings.activeEnergyType(), start, end);
            List<CurvePoint> points = new ArrayList<>(curve.size());
            curve.forEach((at, kwh, count) -> points.add(new CurvePoint(at.minusSeconds(curve.intervalSeconds()), at, kwh,
                    CostCalculator.kw(kwh, curve.intervalSeconds()), count)));
            return new LoadCurve(n.id(), zone.getId(), curve.intervalSeconds(), meters.size(), start, end, points);
        } catch (SQLException ex) {
            throw Sql.failed("read the hierarchy", ex);
        }
    }

    @RpcMethod(name = "loadCurveCsv", description = "A node's load curve as CSV text", roles = Roles.VIEWER,
            timeoutMillis = 120_000)
    public CsvExport loadCurveCsv(@Param("node") String node, @Param("from") LocalDate from, @Param("to") LocalDate to)
            throws RpcException {
        return CsvText.loadCurve(loadCurve(node, from, to));
    }

    @RpcMethod(name = "cost", description = "A node's cost over a local month under a tariff: energy per band, demand "
            + "charge, power-factor adjustment", roles = Roles.VIEWER, timeoutMillis = 120_000)
    public CostReport cost(@Param("node") String node, @Param("month") LocalDate month, @Param("tariff") String tariff)
            throws RpcException {
        Node n = node(node);
        checkDate("month", month);
        Tariff t = tariff("tariff", tariff);
        TouSchedule schedule = TouSchedule.of(calendar("tariff", t.calendar()));
        PeriodRange range = PeriodRange.containing(Period.MONTH, month, zoneOf(n));
        try {
            Curve curve = statistics.curve(n, range);
            BigDecimal reactive = statistics.reactive(statistics.meters(n), range);
            return CostCalculator.cost(n.id(), range, t, schedule, curve, reactive);
        } catch (SQLException ex) {
            throw Sql.failed("read the hierarchy", ex);
        }
    }

    @RpcMethod(name = "costCsv", description = "A node's monthly cost under a tariff as CSV text", roles = Roles.VIEWER,
            timeoutMillis = 120_000)
    public CsvExport costCsv(@Param("node") String node, @Param("month") LocalDate month, @Param("tariff") String tariff)
            throws RpcException {
        return CsvText.cost(cost(node, month, tariff));
    }

    // ---- look-ups -------------------------------------------------------------------------------------------

    private Enterprise enterprise(String id) throws RpcException {
        Checks.id("enterprise", id);
        try {
            return hierarchy.enterprise(id).orElseThrow(() -> notFound("enterprise", id));
        } catch (SQLException ex) {
            throw Sql.failed("read the enterprise", ex);
        }
    }

    private Node node(String id) throws RpcException {
        Checks.id("node", id);
        try {
            return hierarchy.node(id).orElseThrow(() -> notFound("node", id));
        } catch (SQLException ex) {
            throw Sql.failed("read the node", ex);
        }
    }

    private ZoneId zoneOf(Node n) throws RpcException {
        return ZoneId.of(enterprise(n.enterprise()).zone());
    }

    private TouCalendar calendar(String id) throws RpcException {
        return calendar("id", id);
    }

    private TouCalendar calendar(String field, String id) throws RpcException {
        Checks.id(field, id);
        try {
            return definitions.calendar(id).orElseThrow(() -> notFound("calendar", id));
        } catch (SQLException ex) {
            throw Sql.failed("read the calendar", ex);
        }
    }

    private Tariff tariff(String id) throws RpcException {
        return tariff("id", id);
    }

    private Tariff tariff(String field, String id) throws RpcException {
        Checks.id(field, id);
        try {
            return definitions.tariff(id).orElseThrow(() -> notFound("tariff", id));
        } catch (SQLException ex) {
            throw Sql.failed("read the tariff", ex);
        }
    }

    private static RpcException notFound(String what, String id) {
        return new RpcException(NOT_FOUND, "No " + what + " '" + id + "'", Map.of(what, id));
    }

    private static void checkDate(String field, LocalDate date) throws RpcException {
        if (date == null || date.getYear() < 1971 || date.getYear() > 2098) {
            throw RpcException.invalidParams(field, "must be a date from 1971 to 2098");
        }
    }

    private static void dates(LocalDate from, LocalDate to, int maxDays) throws RpcException {
        checkDate("from", from);
        checkDate("to", to);
        if (!to.isAfter(from)) {
            throw RpcException.invalidParams("to", "must be after from");
        }
        if (ChronoUnit.DAYS.between(from, to) > maxDays) {
            throw RpcException.invalidParams("to", "the range spans more than " + maxDays + " days");
        }
    }
}
