package io.openemp.plugin.efficiency.potential.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.openemp.data.readings.api.ReadingStore;
import io.openemp.data.relational.api.SchemaMigrations;
import io.openemp.plugin.api.Param;
import io.openemp.plugin.api.Roles;
import io.openemp.plugin.api.RpcComponent;
import io.openemp.plugin.api.RpcException;
import io.openemp.plugin.api.RpcMethod;
import io.openemp.plugin.efficiency.potential.api.AssessedCase;
import io.openemp.plugin.efficiency.potential.api.BaseLoadInput;
import io.openemp.plugin.efficiency.potential.api.CasesPage;
import io.openemp.plugin.efficiency.potential.api.CheckResult;
import io.openemp.plugin.efficiency.potential.api.ChecksReport;
import io.openemp.plugin.efficiency.potential.api.Classification;
import io.openemp.plugin.efficiency.potential.api.Features;
import io.openemp.plugin.efficiency.potential.api.ImportResult;
import io.openemp.plugin.efficiency.potential.api.LoadProfile;
import io.openemp.plugin.efficiency.potential.api.ModelInfo;
import io.openemp.plugin.efficiency.potential.api.PeakShiftInput;
import io.openemp.plugin.efficiency.potential.api.PowerFactorInput;
import io.openemp.plugin.efficiency.potential.api.TransformerInput;

/**
 * The {@code efficiency-potential} component: rule checks that quantify savings, and the decision tree that classifies
 * a customer's savings potential, trained from the assessed cases kept in the platform DataSource. At start the tree
 * is refitted from the stored cases (the starter set when none is stored). Configured by PID {@value #PID}.
 */
@Component(service = RpcComponent.class, configurationPid = PotentialComponent.PID)
@Designate(ocd = PotentialConfig.class)
public class PotentialComponent implements RpcComponent {

    /** The configuration PID. */
    public static final String PID = "io.openemp.plugin.efficiency-potential";
    /** The schema's Liquibase changelog, a resource of this bundle. */
    public static final String CHANGELOG = "db/efficiency-potential/changelog.xml";
    /** Error code: the database failed. */
    public static final int STORE_FAILED = 4901;
    /** Error code: no tree has been trained yet. */
    public static final int NO_MODEL = 4902;
    /** Error code: the ReadingStore is not available. */
    public static final int READINGS_UNAVAILABLE = 4903;
    /** Most cases one page of {@code cases} lists. */
    public static final int MAX_PAGE = 1000;

    private static final Logger LOG = LoggerFactory.getLogger(PotentialComponent.class);

    @Reference(target = "(dataSourceName=emp)")
    private DataSource dataSource;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ReadingStore readings;

    private final Object trainLock = new Object();
    private TreeSettings settings;
    private CaseStore store;
    private volatile Training current;
    private volatile boolean stale;

    /** For Declarative Services. */
    public PotentialComponent() {
    }

    /** Outside OSGi (tests): migrates the schema and starts; {@code readings} may be null. */
    PotentialComponent(DataSource dataSource, ReadingStore readings, TreeSettings settings, boolean loadStarterSet)
            throws SQLException, IOException {
        this.dataSource = dataSource;
        this.readings = readings;
        start(settings, loadStarterSet);
    }

    @Activate
    void activate(PotentialConfig config) throws SQLException, IOException {
        start(new TreeSettings(config.maxDepth(), config.minChildWeight(), config.folds(), config.seed(), config.minCases()),
                config.loadStarterSet());
    }

    private void start(TreeSettings s, boolean loadStarterSet) throws SQLException, IOException {
        SchemaMigrations.apply(dataSource, PotentialComponent.class.getClassLoader(), CHANGELOG);
        settings = s;
        store = new CaseStore(dataSource);
        if (loadStarterSet && store.count() == 0) {
            List<AssessedCase> starter = StarterSet.load();
            store.save(starter, false);
            LOG.info("efficiency-potential: stored the starter set ({} cases)", starter.size());
        }
        List<AssessedCase> cases = store.all();
        try {
            current = Training.of("cases", cases, s);
            LOG.info("efficiency-potential: tree fitted on {} cases, cross-validated accuracy {}", cases.size(),
                    current.info().cvAccuracy());
        } catch (RpcException e) {
            LOG.warn("efficiency-potential: no tree at start: {}", e.getMessage());
        }
    }

    @Override
    public String id() {
        return "efficiency-potential";
    }

    @Override
    public String version() {
        return "1.0.0";
    }

    @Override
    public String description() {
        return "Savings potential: rule checks quantifying savings, and a decision tree classifying a customer's potential with its reasons";
    }

    @RpcMethod(name = "checks", roles = Roles.VIEWER,
            description = "Runs the rule checks given (power-factor correction, peak shifting, base-load reduction, transformer losses) and totals their savings")
    public ChecksReport checks(
            @Param(value = "powerFactor", required = false, description = "Power-factor correction inputs") PowerFactorInput powerFactor,
            @Param(value = "peakShift", required = false, description = "Peak-shifting inputs") PeakShiftInput peakShift,
            @Param(value = "baseLoad", required = false, description = "Base-load reduction inputs") BaseLoadInput baseLoad,
            @Param(value = "transformer", required = false, description = "Transformer loading and loss inputs") TransformerInput transformer)
            throws RpcException {
        if (powerFactor == null && peakShift == null && baseLoad == null && transformer == null) {
            throw RpcException.invalidParams("powerFactor", "give at least one of powerFactor, peakShift, baseLoad, transformer");
        }
        List<CheckResult> results = new ArrayList<>(4);
        if (powerFactor != null) {
            results.add(PowerFactorCheck.run(powerFactor));
        }
        if (peakShift != null) {
            results.add(PeakShiftCheck.run(peakShift));
        }
        if (baseLoad != null) {
            results.add(BaseLoadCheck.run(baseLoad));
        }
        if (transformer != null) {
            results.add(TransformerCheck.run(transformer));
        }
        BigDecimal kwh = BigDecimal.ZERO;
        BigDecimal money = BigDecimal.ZERO;
        for (CheckResult r : results) {
            if (r.applicable()) {
                kwh = r.savingsKwhPerYear() == null ? kwh : kwh.add(r.savingsKwhPerYear());
                money = r.savingsPerYear() == null ? money : money.add(r.savingsPerYear());
            }
        }
        return new ChecksReport(List.copyOf(results), kwh.setScale(1), Figures.money(money));
    }

    @RpcMethod(name = "profile", roles = Roles.VIEWER,
            description = "A meter's load profile from the ReadingStore (hourly active and reactive energy): the inputs of the base-load and peak-shift checks and the tree's features")
    public LoadProfile profile(
            @Param(value = "meter", description = "The meter's mRID") String meter,
            @Param(value = "activeType", description = "Reading type of its active energy (kWh, interval data of an hour or less)") String activeType,
            @Param(value = "reactiveType", description = "Reading type of its reactive energy (kvarh)") String reactiveType,
            @Param(value = "from", description = "Start of the period, UTC") Instant from,
            @Param(value = "to", description = "End of the period (exclusive), UTC; at most 366 days after from") Instant to,
            @Param(value = "intensityPercentile", description = "The customer's intensity percentile among its peers (0..100), e.g. from efficiency-benchmark") double intensityPercentile)
            throws RpcException {
        ReadingStore store = readings;
        if (store == null) {
            throw new RpcException(READINGS_UNAVAILABLE, "The ReadingStore is not available: give the features in the call");
        }
        return ProfileReader.read(store, meter, activeType, reactiveType, from, to, intensityPercentile);
    }

    @RpcMethod(name = "classify", roles = Roles.VIEWER,
            description = "Savings potential class of a customer from its features, with the class shares of the leaf and the path of conditions in words")
    public Classification classify(@Param(value = "features", description = "The customer's features") Features features)
            throws RpcException {
        FeatureSet.check("features", features);
        return training().tree().classify(features);
    }

    @RpcMethod(name = "model", roles = Roles.VIEWER,
            description = "The current tree: cases, classes, size, depth, cross-validated accuracy against the majority baseline, when it was trained")
    public ModelInfo model() throws RpcException {
        return training().info();
    }

    @RpcMethod(name = "train", roles = Roles.MANAGER, mutating = true, timeoutMillis = 300_000,
            description = "Stores the assessed cases given (JSON or CSV; none: retrain on the stored ones), cross-validates and fits a new tree on all stored cases")
    public ModelInfo train(
            @Param(value = "cases", required = false, description = "Assessed cases: [{id?, features, potential, source?}]") List<AssessedCase> cases,
            @Param(value = "csv", required = false, description = "Assessed cases as CSV text: id,loadFactor,powerFactor,baseLoadShare,intensityPercentile,peakShare,potential[,source]") String csv,
            @Param(value = "replace", required = false, description = "true: the given cases replace every stored one; false (default): they are added, replacing stored cases with the same id") Boolean replace)
            throws RpcException {
        boolean replaceAll = Boolean.TRUE.equals(replace);
        List<AssessedCase> incoming = incoming(cases, csv, false);
        synchronized (trainLock) {
            try {
                Map<String, AssessedCase> all = new LinkedHashMap<>();
                if (!replaceAll) {
                    for (AssessedCase c : store.all()) {
                        all.put(c.id(), c);
                    }
                }
                for (AssessedCase c : incoming) {
                    all.put(c.id(), c);
                }
                String param = cases != null ? "cases" : csv != null ? "csv" : "cases";
                Training t = Training.of(param, new ArrayList<>(all.values()), settings);
                if (!incoming.isEmpty() || replaceAll) {
                    store.save(incoming, replaceAll);
                }
                current = t;
                stale = false;
                return t.info();
            } catch (SQLException e) {
                throw failed("store the cases", e);
            }
        }
    }

    @RpcMethod(name = "cases", roles = Roles.VIEWER, description = "A page of the stored assessed cases, ordered by id")
    public CasesPage cases(
            @Param(value = "offset", required = false, description = "Position of the first case (default 0)") Integer offset,
            @Param(value = "limit", required = false, description = "Most cases to list (1.." + MAX_PAGE + ", default 100)") Integer limit)
            throws RpcException {
        int from = offset == null ? 0 : offset;
        int max = limit == null ? 100 : limit;
        if (from < 0) {
            throw RpcException.invalidParams("offset", "must be 0 or more, not " + from);
        }
        if (max < 1 || max > MAX_PAGE) {
            throw RpcException.invalidParams("limit", "must lie within 1.." + MAX_PAGE + ", not " + max);
        }
        try {
            return new CasesPage(store.count(), from, store.page(from, max));
        } catch (SQLException e) {
            throw failed("read the cases", e);
        }
    }

    @RpcMethod(name = "casesImport", roles = Roles.MANAGER, mutating = true,
            description = "Stores assessed cases (JSON or CSV) without retraining; the model is then stale until efficiency-potential.train")
    public ImportResult casesImport(
            @Param(value = "cases", required = false, description = "Assessed cases: [{id?, features, potential, source?}]") List<AssessedCase> cases,
            @Param(value = "csv", required = false, description = "Assessed cases as CSV text (see train)") String csv)
            throws RpcException {
        List<AssessedCase> incoming = incoming(cases, csv, true);
        synchronized (trainLock) {
            try {
                store.save(incoming, false);
                stale = true;
                return new ImportResult(incoming.size(), store.count(), true);
            } catch (SQLException e) {
                throw failed("store the cases", e);
            }
        }
    }

    /** Whether cases were imported since the current tree was fitted. */
    boolean stale() {
        return stale;
    }

    private static List<AssessedCase> incoming(List<AssessedCase> cases, String csv, boolean required) throws RpcException {
        if (cases != null && csv != null) {
            throw RpcException.invalidParams("csv", "give either cases or csv, not both");
        }
        if (cases != null) {
            return CaseRules.check("cases", cases);
        }
        if (csv != null) {
            return CaseRules.check("csv", CaseCsv.parse("csv", csv));
        }
        if (required) {
            throw RpcException.invalidParams("cases", "give cases or csv");
        }
        return List.of();
    }

    private Training training() throws RpcException {
        Training t = current;
        if (t == null) {
            throw new RpcException(NO_MODEL, "No savings-potential tree has been trained yet: call efficiency-potential.train");
        }
        return t;
    }

    private static RpcException failed(String what, SQLException e) {
        LOG.error("efficiency-potential: {} failed", what, e);
        return new RpcException(STORE_FAILED, "The database could not " + what);
    }
}
