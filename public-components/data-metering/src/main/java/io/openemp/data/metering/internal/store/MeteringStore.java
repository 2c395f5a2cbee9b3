package io.openemp.data.metering.internal.store;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import javax.persistence.EntityManagerFactory;

import io.openemp.data.metering.api.Customer;
import io.openemp.data.metering.api.CustomerAccount;
import io.openemp.data.metering.api.CustomerAccountDraft;
import io.openemp.data.metering.api.CustomerDraft;
import io.openemp.data.metering.api.Filter;
import io.openemp.data.metering.api.ImportKind;
import io.openemp.data.metering.api.ImportReport;
import io.openemp.data.metering.api.Meter;
import io.openemp.data.metering.api.MeterDraft;
import io.openemp.data.metering.api.Metering;
import io.openemp.data.metering.api.MeteringException;
import io.openemp.data.metering.api.OrgUnit;
import io.openemp.data.metering.api.OrgUnitDraft;
import io.openemp.data.metering.api.Page;
import io.openemp.data.metering.api.ReadingType;
import io.openemp.data.metering.api.ServiceLocation;
import io.openemp.data.metering.api.ServiceLocationDraft;
import io.openemp.data.metering.api.UsagePoint;
import io.openemp.data.metering.api.UsagePointDraft;
import io.openemp.data.metering.internal.csv.CsvText;
import io.openemp.data.metering.internal.csv.ImportFormat;

/**
 * {@link Metering} on an {@link EntityManagerFactory} of the unit {@code metering}. Works the same inside OSGi
 * (through {@code MeteringService}) and outside it (tests).
 */
public class MeteringStore implements Metering {

    /** Limits of one import file. */
    public record ImportLimits(long maxBytes, int maxRows) {
    }

    private final EntityManagerFactory emf;
    private final Tx tx;
    private final Clock clock;
    private final ImportLimits limits;
    private final Importer importer;
    private final OrgUnits orgUnits = new OrgUnits();
    private final Customers customers = new Customers();
    private final Accounts accounts = new Accounts();
    private final ServiceLocations serviceLocations = new ServiceLocations();
    private final UsagePoints usagePoints = new UsagePoints();
    private final Meters meters = new Meters();
    private final ReadingTypes readingTypes = new ReadingTypes();

    public MeteringStore(EntityManagerFactory emf, Clock clock, ImportLimits limits) {
        this.emf = emf;
        this.tx = new Tx(emf);
        this.clock = clock;
        this.limits = limits;
        this.importer = new Importer(emf);
    }

    /** The factory this store works through. */
    protected EntityManagerFactory emf() {
        return emf;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static <T> T required(String field, T value) {
        if (value == null) {
            throw new MeteringException(field, "required");
        }
        return value;
    }

    // organisation units

    @Override
    public OrgUnit createOrgUnit(OrgUnitDraft draft) {
        return tx.write(em -> orgUnits.create(em, required("orgUnit", draft), now()));
    }

    @Override
    public OrgUnit updateOrgUnit(OrgUnitDraft draft, Long expectedVersion) {
        return tx.write(em -> orgUnits.update(em, required("orgUnit", draft), expectedVersion, now()));
    }

    @Override
    public Optional<OrgUnit> orgUnit(String mrid) {
        return tx.read(em -> orgUnits.get(em, mrid));
    }

    @Override
    public Page<OrgUnit> orgUnits(Filter filter, int offset, int limit) {
        return tx.read(em -> orgUnits.list(em, filter, offset, limit));
    }

    @Override
    public ZoneId zone(String orgUnitMrid) {
        Checks.mrid("orgUnit", orgUnitMrid);
        return ZoneId.of(orgUnit(orgUnitMrid).orElseThrow(() -> new MeteringException("orgUnit",
                "no organisation unit has the mRID '" + orgUnitMrid + "'")).zone());
    }

    @Override
    public boolean within(String orgUnitMrid, String scopeMrid) {
        if (orgUnitMrid == null || scopeMrid == null) {
            return false;
        }
        return tx.read(em -> {
            List<String> paths = em.createQuery("SELECT o.path FROM OrgUnit o WHERE o.mrid = :unit", String.class)
                    .setParameter("unit", orgUnitMrid).getResultList();
            List<String> scopes = em.createQuery("SELECT o.path FROM OrgUnit o WHERE o.mrid = :scope", String.class)
                    .setParameter("scope", scopeMrid).getResultList();
            return !paths.isEmpty() && !scopes.isEmpty() && paths.get(0).startsWith(scopes.get(0));
        });
    }

    // customers and accounts

    @Override
    public Customer createCustomer(CustomerDraft draft) {
        return tx.write(em -> customers.create(em, required("customer", draft), now()));
    }

    @Override
    public Customer updateCustomer(CustomerDraft draft, Long expectedVersion) {
        return tx.write(em -> customers.update(em, required("customer", draft), expectedVersion, now()));
    }

    @Override
    public Optional<Customer> customer(String mrid) {
        return tx.read(em -> customers.get(em, mrid));
    }

    @Override
    public Page<Customer> customers(Filter filter, int offset, int limit) {
        return tx.read(em -> customers.list(em, filter, offset, limit));
    }

    @Override
    public CustomerAccount createAccount(CustomerAccountDraft draft) {
        return tx.write(em -> accounts.create(em, required("account", draft), now()));
    }

    @Override
    public CustomerAccount updateAccount(CustomerAccountDraft draft, Long expectedVersion) {
        return tx.write(em -> accounts.update(em, required("account", draft), expectedVersion, now()));
    }

    @Override
    public Optional<CustomerAccount> account(String mrid) {
        return tx.read(em -> accounts.get(em, mrid));
    }

    @Override
    public Page<CustomerAccount> accounts(Filter filter, int offset, int limit) {
        return tx.read(em -> accounts.list(em, filter, offset, limit));
    }

    // service locations and usage points

    @Override
    public ServiceLocation createServiceLocation(ServiceLocationDraft draft) {
        return tx.write(em -> serviceLocations.create(em, required("serviceLocation", draft), now()));
    }

    @Override
    public ServiceLocation updateServiceLocation(ServiceLocationDraft draft, Long expectedVersion) {
        return tx.write(em -> serviceLocations.update(em, required("serviceLocation", draft), expectedVersion, now()));
    }

    @Override
    public Optional<ServiceLocation> serviceLocation(String mrid) {
        return tx.read(em -> serviceLocations.get(em, mrid));
    }

    @Override
    public Page<ServiceLocation> serviceLocations(Filter filter, int offset, int limit) {
        return tx.read(em -> serviceLocations.list(em, filter, offset, limit));
    }

    @Override
    public UsagePoint createUsagePoint(UsagePointDraft draft) {
        return tx.write(em -> usagePoints.create(em, required("usagePoint", draft), now()));
    }

    @Override
    public UsagePoint updateUsagePoint(UsagePointDraft draft, Long expectedVersion) {
        return tx.write(em -> usagePoints.update(em, required("usagePoint", draft), expectedVersion, now()));
    }

    @Override
    public Optional<UsagePoint> usagePoint(String mrid) {
        return tx.read(em -> usagePoints.get(em, mrid));
    }

    @Override
    public Page<UsagePoint> usagePoints(Filter filter, int offset, int limit) {
        return tx.read(em -> usagePoints.list(em, filter, offset, limit));
    }

    // meters

    @Override
    public Meter createMeter(MeterDraft draft) {
        return tx.write(em -> meters.create(em, required("meter", draft), now()));
    }

    @Override
    public Meter updateMeter(MeterDraft draft, Long expectedVersion) {
        return tx.write(em -> meters.update(em, required("meter", draft), expectedVersion, now()));
    }

    @Override
    public Optional<Meter> meter(String mrid) {
        return tx.read(em -> meters.get(em, mrid));
    }

    @Override
    public Page<Meter> meters(Filter filter, int offset, int limit) {
        return tx.read(em -> meters.list(em, filter, offset, limit));
    }

    // reading types

    @Override
    public List<ReadingType> readingTypes() {
        return tx.read(readingTypes::all);
    }

    @Override
    public Optional<ReadingType> readingType(String code) {
        if (code == null || code.isEmpty() || code.length() > 64) {
            return Optional.empty();
        }
        return tx.read(em -> readingTypes.byCode(em, code));
    }

    // import

    @Override
    public ImportReport importCsv(ImportKind kind, InputStream csv, boolean dryRun, boolean acceptGoodRows) {
        required("kind", kind);
        String text = CsvText.read(required("csv", csv), limits.maxBytes());
        return switch (kind) {
            case CUSTOMERS -> importer.run(kind, customers, ImportFormat.CUSTOMERS.parse(text, limits.maxRows()),
                    dryRun, acceptGoodRows, now());
            case USAGE_POINTS -> importer.run(kind, usagePoints, ImportFormat.USAGE_POINTS.parse(text, limits.maxRows()),
                    dryRun, acceptGoodRows, now());
            case METERS -> importer.run(kind, meters, ImportFormat.METERS.parse(text, limits.maxRows()),
                    dryRun, acceptGoodRows, now());
        };
    }
}
