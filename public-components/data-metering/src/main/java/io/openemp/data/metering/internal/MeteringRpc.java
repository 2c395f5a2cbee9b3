package io.openemp.data.metering.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.openemp.data.metering.api.ConnectionState;
import io.openemp.data.metering.api.Customer;
import io.openemp.data.metering.api.CustomerAccount;
import io.openemp.data.metering.api.CustomerAccountDraft;
import io.openemp.data.metering.api.CustomerDraft;
import io.openemp.data.metering.api.CustomerKind;
import io.openemp.data.metering.api.Filter;
import io.openemp.data.metering.api.ImportKind;
import io.openemp.data.metering.api.ImportRecord;
import io.openemp.data.metering.api.ImportReport;
import io.openemp.data.metering.api.ImportResult;
import io.openemp.data.metering.api.Meter;
import io.openemp.data.metering.api.MeterDraft;
import io.openemp.data.metering.api.MeterStatus;
import io.openemp.data.metering.api.Metering;
import io.openemp.data.metering.api.MeteringException;
import io.openemp.data.metering.api.OrgUnit;
import io.openemp.data.metering.api.OrgUnitDraft;
import io.openemp.data.metering.api.OrgUnitKind;
import io.openemp.data.metering.api.Page;
import io.openemp.data.metering.api.ReadingType;
import io.openemp.data.metering.api.ServiceLocation;
import io.openemp.data.metering.api.ServiceLocationDraft;
import io.openemp.data.metering.api.Status;
import io.openemp.data.metering.api.UsagePoint;
import io.openemp.data.metering.api.UsagePointDraft;
import io.openemp.plugin.api.Caller;
import io.openemp.plugin.api.Param;
import io.openemp.plugin.api.Roles;
import io.openemp.plugin.api.RpcComponent;
import io.openemp.plugin.api.RpcException;
import io.openemp.plugin.api.RpcMethod;

/**
 * The {@code metering} RPC component: create, update, get and list for each kind of master data
 * ({@code metering.customer.create}...), the CSV import and the reading-type registry. Reads need the role
 * {@code viewer}, writes {@code manager}. Every refusal is -32602 naming the parameter, with the field inside it
 * ({@code customer.orgUnit}, {@code meter.ctRatio}).
 */
@Component(service = RpcComponent.class, configurationPid = MeteringService.PID)
public class MeteringRpc implements RpcComponent {

    private static final String PAGE = "How many matching records to skip (default 0)";
    private static final String LIMIT = "Page size, 1..1000 (default 100)";
    private static final String PREFIX = "Only records whose mRID starts with this";
    private static final String SUBTREE = "mRID of an organisation unit: only records within its subtree";
    private static final String VERSION = "Refuse the update unless the stored version is this one (optimistic locking)";

    /** Error code of a call the caller's data scope does not allow (an import outside the whole-platform scope). */
    public static final int NOT_PERMITTED = 4301;

    /** Error code of a method whose backing service is not running (import records without the document store). */
    public static final int UNAVAILABLE = 4303;

    private static final Logger LOG = LoggerFactory.getLogger(MeteringRpc.class);

    private final Metering metering;
    private final ImportFolder importFolder;
    private final CallerScopes scopes;
    private final ScopeGuard.Roots roots = new ScopeGuard.Roots();
    private final Clock clock;

    /** Where import records are kept; optional: imports work without the document store (their answer says so). */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ImportReports reports;

    @Activate
    public MeteringRpc(@Reference Metering metering, @Reference CallerScopes scopes, MeteringConfig config,
            BundleContext context) {
        this(metering, scopes, dataFolder(context).resolve(config.importFolder()), null, Clock.systemUTC());
    }

    /** Unscoped, without import records, for tests. */
    MeteringRpc(Metering metering, Path importFolder) {
        this(metering, new CallerScopes(() -> null), importFolder, null, Clock.systemUTC());
    }

    MeteringRpc(Metering metering, CallerScopes scopes, Path importFolder, ImportReports reports, Clock clock) {
        this.metering = metering;
        this.scopes = scopes;
        this.importFolder = new ImportFolder(importFolder);
        this.reports = reports;
        this.clock = clock;
    }

    private static Path dataFolder(BundleContext context) {
        String data = context.getProperty("karaf.data");
        return Paths.get(data == null ? "data" : data);
    }

    @Override
    public String id() {
        return "metering";
    }

    @Override
    public String version() {
        return "1.1.0";
    }

    @Override
    public String description() {
        return "Metering master data: organisation units, customers, accounts, service locations, usage points, meters, reading types";
    }

    // organisation units

    @RpcMethod(name = "orgUnit.create", roles = Roles.MANAGER, mutating = true,
            description = "Creates an organisation unit (province, city, county, station) of the scope tree")
    public OrgUnit createOrgUnit(@Param(value = "orgUnit", description = "The new unit") OrgUnitDraft orgUnit,
            Caller caller) throws RpcException {
        ScopeGuard guard = guard(caller);
        return call("orgUnit", () -> {
            if (!guard.all() && orgUnit.parent() == null) {
                throw new MeteringException("parent", "required: only a user of the whole platform creates a top unit");
            }
            guard.unit("parent", orgUnit.parent());
            return metering.createOrgUnit(orgUnit);
        });
    }

    @RpcMethod(name = "orgUnit.update", roles = Roles.MANAGER, mutating = true,
            description = "Replaces an organisation unit's fields (its mRID names it); a new parent moves its subtree")
    public OrgUnit updateOrgUnit(@Param(value = "orgUnit", description = "The unit as it is to be") OrgUnitDraft orgUnit,
            @Param(value = "expectedVersion", required = false, description = VERSION) Long expectedVersion,
            Caller caller) throws RpcException {
        ScopeGuard guard = guard(caller);
        return call("orgUnit", () -> {
            if (!guard.all()) {
                OrgUnit now = guard.visible(metering.orgUnit(orgUnit.mrid()), guard::sees);
                if (now == null) {
                    throw ScopeGuard.unknown("mrid", "organisation unit", orgUnit.mrid());
                }
                if (!java.util.Objects.equals(now.parent(), orgUnit.parent())) {
                    guard.unit("parent", orgUnit.parent());
                }
            }
            roots.forget();
            return metering.updateOrgUnit(orgUnit, expectedVersion);
        });
    }

    @RpcMethod(name = "orgUnit.get", roles = Roles.VIEWER, description = "An organisation unit by mRID")
    public OrgUnit getOrgUnit(@Param("mrid") String mrid, Caller caller) throws RpcException {
        ScopeGuard guard = guard(caller);
        return found("organisation unit", mrid, call(null, () -> guard.visible(metering.orgUnit(mrid), guard::sees)));
    }

    @RpcMethod(name = "orgUnit.list", roles = Roles.VIEWER, description = "Organisation units by mRID, a page at a time")
    public Page<OrgUnit> listOrgUnits(
            @Param(value = "orgUnit", required = false, description = "Only this unit and those below it") String orgUnit,
            @Param(value = "parent", required = false, description = "Only the direct children of this unit") String parent,
            @Param(value = "kind", required = false, description = "Only units of this level") OrgUnitKind kind,
            @Param(value = "mridPrefix", required = false, description = PREFIX) String mridPrefix,
            @Param(value = "offset", required = false, description = PAGE) Integer offset,
            @Param(value = "limit", required = false, description = LIMIT) Integer limit, Caller caller) throws RpcException {
        Filter filter = Filter.none().withOrgUnit(orgUnit).withParent(parent).withKind(name(kind)).withMridPrefix(mridPrefix);
        return list(guard(caller), filter, offset, limit, metering::orgUnits);
    }

    // customers

    @RpcMethod(name = "customer.create", roles = Roles.MANAGER, mutating = true, description = "Creates a customer")
    public Customer createCustomer(@Param(value = "customer", description = "The new customer") CustomerDraft customer,
            Caller caller) throws RpcException {
        ScopeGuard guard = guard(caller);
        return call("customer", () -> {
            guard.unit("orgUnit", customer.orgUnit());
            return metering.createCustomer(customer);
        });
    }

    @RpcMethod(name = "customer.update", roles = Roles.MANAGER, mutating = true,
            description = "Replaces a customer's fields (its mRID names it)")
    public Customer updateCustomer(@Param(value = "customer", description = "The customer as it is to be") CustomerDraft customer,
            @Param(value = "expectedVersion", required = false, description = VERSION) Long expectedVersion,
            Caller caller) throws RpcException {
        ScopeGuard guard = guard(caller);
        return call("customer", () -> {
            guard.customer("mrid", customer.mrid());
            guard.unit("orgUnit", customer.orgUnit());
            return metering.updateCustomer(customer, expectedVersion);
        });
    }

    @RpcMethod(name = "customer.get", roles = Roles.VIEWER, description = "A customer by mRID")
    public Customer getCustomer(@Param("mrid") String mrid, Caller caller) throws RpcException {
        ScopeGuard guard = guard(caller);
        return found("customer", mrid, call(null, () -> guard.visible(metering.customer(mrid), guard::sees)));
    }

    @RpcMethod(name = "customer.list", roles = Roles.VIEWER, description = "Customers by mRID, a page at a time")
    public Page<Customer> listCustomers(
            @Param(value = "orgUnit", required = false, description = SUBTREE) String orgUnit,
            @Param(value = "kind", required = false, description = "Only customers of this kind") CustomerKind kind,
            @Param(value = "status", required = false, description = "Only customers in this status") Status status,
            @Param(value = "mridPrefix", required = false, description = PREFIX) String mridPrefix,
            @Param(value = "offset", required = false, description = PAGE) Integer offset,
            @Param(value = "limit", required = false, description = LIMIT) Integer limit, Caller caller) throws RpcException {
        Filter filter = Filter.none().withOrgUnit(orgUnit).withKind(name(kind)).withStatus(name(status))
                .withMridPrefix(mridPrefix);
        return list(guard(caller), filter, offset, limit, metering::customers);
    }

    // customer accounts

    @RpcMethod(name = "account.create", roles = Roles.MANAGER, mutating = true, description = "Creates a customer account")
    public CustomerAccount createAccount(@Param(value = "account", description = "The new account") CustomerAccountDraft account,
            Caller caller) throws RpcException {
        ScopeGuard guard = guard(caller);
        return call("account", () -> {
            guard.customer("customer", account.customer());
            return metering.createAccount(account);
        });
    }

    @RpcMethod(name = "account.update", roles = Roles.MANAGER, mutating = true,
            description = "Replaces a customer account's fields (its mRID names it)")
    public CustomerAccount updateAccount(
            @Param(value = "account", description = "The account as it is to be") CustomerAccountDraft account,
            @Param(value = "expectedVersion", required = false, description = VERSION) Long expectedVersion,
            Caller caller) throws RpcException {
        ScopeGuard guard = guard(caller);
        return call("account", () -> {
            guard.account("mrid", account.mrid());
            guard.customer("customer", account.customer());
            return metering.updateAccount(account, expectedVersion);
        });
    }

    @RpcMethod(name = "account.get", roles = Roles.VIEWER, description = "A customer account by mRID")
    public CustomerAccount getAccount(@Param("mrid") String mrid, Caller caller) throws RpcException {
        ScopeGuard guard = guard(caller);
        return found("customer account", mrid, call(null, () -> guard.visible(metering.account(mrid), guard::sees)));
    }

    @RpcMethod(name = "account.list", roles = Roles.VIEWER, description = "Customer accounts by mRID, a page at a time")
    public Page<CustomerAccount> listAccounts(
            @Param(value = "orgUnit", required = false, description = "mRID of an organisation unit: only accounts of customers within its subtree") String orgUnit,
            @Param(value = "customer", required = false, description = "Only this customer's accounts") String customer,
            @Param(value = "status", required = false, description = "Only accounts in this status") Status status,
            @Param(value = "mridPrefix", required = false, description = PREFIX) String mridPrefix,
            @Param(value = "offset", required = false, description = PAGE) Integer offset,
            @Param(value = "limit", required = false, description = LIMIT) Integer limit, Caller caller) throws RpcException {
        Filter filter = Filter.none().withOrgUnit(orgUnit).withCustomer(customer).withStatus(name(status))
                .withMridPrefix(mridPrefix);
        return list(guard(caller), filter, offset, limit, metering::accounts);
    }

    // service locations

    @RpcMethod(name = "serviceLocation.create", roles = Roles.MANAGER, mutating = true,
            description = "Creates a service location")
    public ServiceLocation createServiceLocation(
            @Param(value = "serviceLocation", description = "The new location") ServiceLocationDraft serviceLocation,
            Caller caller) throws RpcException {
        ScopeGuard guard = guard(caller);
        return call("serviceLocation", () -> {
            guard.unit("orgUnit", serviceLocation.orgUnit());
            return metering.createServiceLocation(serviceLocation);
        });
    }

    @RpcMethod(name = "serviceLocation.update", roles = Roles.MANAGER, mutating = true,
            description = "Replaces a service location's fields (its mRID names it)")
    public ServiceLocation updateServiceLocation(
            @Param(value = "serviceLocation", description = "The location as it is to be") ServiceLocationDraft serviceLocation,
            @Param(value = "expectedVersion", required = false, description = VERSION) Long expectedVersion,
            Caller caller) throws RpcException {
        ScopeGuard guard = guard(caller);
        return call("serviceLocation", () -> {
            guard.serviceLocation("mrid", serviceLocation.mrid());
            guard.unit("orgUnit", serviceLocation.orgUnit());
            return metering.updateServiceLocation(serviceLocation, expectedVersion);
        });
    }

    @RpcMethod(name = "serviceLocation.get", roles = Roles.VIEWER, description = "A service location by mRID")
    public ServiceLocation getServiceLocation(@Param("mrid") String mrid, Caller caller) throws RpcException {
        ScopeGuard guard = guard(caller);
        return found("service location", mrid, call(null, () -> guard.visible(metering.serviceLocation(mrid), guard::sees)));
    }

    @RpcMethod(name = "serviceLocation.list", roles = Roles.VIEWER, description = "Service locations by mRID, a page at a time")
    public Page<ServiceLocation> listServiceLocations(
            @Param(value = "orgUnit", required = false, description = SUBTREE) String orgUnit,
            @Param(value = "mridPrefix", required = false, description = PREFIX) String mridPrefix,
            @Param(value = "offset", required = false, description = PAGE) Integer offset,
            @Param(value = "limit", required = false, description = LIMIT) Integer limit, Caller caller) throws RpcException {
        Filter filter = Filter.none().withOrgUnit(orgUnit).withMridPrefix(mridPrefix);
        return list(guard(caller), filter, offset, limit, metering::serviceLocations);
    }

    // usage points

    @RpcMethod(name = "usagePoint.create", roles = Roles.MANAGER, mutating = true, description = "Creates a usage point")
    public UsagePoint createUsagePoint(@Param(value = "usagePoint", description = "The new usage point") UsagePointDraft usagePoint,
            Caller caller) throws RpcException {
        ScopeGuard guard = guard(caller);
        return call("usagePoint", () -> {
            usagePointRefs(guard, usagePoint);
            return metering.createUsagePoint(usagePoint);
        });
    }

    @RpcMethod(name = "usagePoint.update", roles = Roles.MANAGER, mutating = true,
            description = "Replaces a usage point's fields (its mRID names it)")
    public UsagePoint updateUsagePoint(
            @Param(value = "usagePoint", description = "The usage point as it is to be") UsagePointDraft usagePoint,
            @Param(value = "expectedVersion", required = false, description = VERSION) Long expectedVersion,
            Caller caller) throws RpcException {
        ScopeGuard guard = guard(caller);
        return call("usagePoint", () -> {
            guard.usagePoint("mrid", usagePoint.mrid());
            usagePointRefs(guard, usagePoint);
            return metering.updateUsagePoint(usagePoint, expectedVersion);
        });
    }

    @RpcMethod(name = "usagePoint.get", roles = Roles.VIEWER, description = "A usage point by mRID")
    public UsagePoint getUsagePoint(@Param("mrid") String mrid, Caller caller) throws RpcException {
        ScopeGuard guard = guard(caller);
        return found("usage point", mrid, call(null, () -> guard.visible(metering.usagePoint(mrid), guard::sees)));
    }

    @RpcMethod(name = "usagePoint.list", roles = Roles.VIEWER, description = "Usage points by mRID, a page at a time")
    public Page<UsagePoint> listUsagePoints(
            @Param(value = "orgUnit", required = false, description = SUBTREE) String orgUnit,
            @Param(value = "customer", required = false, description = "Only usage points billed to this customer's accounts") String customer,
            @Param(value = "account", required = false, description = "Only usage points billed to this account") String account,
            @Param(value = "serviceLocation", required = false, description = "Only usage points at this location") String serviceLocation,
            @Param(value = "status", required = false, description = "Only usage points in this connection state") ConnectionState status,
            @Param(value = "mridPrefix", required = false, description = PREFIX) String mridPrefix,
            @Param(value = "offset", required = false, description = PAGE) Integer offset,
            @Param(value = "limit", required = false, description = LIMIT) Integer limit, Caller caller) throws RpcException {
        Filter filter = Filter.none().withOrgUnit(orgUnit).withCustomer(customer).withAccount(account)
                .withServiceLocation(serviceLocation).withStatus(name(status)).withMridPrefix(mridPrefix);
        return list(guard(caller), filter, offset, limit, metering::usagePoints);
    }

    // meters

    @RpcMethod(name = "meter.create", roles = Roles.MANAGER, mutating = true,
            description = "Creates a meter (an EndDevice with CT and PT ratios)")
    public Meter createMeter(@Param(value = "meter", description = "The new meter") MeterDraft meter, Caller caller)
            throws RpcException {
        ScopeGuard guard = guard(caller);
        return call("meter", () -> {
            guard.unit("orgUnit", meter.orgUnit());
            guard.usagePoint("usagePoint", meter.usagePoint());
            return metering.createMeter(meter);
        });
    }

    @RpcMethod(name = "meter.update", roles = Roles.MANAGER, mutating = true,
            description = "Replaces a meter's fields (its mRID names it)")
    public Meter updateMeter(@Param(value = "meter", description = "The meter as it is to be") MeterDraft meter,
            @Param(value = "expectedVersion", required = false, description = VERSION) Long expectedVersion,
            Caller caller) throws RpcException {
        ScopeGuard guard = guard(caller);
        return call("meter", () -> {
            guard.meter("mrid", meter.mrid());
            guard.unit("orgUnit", meter.orgUnit());
            guard.usagePoint("usagePoint", meter.usagePoint());
            return metering.updateMeter(meter, expectedVersion);
        });
    }

    @RpcMethod(name = "meter.get", roles = Roles.VIEWER, description = "A meter by mRID")
    public Meter getMeter(@Param("mrid") String mrid, Caller caller) throws RpcException {
        ScopeGuard guard = guard(caller);
        return found("meter", mrid, call(null, () -> guard.visible(metering.meter(mrid), guard::sees)));
    }

    @RpcMethod(name = "meter.list", roles = Roles.VIEWER, description = "Meters by mRID, a page at a time")
    public Page<Meter> listMeters(
            @Param(value = "orgUnit", required = false, description = SUBTREE) String orgUnit,
            @Param(value = "customer", required = false, description = "Only meters on usage points billed to this customer") String customer,
            @Param(value = "usagePoint", required = false, description = "Only meters installed on this usage point") String usagePoint,
            @Param(value = "status", required = false, description = "Only meters in this life-cycle state") MeterStatus status,
            @Param(value = "mridPrefix", required = false, description = PREFIX) String mridPrefix,
            @Param(value = "offset", required = false, description = PAGE) Integer offset,
            @Param(value = "limit", required = false, description = LIMIT) Integer limit, Caller caller) throws RpcException {
        Filter filter = Filter.none().withOrgUnit(orgUnit).withCustomer(customer).withUsagePoint(usagePoint)
                .withStatus(name(status)).withMridPrefix(mridPrefix);
        return list(guard(caller), filter, offset, limit, metering::meters);
    }

    // reading types and import

    @RpcMethod(name = "readingTypes", roles = Roles.VIEWER,
            description = "The reading-type registry: code, key, CIM-like name, unit, interval and accumulation of each type")
    public List<ReadingType> readingTypes() {
        return metering.readingTypes();
    }

    @RpcMethod(name = "import", roles = Roles.MANAGER, mutating = true, timeoutMillis = 600_000,
            description = "Checks a CSV file of customers, usage points or meters and reports every bad row; stores it (or its good rows) only when asked; keeps the report (metering.imports)")
    public ImportResult importCsv(
            @Param(value = "kind", description = "What the file holds") ImportKind kind,
            @Param(value = "csv", required = false, description = "The file's text (UTF-8 CSV, header on line 1); or give path") String csv,
            @Param(value = "path", required = false, description = "A file in the platform's import folder (data/import by default); or give csv") String path,
            @Param(value = "dryRun", required = false, description = "Only check, store nothing (default true)") Boolean dryRun,
            @Param(value = "acceptGoodRows", required = false, description = "Store the good rows of a file that has bad ones too (default false)") Boolean acceptGoodRows,
            Caller caller) throws RpcException {
        if ((csv == null) == (path == null)) {
            throw RpcException.invalidParams(csv == null ? "csv" : "path", "give the file either as csv (its text) or as path, not both");
        }
        if (!scopes.of(caller).all()) {
            // rows may name any unit, customer or usage point: only a caller who sees the whole tree imports
            throw new RpcException(NOT_PERMITTED, "Not permitted: an import needs the whole-platform data scope",
                    "your data scope is part of the organisation tree");
        }
        boolean check = dryRun == null || dryRun;
        boolean accept = acceptGoodRows != null && acceptGoodRows;
        String field = csv != null ? "csv" : "path";
        ImportRecords.Run run = new ImportRecords.Run(caller.user(), clock.instant(), path, kind, check, accept);
        ImportReport report;
        try {
            if (csv != null) {
                report = metering.importCsv(kind, new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), check, accept);
            } else {
                Path file = importFolder.resolve(path);
                try (InputStream in = Files.newInputStream(file)) {
                    report = metering.importCsv(kind, in, check, accept);
                }
            }
        } catch (MeteringException e) {
            if ("csv".equals(e.field())) {
                keep(run.refused(e.reason()));
            }
            throw RpcException.invalidParams("csv".equals(e.field()) ? field : e.field(), e.reason());
        } catch (IOException e) {
            throw RpcException.invalidParams("path", "cannot be read: " + e.getMessage());
        } catch (UncheckedIOException e) {
            throw RpcException.invalidParams(field, "cannot be read: " + e.getCause().getMessage());
        }
        String[] kept = keep(run.done(report));
        return ImportResult.of(report, kept[0], kept[1]);
    }

    @RpcMethod(name = "imports", roles = Roles.MANAGER,
            description = "The kept CSV import reports, newest first: who, when, file, counts and every bad row; a user of part of the tree sees their own")
    public Page<ImportRecord> imports(
            @Param(value = "offset", required = false, description = PAGE) Integer offset,
            @Param(value = "limit", required = false, description = "Page size, 1..100 (default 20)") Integer limit,
            Caller caller) throws RpcException {
        int from = offset == null ? 0 : offset;
        int size = limit == null ? 20 : limit;
        if (from < 0) {
            throw RpcException.invalidParams("offset", "must be at least 0, not " + from);
        }
        if (size < 1 || size > 100) {
            throw RpcException.invalidParams("limit", "must be 1..100, not " + size);
        }
        ImportReports current = reports;
        if (current == null) {
            throw new RpcException(UNAVAILABLE, "Import reports are not available: the document store is not running",
                    "imports still work; their reports are not kept meanwhile");
        }
        String user = scopes.of(caller).all() ? null : caller.user();
        try {
            return current.list(user, from, size);
        } catch (RuntimeException e) {
            LOG.warn("Cannot read import reports", e);
            throw new RpcException(UNAVAILABLE, "Import reports cannot be read now: the document store failed", null);
        }
    }

    /** Keeps {@code record}; answers {id, null} or {null, why not}. The import stands either way. */
    private String[] keep(ImportRecord record) {
        ImportReports current = reports;
        if (current == null) {
            return new String[] { null, "report not kept: the document store is not available" };
        }
        try {
            return new String[] { current.add(record), null };
        } catch (RuntimeException e) {
            LOG.warn("Cannot keep the report of an import by {}", record.user(), e);
            return new String[] { null, "report not kept: the document store failed (see the log)" };
        }
    }

    // helpers

    private ScopeGuard guard(Caller caller) {
        return new ScopeGuard(metering, scopes.of(caller), roots);
    }

    /** A page of {@code lister}'s records with {@code filter} cut to the caller's scope. */
    private static <T> Page<T> list(ScopeGuard guard, Filter filter, Integer offset, Integer limit,
            ListMethod<T> lister) throws RpcException {
        return call(null, () -> {
            Filter scoped = guard.restrict(filter);
            if (scoped == null) {
                return new Page<T>(List.of(), 0, offset(offset), limit(limit));
            }
            return lister.list(scoped, offset(offset), limit(limit));
        });
    }

    @FunctionalInterface
    private interface ListMethod<T> {
        Page<T> list(Filter filter, int offset, int limit);
    }

    private static void usagePointRefs(ScopeGuard guard, UsagePointDraft usagePoint) {
        guard.unit("orgUnit", usagePoint.orgUnit());
        guard.serviceLocation("serviceLocation", usagePoint.serviceLocation());
        guard.account("account", usagePoint.account());
    }

    /** Runs {@code work}; a refusal becomes -32602 naming {@code param.field} (or the field alone). */
    private static <T> T call(String param, Supplier<T> work) throws RpcException {
        try {
            return work.get();
        } catch (MeteringException e) {
            String field = param == null || "expectedVersion".equals(e.field()) || e.field().equals(param)
                    ? e.field() : param + "." + e.field();
            throw RpcException.invalidParams(field, e.reason());
        }
    }

    private static <T> T found(String noun, String mrid, T value) throws RpcException {
        if (value == null) {
            throw RpcException.invalidParams("mrid", "no " + noun + " has the mRID '" + mrid + "'");
        }
        return value;
    }

    private static int offset(Integer offset) {
        return offset == null ? 0 : offset;
    }

    private static int limit(Integer limit) {
        return limit == null ? 100 : limit;
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
