package io.openemp.plugin.efficiency.grid.internal;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

import io.openemp.data.metering.api.Customer;
import io.openemp.data.metering.api.CustomerAccount;
import io.openemp.data.metering.api.Metering;
import io.openemp.data.metering.api.OrgUnit;
import io.openemp.data.metering.api.OrgUnitKind;
import io.openemp.data.relational.api.SchemaMigrations;
import io.openemp.plugin.api.Caller;
import io.openemp.plugin.api.Param;
import io.openemp.plugin.api.Roles;
import io.openemp.plugin.api.RpcComponent;
import io.openemp.plugin.api.RpcException;
import io.openemp.plugin.api.RpcMethod;
import io.openemp.plugin.efficiency.grid.api.ContributionBy;
import io.openemp.plugin.efficiency.grid.api.Contributions;
import io.openemp.plugin.efficiency.grid.api.CsvExport;
import io.openemp.plugin.efficiency.grid.api.Feeder;
import io.openemp.plugin.efficiency.grid.api.FeederInfo;
import io.openemp.plugin.efficiency.grid.api.FeederMember;
import io.openemp.plugin.efficiency.grid.api.FeederReport;
import io.openemp.plugin.efficiency.grid.api.ImportResult;
import io.openemp.plugin.efficiency.grid.api.Rollup;
import io.openemp.plugin.efficiency.grid.api.SavingsRecord;
import io.openemp.plugin.efficiency.grid.api.StoredSavings;
import io.openemp.plugin.efficiency.grid.api.Target;
import io.openemp.plugin.efficiency.grid.api.TargetScope;

/**
 * The {@code efficiency-grid} component: verified savings records, feeders and targets in the platform DataSource,
 * and their roll-ups up the metering organisation tree and per feeder. Configured by PID {@value #PID}.
 */
@Component(service = RpcComponent.class, configurationPid = GridComponent.PID)
@Designate(ocd = GridConfig.class)
public class GridComponent implements RpcComponent {

    /** The configuration PID. */
    public static final String PID = "io.openemp.plugin.efficiency-grid";
    /** The schema's Liquibase changelog, a resource of this bundle. */
    public static final String CHANGELOG = "db/efficiency-grid/changelog.xml";
    /** Most records one list returns. */
    static final int MAX_LIST = 10_000;
    /** Most members one assignment call takes. */
    static final int MAX_MEMBERS = 10_000;
    /** Most targets one call sets. */
    static final int MAX_TARGETS = 1_000;

    @Reference(target = "(dataSourceName=emp)")
    private DataSource dataSource;
    @Reference
    private Metering metering;

    private volatile Settings settings = Settings.DEFAULTS;
    private Clock clock = Clock.systemUTC();
    private SavingsStore savings;
    private FeederStore feeders;
    private TargetStore targets;
    private SavingsRules rules;
    private Evaluator evaluator;

    /** For Declarative Services. */
    public GridComponent() {
    }

    /** Outside OSGi (tests): migrates the schema and starts. */
    GridComponent(DataSource dataSource, Metering metering, Settings settings) throws SQLException {
        this.dataSource = dataSource;
        this.metering = metering;
        start(settings);
    }

    @Activate
    void activate(GridConfig config) throws SQLException {
        start(Settings.of(config));
    }

    @Modified
    void modified(GridConfig config) {
        settings = Settings.of(config);
    }

    private void start(Settings s) throws SQLException {
        SchemaMigrations.apply(dataSource, GridComponent.class.getClassLoader(), CHANGELOG);
        settings = s;
        savings = new SavingsStore(dataSource);
        feeders = new FeederStore(dataSource);
        targets = new TargetStore(dataSource);
        rules = new SavingsRules(metering, savings);
        evaluator = new Evaluator(savings, feeders, targets);
    }

    @Override
    public String id() {
        return "efficiency-grid";
    }

    @Override
    public String version() {
        return "1.0.0";
    }

    @Override
    public String description() {
        return "Grid-level evaluation: verified savings rolled up the organisation tree and per feeder against targets,"
                + " completion, contributions of programs and customers, peak load reduced, CSV";
    }

    // ---- savings ----------------------------------------------------------------------------------------------

    @RpcMethod(name = "savings.record", roles = Roles.MANAGER, mutating = true,
            description = "Records one verified saving of a customer (and usage point): program, measure, period, avoided kWh with its 90 % uncertainty, peak kW, source")
    public StoredSavings savingsRecord(@Param("record") SavingsRecord record, Caller caller) throws RpcException {
        try {
            List<SavingsRecord> checked = rules.check(java.util.Collections.singletonList(record), i -> "record");
            StoredSavings stored = new StoredSavings(checked.get(0), user(caller), clock.instant());
            savings.insert(checked, stored.recordedBy(), stored.recordedAt());
            return stored;
        } catch (SQLException e) {
            throw Sql.failed("record the savings", e);
        }
    }

    @RpcMethod(name = "savings.import", roles = Roles.MANAGER, mutating = true,
            description = "Imports savings records from CSV (header: id,customer,usagePoint,program,measure,from,to,avoidedKwh,uncertaintyKwh,peakKw,source,sourceRef,reason): all rows or none")
    public ImportResult savingsImport(@Param(value = "csv", description = "The file's text, UTF-8, RFC 4180") String csv,
            Caller caller) throws RpcException {
        Settings s = settings;
        List<SavingsRecord> rows = CsvText.savings(csv, s.importMaxBytes(), s.importMaxRows());
        try {
            List<SavingsRecord> checked = rules.check(rows, i -> "csv[" + i + "]");
            savings.insert(checked, user(caller), clock.instant());
            return new ImportResult(checked.size());
        } catch (SQLException e) {
            throw Sql.failed("import the savings", e);
        }
    }

    @RpcMethod(name = "savings.list", roles = Roles.VIEWER,
            description = "Savings records overlapping a period, optionally of one unit's subtree, customer or program")
    public List<StoredSavings> savingsList(
            @Param(value = "period", required = false, description = "2026, 2026-Q1 or 2026-03; all periods when left out") String period,
            @Param(value = "unit", required = false, description = "Organisation unit mRID: its whole subtree") String unit,
            @Param(value = "customer", required = false) String customer,
            @Param(value = "program", required = false) String program,
            @Param(value = "limit", required = false, description = "At most this many (1..10000, default 1000)") Integer limit)
            throws RpcException {
        PeriodRange p = period == null ? null : PeriodRange.parse("period", period);
        OrgTree tree = unit == null ? null : tree(unit);
        String c = Checks.optionalId("customer", customer);
        String pr = Checks.optionalId("program", program);
        int max = limit == null ? 1000 : limit;
        if (max < 1 || max > MAX_LIST) {
            throw RpcException.invalidParams("limit", "must lie within 1.." + MAX_LIST + ", not " + max);
        }
        try {
            List<StoredSavings> out = new ArrayList<>();
            for (StoredSavings s : savings.overlappingPeriod(p == null ? null : p.from(), p == null ? null : p.to(), c, pr,
                    tree == null ? max : Evaluator.MAX_RECORDS)) {
                if (tree == null || tree.customer(s.record().customer()) != null) {
                    out.add(s);
                    if (out.size() == max) {
                        break;
                    }
                }
            }
            return out;
        } catch (SQLException e) {
            throw Sql.failed("list the savings", e);
        }
    }

    @RpcMethod(name = "savings.csv", roles = Roles.VIEWER, description = "savings.list as CSV")
    public CsvExport savingsCsv(@Param(value = "period", required = false) String period,
            @Param(value = "unit", required = false) String unit, @Param(value = "customer", required = false) String customer,
            @Param(value = "program", required = false) String program,
            @Param(value = "limit", required = false) Integer limit) throws RpcException {
        return CsvText.savings(savingsList(period, unit, customer, program, limit));
    }

    @RpcMethod(name = "savings.delete", roles = Roles.MANAGER, mutating = true,
            description = "Deletes a savings record (to correct it: delete, then record again)")
    public boolean savingsDelete(@Param("id") String id) throws RpcException {
        Checks.id("id", id);
        try {
            if (!savings.delete(id)) {
                throw RpcException.invalidParams("id", "no savings record '" + id + "'");
            }
            return true;
        } catch (SQLException e) {
            throw Sql.failed("delete the savings record", e);
        }
    }

    // ---- feeders ----------------------------------------------------------------------------------------------

    @RpcMethod(name = "feeders.set", roles = Roles.MANAGER, mutating = true,
            description = "Creates or changes a feeder: id, name, the station organisation unit it leaves from")
    public Feeder feedersSet(@Param("feeder") Feeder feeder) throws RpcException {
        if (feeder == null) {
            throw RpcException.invalidParams("feeder", "required");
        }
        String id = Checks.id("feeder.id", feeder.id());
        String name = Checks.text("feeder.name", feeder.name(), 200);
        String station = Checks.id("feeder.station", feeder.station());
        OrgUnit unit = metering.orgUnit(station).orElseThrow(() ->
                RpcException.invalidParams("feeder.station", "no organisation unit has the mRID '" + station + "'"));
        if (unit.kind() != OrgUnitKind.STATION) {
            throw RpcException.invalidParams("feeder.station", "'" + station + "' is a " + unit.kind() + ", not a STATION");
        }
        Feeder saved = new Feeder(id, name, station);
        try {
            feeders.save(saved);
        } catch (SQLException e) {
            throw Sql.failed("save the feeder", e);
        }
        return saved;
    }

    @RpcMethod(name = "feeders.assign", roles = Roles.MANAGER, mutating = true,
            description = "Puts customers (or single usage points of theirs) on a feeder; one on another feeder moves")
    public FeederInfo feedersAssign(@Param("feeder") String feeder, @Param("members") List<FeederMember> members)
            throws RpcException {
        Feeder f = feeder(feeder);
        if (members == null || members.isEmpty()) {
            throw RpcException.invalidParams("members", "required, at least one");
        }
        if (members.size() > MAX_MEMBERS) {
            throw RpcException.invalidParams("members", "at most " + MAX_MEMBERS + " in one call");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < members.size(); i++) {
            FeederMember m = members.get(i);
            String field = "members[" + i + "]";
            if (m == null) {
                throw RpcException.invalidParams(field, "required");
            }
            String customer = Checks.id(field + ".customer", m.customer());
            if (metering.customer(customer).isEmpty()) {
                throw RpcException.invalidParams(field + ".customer", "no customer has the mRID '" + customer + "'");
            }
            String up = Checks.optionalId(field + ".usagePoint", m.usagePoint());
            if (up != null) {
                String owner = metering.usagePoint(up).map(u -> u.account() == null ? null
                        : metering.account(u.account()).map(CustomerAccount::customer).orElse(null)).orElse(null);
                if (!customer.equals(owner)) {
                    throw RpcException.invalidParams(field + ".usagePoint", "'" + up + "' is not a usage point of customer '" + customer + "'");
                }
            }
            if (!seen.add(FeederStore.key(customer, up))) {
                throw RpcException.invalidParams(field, "listed twice");
            }
        }
        try {
            feeders.assign(f.id(), members);
            return new FeederInfo(f, feeders.members(f.id()));
        } catch (SQLException e) {
            throw Sql.failed("assign the feeder members", e);
        }
    }

    @RpcMethod(name = "feeders.list", roles = Roles.VIEWER, description = "Feeders with their members, optionally of one station")
    public List<FeederInfo> feedersList(@Param(value = "station", required = false) String station) throws RpcException {
        try {
            return feeders.list(Checks.optionalId("station", station));
        } catch (SQLException e) {
            throw Sql.failed("list the feeders", e);
        }
    }

    // ---- targets ----------------------------------------------------------------------------------------------

    @RpcMethod(name = "targets.set", roles = Roles.MANAGER, mutating = true,
            description = "Sets energy saving (kWh) and peak reduction (kW) targets per organisation unit or feeder and period; replaces the same unit and period")
    public List<Target> targetsSet(@Param("targets") List<Target> list) throws RpcException {
        if (list == null || list.isEmpty()) {
            throw RpcException.invalidParams("targets", "required, at least one");
        }
        if (list.size() > MAX_TARGETS) {
            throw RpcException.invalidParams("targets", "at most " + MAX_TARGETS + " in one call");
        }
        List<Target> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            Target t = list.get(i);
            String f = "targets[" + i + "]";
            if (t == null || t.scope() == null) {
                throw RpcException.invalidParams(f + ".scope", "required: UNIT or FEEDER");
            }
            String id = Checks.id(f + ".id", t.id());
            if (t.scope() == TargetScope.UNIT && metering.orgUnit(id).isEmpty()) {
                throw RpcException.invalidParams(f + ".id", "no organisation unit has the mRID '" + id + "'");
            }
            if (t.scope() == TargetScope.FEEDER) {
                try {
                    if (feeders.get(id).isEmpty()) {
                        throw RpcException.invalidParams(f + ".id", "no feeder '" + id + "'");
                    }
                } catch (SQLException e) {
                    throw Sql.failed("read the feeder", e);
                }
            }
            PeriodRange p = PeriodRange.parse(f + ".period", t.period());
            BigDecimal kwh = t.energyKwh() == null ? null : Checks.amount(f + ".energyKwh", t.energyKwh(), BigDecimal.ZERO, true);
            BigDecimal kw = t.peakKw() == null ? null : Checks.amount(f + ".peakKw", t.peakKw(), BigDecimal.ZERO, true);
            if (kwh == null && kw == null) {
                throw RpcException.invalidParams(f + ".energyKwh", "give energyKwh, peakKw or both");
            }
            if (!seen.add(t.scope() + "|" + id + "|" + p.label())) {
                throw RpcException.invalidParams(f, "the same " + t.scope() + " and period is set twice");
            }
            out.add(new Target(t.scope(), id, p.label(), kwh, kw));
        }
        try {
            targets.set(out);
        } catch (SQLException e) {
            throw Sql.failed("set the targets", e);
        }
        return out;
    }

    @RpcMethod(name = "targets.list", roles = Roles.VIEWER, description = "Targets, optionally of one scope, unit or feeder, and period")
    public List<Target> targetsList(@Param(value = "scope", required = false) TargetScope scope,
            @Param(value = "id", required = false) String id, @Param(value = "period", required = false) String period)
            throws RpcException {
        String label = period == null ? null : PeriodRange.parse("period", period).label();
        try {
            return targets.list(scope, Checks.optionalId("id", id), label);
        } catch (SQLException e) {
            throw Sql.failed("list the targets", e);
        }
    }

    @RpcMethod(name = "targets.csv", roles = Roles.VIEWER, description = "targets.list as CSV")
    public CsvExport targetsCsv(@Param(value = "scope", required = false) TargetScope scope,
            @Param(value = "id", required = false) String id, @Param(value = "period", required = false) String period)
            throws RpcException {
        return CsvText.targets(targetsList(scope, id, period));
    }

    // ---- evaluation -------------------------------------------------------------------------------------------

    @RpcMethod(name = "rollup", roles = Roles.VIEWER,
            description = "Verified savings of a period rolled up an organisation unit's subtree: achieved, target, completion, uncertainty (RSS), peak reduced, customers per unit")
    public Rollup rollup(@Param(value = "unit", description = "Organisation unit mRID") String unit,
            @Param(value = "period", description = "2026, 2026-Q1 or 2026-03") String period,
            @Param(value = "depth", required = false, description = "Levels below the unit to list (0: the unit alone); all when left out") Integer depth)
            throws RpcException {
        PeriodRange p = PeriodRange.parse("period", period);
        if (depth != null && (depth < 0 || depth > 16)) {
            throw RpcException.invalidParams("depth", "must lie within 0..16, not " + depth);
        }
        OrgTree tree = tree(unit);
        try {
            return evaluator.rollup(tree, p, depth);
        } catch (SQLException e) {
            throw Sql.failed("roll up the savings", e);
        }
    }

    @RpcMethod(name = "rollup.csv", roles = Roles.VIEWER, description = "rollup as CSV, one row per unit")
    public CsvExport rollupCsv(@Param("unit") String unit, @Param("period") String period,
            @Param(value = "depth", required = false) Integer depth) throws RpcException {
        return CsvText.rollup(rollup(unit, period, depth));
    }

    @RpcMethod(name = "feeder", roles = Roles.VIEWER,
            description = "A feeder's verified savings of a period: achieved, target, completion, uncertainty, peak reduced (summed and coincident), per program")
    public FeederReport feederReport(@Param("feeder") String feeder, @Param("period") String period,
            @Param(value = "coincidenceFactor", required = false, description = "Applied to the summed peak reductions (above 0, at most 1); the configured one when left out")
            BigDecimal coincidenceFactor) throws RpcException {
        PeriodRange p = PeriodRange.parse("period", period);
        BigDecimal cf = coincidenceFactor == null ? settings.coincidenceFactor() : coincidenceFactor;
        if (cf.signum() <= 0 || cf.compareTo(BigDecimal.ONE) > 0 || cf.stripTrailingZeros().scale() > 4) {
            throw RpcException.invalidParams("coincidenceFactor", "must lie in (0, 1] with at most 4 decimals, not " + cf.toPlainString());
        }
        Feeder f = feeder(feeder);
        try {
            return evaluator.feeder(f, p, cf.stripTrailingZeros());
        } catch (SQLException e) {
            throw Sql.failed("evaluate the feeder", e);
        }
    }

    @RpcMethod(name = "feeder.csv", roles = Roles.VIEWER, description = "feeder as CSV: the total, then one row per program")
    public CsvExport feederCsv(@Param("feeder") String feeder, @Param("period") String period,
            @Param(value = "coincidenceFactor", required = false) BigDecimal coincidenceFactor) throws RpcException {
        return CsvText.feeder(feederReport(feeder, period, coincidenceFactor));
    }

    @RpcMethod(name = "contributions", roles = Roles.VIEWER,
            description = "The contribution of each program or customer to a unit's (subtree's) or feeder's verified savings of a period, largest first, top N")
    public Contributions contributions(@Param(value = "unit", required = false, description = "Organisation unit mRID (or give feeder)") String unit,
            @Param(value = "feeder", required = false, description = "Feeder id (or give unit)") String feeder,
            @Param("period") String period,
            @Param(value = "by", description = "PROGRAM or CUSTOMER") ContributionBy by,
            @Param(value = "top", required = false, description = "How many to list (1..1000); the configured number when left out") Integer top)
            throws RpcException {
        if ((unit == null) == (feeder == null)) {
            throw RpcException.invalidParams("unit", "give either unit or feeder");
        }
        PeriodRange p = PeriodRange.parse("period", period);
        if (by == null) {
            throw RpcException.invalidParams("by", "required: PROGRAM or CUSTOMER");
        }
        int n = top == null ? settings.top() : top;
        if (n < 1 || n > 1000) {
            throw RpcException.invalidParams("top", "must lie within 1..1000, not " + n);
        }
        try {
            if (unit != null) {
                return evaluator.contributions(tree(unit), p, by, n);
            }
            return evaluator.contributions(feeder(feeder), p, by, n,
                    c -> metering.customer(c).map(Customer::name).orElse(null));
        } catch (SQLException e) {
            throw Sql.failed("compute the contributions", e);
        }
    }

    @RpcMethod(name = "contributions.csv", roles = Roles.VIEWER, description = "contributions as CSV, ranked")
    public CsvExport contributionsCsv(@Param(value = "unit", required = false) String unit,
            @Param(value = "feeder", required = false) String feeder, @Param("period") String period,
            @Param("by") ContributionBy by, @Param(value = "top", required = false) Integer top) throws RpcException {
        return CsvText.contributions(contributions(unit, feeder, period, by, top));
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private OrgTree tree(String unit) throws RpcException {
        String id = Checks.id("unit", unit);
        OrgUnit root = metering.orgUnit(id).orElseThrow(() ->
                RpcException.invalidParams("unit", "no organisation unit has the mRID '" + id + "'"));
        return OrgTree.of(metering, root);
    }

    private Feeder feeder(String id) throws RpcException {
        Checks.id("feeder", id);
        try {
            return feeders.get(id).orElseThrow(() -> RpcException.invalidParams("feeder", "no feeder '" + id + "'"));
        } catch (SQLException e) {
            throw Sql.failed("read the feeder", e);
        }
    }

    private static String user(Caller caller) {
        return caller == null || caller.user() == null ? "unknown" : caller.user();
    }
}
