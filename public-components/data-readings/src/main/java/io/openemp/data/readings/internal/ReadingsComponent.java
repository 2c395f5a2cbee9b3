package io.openemp.data.readings.internal;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;

import io.openemp.bus.api.EventBus;
import io.openemp.data.readings.api.AppendResult;
import io.openemp.data.readings.api.CommittedReadingsListener;
import io.openemp.data.readings.api.Aggregates;
import io.openemp.data.readings.api.AggregationPeriod;
import io.openemp.data.readings.api.GapReport;
import io.openemp.data.readings.api.History;
import io.openemp.data.readings.api.MeterDirectory;
import io.openemp.data.readings.api.MeterScope;
import io.openemp.data.readings.api.Reading;
import io.openemp.data.readings.api.ReadingInputException;
import io.openemp.data.readings.api.ReadingStore;
import io.openemp.data.readings.api.ReadingStoreException;
import io.openemp.data.readings.api.Series;
import io.openemp.plugin.api.Caller;
import io.openemp.plugin.api.Nullable;
import io.openemp.plugin.api.Param;
import io.openemp.plugin.api.Roles;
import io.openemp.plugin.api.RpcComponent;
import io.openemp.plugin.api.RpcException;
import io.openemp.plugin.api.RpcMethod;

/**
 * The reading store in OSGi: on the platform DataSource ({@code dataSourceName=emp}) and the metering module's
 * {@link MeterDirectory}, it applies the store's schema migrations, then serves {@link ReadingStore} to Java
 * callers and the {@code readings.*} JSON-RPC methods. Configured by PID {@value #PID}.
 */
@Component(service = { ReadingStore.class, RpcComponent.class }, immediate = true, configurationPid = ReadingsComponent.PID)
@Designate(ocd = ReadingsConfig.class)
public class ReadingsComponent implements ReadingStore, RpcComponent {

    /** The configuration PID. */
    public static final String PID = "io.openemp.data.readings";

    /** Error code of a call the database could not serve; for an append, nothing of the batch was stored. */
    public static final int STORE_FAILED = 4301;

    @Reference(target = "(dataSourceName=emp)")
    private DataSource dataSource;

    @Reference
    private MeterDirectory directory;

    /** Where committed batches are announced (limit rules, live views); optional: the store works without a bus. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile EventBus bus;

    /**
     * Data scope of the RPC methods (the metering module's, on access control's scopes); optional: without it every
     * authorised caller reaches every meter.
     */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile MeterScope meterScope;

    /** Given every committed batch (limit rules, live views). */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private final List<CommittedReadingsListener> listeners = new CopyOnWriteArrayList<>();

    private volatile ReadingStore store;

    /** For Declarative Services. */
    public ReadingsComponent() {
    }

    /** Around an open store, for tests. */
    ReadingsComponent(ReadingStore store) {
        this.store = store;
    }

    /** Around an open store with a data scope, for tests. */
    ReadingsComponent(ReadingStore store, MeterScope meterScope) {
        this.store = store;
        this.meterScope = meterScope;
    }

    private ScopeCheck scope(Caller caller) {
        return new ScopeCheck(meterScope, caller);
    }

    @Activate
    void activate(ReadingsConfig config) throws SQLException {
        store = JdbcReadingStore.open(dataSource, directory, new JdbcReadingStore.Settings(config.queryLimit(),
                config.directoryCacheSeconds(), config.h2SyncAfterCommit()));
    }

    @Override
    public String id() {
        return "readings";
    }

    @Override
    public String version() {
        return "1.0.0";
    }

    @Override
    public String description() {
        return "Meter readings: idempotent batch append with revisions, raw and aggregated queries, latest values, gaps, history";
    }

    // ---- ReadingStore, for Java callers ----

    @Override
    public AppendResult append(List<Reading> readings) {
        AppendResult result = store.append(readings);
        ReadingEvents.announce(bus, listeners, readings, result);
        return result;
    }

    @Override
    public Series query(String meter, String readingType, Instant from, Instant to, int limit) {
        return store.query(meter, readingType, from, to, limit);
    }

    @Override
    public Aggregates aggregate(String meter, String readingType, Instant from, Instant to, AggregationPeriod period) {
        return store.aggregate(meter, readingType, from, to, period);
    }

    @Override
    public List<Reading> latest(Collection<String> meters, String readingType) {
        return store.latest(meters, readingType);
    }

    @Override
    public GapReport gaps(String meter, String readingType, Instant from, Instant to, Duration interval) {
        return store.gaps(meter, readingType, from, to, interval);
    }

    @Override
    public History history(String meter, String readingType, Instant at) {
        return store.history(meter, readingType, at);
    }

    // ---- JSON-RPC ----

    @FunctionalInterface
    private interface Call<T> {
        T run();
    }

    private static <T> T rpc(Call<T> call) throws RpcException {
        try {
            return call.run();
        } catch (ReadingInputException e) {
            throw RpcException.invalidParams(e.field(), e.reason());
        } catch (ReadingStoreException e) {
            throw new RpcException(STORE_FAILED, "Reading store failed; retry later", e.getMessage());
        }
    }

    @RpcMethod(name = "append", roles = Roles.MANAGER, mutating = true,
            description = "Store a batch of up to 10000 readings, all or nothing; the same value again changes nothing, another value makes a revision")
    public AppendResult appendRpc(
            @Param(value = "readings", description = "Readings: [{meter, readingType, at (UTC instant, end of the interval), value, flags?, source?}]")
            List<Reading> readings, Caller caller) throws RpcException {
        scope(caller).requireBatch(readings);
        return rpc(() -> append(readings)); // through append(): committed batches are announced on the bus
    }

    @RpcMethod(name = "query", roles = Roles.VIEWER,
            description = "The stored readings of one meter and reading type with from <= at < to, oldest first, one page at a time")
    public Series queryRpc(
            @Param(value = "meter", description = "Meter mRID") String meter,
            @Param(value = "readingType", description = "Reading type code") String readingType,
            @Param(value = "from", description = "Start, inclusive (UTC instant)") Instant from,
            @Param(value = "to", description = "End, exclusive (UTC instant)") Instant to,
            @Param(value = "limit", required = false, description = "Most readings in the page; 10000 when left out")
            @Nullable Integer limit, Caller caller) throws RpcException {
        scope(caller).require(meter);
        return rpc(() -> store.query(meter, readingType, from, to, limit == null ? 10_000 : limit));
    }

    @RpcMethod(name = "aggregate", roles = Roles.VIEWER,
            description = "Readings combined per local quarter hour, hour, day or month of the meter's organisation: sum for energy, mean/min/max for power and voltage, last for registers")
    public Aggregates aggregateRpc(
            @Param(value = "meter", description = "Meter mRID") String meter,
            @Param(value = "readingType", description = "Reading type code") String readingType,
            @Param(value = "from", description = "Start, inclusive (UTC instant)") Instant from,
            @Param(value = "to", description = "End, exclusive (UTC instant)") Instant to,
            @Param(value = "period", description = "PT15M, PT1H, P1D or P1M") AggregationPeriod period,
            Caller caller) throws RpcException {
        scope(caller).require(meter);
        return rpc(() -> store.aggregate(meter, readingType, from, to, period));
    }

    @RpcMethod(name = "latest", roles = Roles.VIEWER,
            description = "The latest reading of each meter (up to 1000) for one reading type; meters without readings are left out")
    public List<Reading> latestRpc(
            @Param(value = "meters", description = "Meter mRIDs") List<String> meters,
            @Param(value = "readingType", description = "Reading type code") String readingType, Caller caller)
            throws RpcException {
        List<String> visible = scope(caller).visible(meters);
        return rpc(() -> store.latest(visible, readingType));
    }

    @RpcMethod(name = "gaps", roles = Roles.VIEWER,
            description = "The missing readings among from, from + interval, ... before to, as runs")
    public GapReport gapsRpc(
            @Param(value = "meter", description = "Meter mRID") String meter,
            @Param(value = "readingType", description = "Reading type code") String readingType,
            @Param(value = "from", description = "The first expected instant (UTC)") Instant from,
            @Param(value = "to", description = "End, exclusive (UTC instant)") Instant to,
            @Param(value = "interval", required = false, description = "Expected spacing (ISO-8601, e.g. PT15M); the reading type's interval when left out")
            @Nullable Duration interval, Caller caller) throws RpcException {
        scope(caller).require(meter);
        return rpc(() -> store.gaps(meter, readingType, from, to, interval));
    }

    @RpcMethod(name = "history", roles = Roles.VIEWER,
            description = "Every version of one stored value, oldest first, the current one last")
    public History historyRpc(
            @Param(value = "meter", description = "Meter mRID") String meter,
            @Param(value = "readingType", description = "Reading type code") String readingType,
            @Param(value = "at", description = "The reading's instant (UTC)") Instant at, Caller caller)
            throws RpcException {
        scope(caller).require(meter);
        return rpc(() -> store.history(meter, readingType, at));
    }
}
