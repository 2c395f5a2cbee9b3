package io.openemp.plugin.efficiency.benchmark.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

import io.openemp.data.relational.api.SchemaMigrations;
import io.openemp.plugin.api.Param;
import io.openemp.plugin.api.Roles;
import io.openemp.plugin.api.RpcComponent;
import io.openemp.plugin.api.RpcException;
import io.openemp.plugin.api.RpcMethod;
import io.openemp.plugin.efficiency.benchmark.api.CsvExport;
import io.openemp.plugin.efficiency.benchmark.api.Enterprise;
import io.openemp.plugin.efficiency.benchmark.api.IndicatorEntry;
import io.openemp.plugin.efficiency.benchmark.api.IndicatorKind;
import io.openemp.plugin.efficiency.benchmark.api.IndustryCode;
import io.openemp.plugin.efficiency.benchmark.api.PeerGroup;
import io.openemp.plugin.efficiency.benchmark.api.Ranking;
import io.openemp.plugin.efficiency.benchmark.api.SizeClass;

/**
 * The {@code efficiency-benchmark} component: enterprises with their industry code and size class, their
 * energy-intensity indicators, and rankings among peers. Configured by PID {@value #PID}.
 */
@Component(service = RpcComponent.class, configurationPid = BenchmarkComponent.PID)
@Designate(ocd = BenchmarkConfig.class)
public class BenchmarkComponent implements RpcComponent {

    public static final String PID = "io.openemp.plugin.efficiency-benchmark";
    public static final String CHANGELOG = "db/efficiency-benchmark/changelog.xml";
    /** Error code: an id that names nothing (enterprise, or an enterprise without the indicator asked for). */
    public static final int NOT_FOUND = 4611;
    /** Error code: the database failed. */
    public static final int STORE_FAILED = 4612;
    static final int MAX_ENTRIES = 10_000;

    @Reference(target = "(dataSourceName=emp)")
    private DataSource dataSource;

    private final IndustryTable industries = IndustryTable.load();
    private volatile int minPeers = 5;
    private BenchmarkStore store;

    /** For Declarative Services. */
    public BenchmarkComponent() {
    }

    /** Outside OSGi (tests). */
    BenchmarkComponent(DataSource dataSource, int minPeers) throws SQLException {
        this.dataSource = dataSource;
        start(minPeers);
    }

    @Activate
    void activate(BenchmarkConfig config) throws SQLException {
        start(checked(config.minPeers()));
    }

    @Modified
    void modified(BenchmarkConfig config) {
        minPeers = checked(config.minPeers());
    }

    private static int checked(int minPeers) {
        if (minPeers < 5 || minPeers > 100) {
            throw new IllegalArgumentException("minPeers must be 5..100, not " + minPeers);
        }
        return minPeers;
    }

    private void start(int min) throws SQLException {
        SchemaMigrations.apply(dataSource, BenchmarkComponent.class.getClassLoader(), CHANGELOG);
        minPeers = checked(min);
        store = new BenchmarkStore(dataSource);
    }

    @Override
    public String id() {
        return "efficiency-benchmark";
    }

    @Override
    public String version() {
        return "1.0.0";
    }

    @Override
    public String description() {
        return "Industry benchmarking: energy intensity ranked among peers of the same GB/T 4754 industry (and size class)";
    }

    @RpcMethod(name = "industryCodes", description = "The GB/T 4754-2017 codes known here: sections, and the divisions of B, C"
            + " and D; under a section, its divisions", roles = Roles.VIEWER)
    public List<IndustryCode> industryCodes(@Param(value = "under", required = false) String under) throws RpcException {
        if (under != null && industries.get(under).isEmpty()) {
            throw RpcException.invalidParams("under", "unknown GB/T 4754 code " + Checks.quote(under));
        }
        return industries.list(under);
    }

    @RpcMethod(name = "enterpriseSave", description = "Creates or changes an enterprise: industry code, size class, average price",
            roles = Roles.MANAGER, mutating = true)
    public Enterprise enterpriseSave(@Param("enterprise") Enterprise e) throws RpcException {
        Checks.id("enterprise.id", e.id());
        String name = Checks.text("enterprise.name", e.name(), 200);
        if (industries.get(e.industry()).isEmpty()) {
            throw RpcException.invalidParams("enterprise.industry", "unknown GB/T 4754-2017 code " + Checks.quote(e.industry())
                    + "; use a section letter (\"C\") or a division (\"31\"), see industryCodes");
        }
        if (e.sizeClass() == null) {
            throw RpcException.invalidParams("enterprise.sizeClass", "is required: LARGE, MEDIUM, SMALL or MICRO");
        }
        if (e.pricePerKwh() != null) {
            Checks.amount("enterprise.pricePerKwh", e.pricePerKwh(), false);
            if (e.currency() == null || !e.currency().matches("[A-Z]{3}")) {
                throw RpcException.invalidParams("enterprise.currency", "an ISO 4217 code such as \"CNY\" is required with a price");
            }
        } else if (e.currency() != null) {
            throw RpcException.invalidParams("enterprise.currency", "is only given with pricePerKwh");
        }
        Enterprise saved = new Enterprise(e.id(), name, e.industry(), e.sizeClass(), e.pricePerKwh(), e.currency());
        try {
            store.save(saved);
        } catch (SQLException ex) {
            throw failed("save the enterprise", ex);
        }
        return saved;
    }

    @RpcMethod(name = "enterpriseGet", description = "One enterprise", roles = Roles.VIEWER)
    public Enterprise enterpriseGet(@Param("id") String id) throws RpcException {
        return enterprise(id);
    }

    @RpcMethod(name = "enterpriseList", description = "The enterprises of one industry code", roles = Roles.VIEWER)
    public List<Enterprise> enterpriseList(@Param("industry") String industry) throws RpcException {
        if (industries.get(industry).isEmpty()) {
            throw RpcException.invalidParams("industry", "unknown GB/T 4754-2017 code " + Checks.quote(industry));
        }
        try {
            return store.byIndustry(industry);
        } catch (SQLException ex) {
            throw failed("list the enterprises", ex);
        }
    }

    @RpcMethod(name = "enterpriseDelete", description = "Deletes an enterprise and its indicators", roles = Roles.MANAGER,
            mutating = true)
    public boolean enterpriseDelete(@Param("id") String id) throws RpcException {
        enterprise(id);
        try {
            return store.delete(id);
        } catch (SQLException ex) {
            throw failed("delete the enterprise", ex);
        }
    }

    @RpcMethod(name = "indicatorSave", description = "Stores indicator entries (enterprise, kind, year, energyKwh, denominator,"
            + " unit); an entry for the same enterprise, kind and year is replaced", roles = Roles.MANAGER, mutating = true)
    public int indicatorSave(@Param("entries") List<IndicatorEntry> entries) throws RpcException {
        if (entries == null || entries.isEmpty() || entries.size() > MAX_ENTRIES) {
            throw RpcException.invalidParams("entries", "must hold 1 to " + MAX_ENTRIES + " entries");
        }
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            IndicatorEntry e = entries.get(i);
            String f = "entries[" + i + "]";
            if (e == null) {
                throw RpcException.invalidParams(f, "must not be null");
            }
            try {
                enterprise(f + ".enterprise", e.enterprise());
            } catch (RpcException notFound) {
                throw notFound.code() == NOT_FOUND ? RpcException.invalidParams(f + ".enterprise", notFound.getMessage()) : notFound;
            }
            if (e.kind() == null) {
                throw RpcException.invalidParams(f + ".kind", "is required: PER_OUTPUT, PER_AREA or PER_REVENUE");
            }
            if (e.year() < 1990 || e.year() > 2100) {
                throw RpcException.invalidParams(f + ".year", "must be 1990 to 2100");
            }
            Checks.amount(f + ".energyKwh", e.energyKwh(), false);
            Checks.amount(f + ".denominator", e.denominator(), true);
            Checks.text(f + ".unit", e.unit(), 32);
            if (!keys.add(e.enterprise() + "|" + e.kind() + "|" + e.year())) {
                throw RpcException.invalidParams(f, "a second entry for " + e.enterprise() + ", " + e.kind() + ", " + e.year());
            }
        }
        try {
            store.save(entries.stream().map(e -> new IndicatorEntry(e.enterprise(), e.kind(), e.year(), e.energyKwh(),
                    e.denominator(), e.unit().strip())).toList());
        } catch (SQLException ex) {
            throw failed("store the indicators", ex);
        }
        return entries.size();
    }

    @RpcMethod(name = "rank", description = "An enterprise's intensity among its peers (same industry code, kind, year, unit;"
            + " and size class when bySize): quartile, percentile, peer count, distance to the best quartile", roles = Roles.VIEWER)
    public Ranking rank(@Param("enterprise") String enterprise, @Param("kind") IndicatorKind kind, @Param("year") int year,
            @Param(value = "bySize", required = false) Boolean bySize) throws RpcException {
        Enterprise e = enterprise(enterprise);
        if (kind == null) {
            throw RpcException.invalidParams("kind", "is required: PER_OUTPUT, PER_AREA or PER_REVENUE");
        }
        try {
            IndicatorEntry entry = store.entry(e.id(), kind, year).orElseThrow(() -> new RpcException(NOT_FOUND,
                    "Enterprise '" + e.id() + "' has no " + kind + " indicator for " + year,
                    Map.of("enterprise", e.id(), "kind", kind.name(), "year", year)));
            SizeClass size = Boolean.TRUE.equals(bySize) ? e.sizeClass() : null;
            PeerGroup g = PeerRanker.rank(store.peers(e.industry(), kind, year, entry.unit(), size), e.industry(), size, kind,
                    year, entry.unit(), minPeers);
            return g.members().stream().filter(r -> r.enterprise().equals(e.id())).findFirst().orElseThrow();
        } catch (SQLException ex) {
            throw failed("read the peers", ex);
        }
    }

    @RpcMethod(name = "peerGroup", description = "A peer group's distribution and every member's ranking, best first",
            roles = Roles.VIEWER)
    public PeerGroup peerGroup(@Param("industry") String industry, @Param("kind") IndicatorKind kind, @Param("year") int year,
            @Param("unit") String unit, @Param(value = "sizeClass", required = false) SizeClass sizeClass) throws RpcException {
        if (industries.get(industry).isEmpty()) {
            throw RpcException.invalidParams("industry", "unknown GB/T 4754-2017 code " + Checks.quote(industry));
        }
        if (kind == null) {
            throw RpcException.invalidParams("kind", "is required: PER_OUTPUT, PER_AREA or PER_REVENUE");
        }
        String u = Checks.text("unit", unit, 32);
        try {
            return PeerRanker.rank(store.peers(industry, kind, year, u, sizeClass), industry, sizeClass, kind, year, u, minPeers);
        } catch (SQLException ex) {
            throw failed("read the peers", ex);
        }
    }

    @RpcMethod(name = "peerGroupCsv", description = "A peer group's rankings as CSV text", roles = Roles.VIEWER)
    public CsvExport peerGroupCsv(@Param("industry") String industry, @Param("kind") IndicatorKind kind, @Param("year") int year,
            @Param("unit") String unit, @Param(value = "sizeClass", required = false) SizeClass sizeClass) throws RpcException {
        PeerGroup g = peerGroup(industry, kind, year, unit, sizeClass);
        StringWriter text = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(text, CSVFormat.RFC4180.builder().setHeader("enterprise", "industry", "size_class",
                "kind", "year", "unit", "intensity", "peers", "status", "quartile", "percentile", "best_quartile_threshold",
                "excess_intensity", "excess_kwh", "excess_money", "currency").build())) {
            for (Ranking r : g.members()) {
                p.printRecord(r.enterprise(), r.industry(), r.sizeClass(), r.kind(), r.year(), r.unit(), plain(r.intensity()),
                        r.peers(), r.status(), r.quartile(), plain(r.percentile()),
                        r.thresholds() == null ? null : plain(r.thresholds().bestQuartile()), plain(r.excessIntensity()),
                        plain(r.excessKwh()), plain(r.excessMoney()), r.currency());
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return new CsvExport("peers-" + industry + "-" + kind.name().toLowerCase(java.util.Locale.ROOT) + "-" + year + ".csv",
                g.members().size(), text.toString());
    }

    private static String plain(BigDecimal v) {
        return v == null ? null : v.toPlainString();
    }

    private Enterprise enterprise(String id) throws RpcException {
        return enterprise("enterprise", id);
    }

    private Enterprise enterprise(String field, String id) throws RpcException {
        Checks.id(field, id);
        try {
            return store.enterprise(id).orElseThrow(() -> new RpcException(NOT_FOUND, "No enterprise '" + id + "'",
                    Map.of("enterprise", id)));
        } catch (SQLException ex) {
            throw failed("read the enterprise", ex);
        }
    }

    private static RpcException failed(String what, SQLException e) {
        org.slf4j.LoggerFactory.getLogger(BenchmarkComponent.class).error("efficiency-benchmark: {} failed", what, e);
        return new RpcException(STORE_FAILED, "The database could not " + what);
    }
}
