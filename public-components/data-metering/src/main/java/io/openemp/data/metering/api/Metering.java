package io.openemp.data.metering.api;

import java.io.InputStream;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Metering master data for other modules (an OSGi service). Every method runs in its own short transaction and
 * either succeeds or changes nothing; refusals throw {@link MeteringException} naming the field.
 *
 * <p>Creates take a draft and return the stored record. Updates take the full draft (the mRID names the record,
 * which keeps it) and, when {@code expectedVersion} is given, refuse to overwrite a newer version. Lists are
 * ordered by mRID; {@code offset} is at least 0, {@code limit} 1..{@value #MAX_LIMIT}. Filters each list honours:
 * <ul>
 * <li>org units: {@code orgUnit} (its subtree, itself included), {@code parent}, {@code kind}, {@code mridPrefix}</li>
 * <li>customers: {@code orgUnit}, {@code kind}, {@code status}, {@code mridPrefix}</li>
 * <li>accounts: {@code orgUnit} (of the customer), {@code customer}, {@code status}, {@code mridPrefix}</li>
 * <li>service locations: {@code orgUnit}, {@code mridPrefix}</li>
 * <li>usage points: {@code orgUnit}, {@code customer}, {@code account}, {@code serviceLocation}, {@code status}
 * (connection state), {@code mridPrefix}</li>
 * <li>meters: {@code orgUnit}, {@code customer}, {@code usagePoint}, {@code status}, {@code mridPrefix}</li>
 * </ul>
 */
@ProviderType
public interface Metering {

    /** The largest page a list returns. */
    int MAX_LIMIT = 1000;

    OrgUnit createOrgUnit(OrgUnitDraft draft);

    OrgUnit updateOrgUnit(OrgUnitDraft draft, Long expectedVersion);

    Optional<OrgUnit> orgUnit(String mrid);

    Page<OrgUnit> orgUnits(Filter filter, int offset, int limit);

    /**
     * The time zone of an organisation unit's day and month boundaries.
     *
     * @throws MeteringException when there is no such unit
     */
    ZoneId zone(String orgUnitMrid);

    /** Whether {@code orgUnitMrid} is {@code scopeMrid} or lies below it; false when either is unknown. */
    boolean within(String orgUnitMrid, String scopeMrid);

    Customer createCustomer(CustomerDraft draft);

    Customer updateCustomer(CustomerDraft draft, Long expectedVersion);

    Optional<Customer> customer(String mrid);

    Page<Customer> customers(Filter filter, int offset, int limit);

    CustomerAccount createAccount(CustomerAccountDraft draft);

    CustomerAccount updateAccount(CustomerAccountDraft draft, Long expectedVersion);

    Optional<CustomerAccount> account(String mrid);

    Page<CustomerAccount> accounts(Filter filter, int offset, int limit);

    ServiceLocation createServiceLocation(ServiceLocationDraft draft);

    ServiceLocation updateServiceLocation(ServiceLocationDraft draft, Long expectedVersion);

    Optional<ServiceLocation> serviceLocation(String mrid);

    Page<ServiceLocation> serviceLocations(Filter filter, int offset, int limit);

    UsagePoint createUsagePoint(UsagePointDraft draft);

    UsagePoint updateUsagePoint(UsagePointDraft draft, Long expectedVersion);

    Optional<UsagePoint> usagePoint(String mrid);

    Page<UsagePoint> usagePoints(Filter filter, int offset, int limit);

    Meter createMeter(MeterDraft draft);

    Meter updateMeter(MeterDraft draft, Long expectedVersion);

    Optional<Meter> meter(String mrid);

    Page<Meter> meters(Filter filter, int offset, int limit);

    /** The whole reading-type registry, ordered by key. */
    List<ReadingType> readingTypes();

    Optional<ReadingType> readingType(String code);

    /**
     * Checks a CSV file of {@code kind} (UTF-8, header on line 1) and stores it in one transaction unless
     * {@code dryRun}: all of it when it has no bad row; only its good rows when it has bad rows and
     * {@code acceptGoodRows}; nothing otherwise. Rows only create records (an mRID that exists is a bad row).
     *
     * @param csv the file's bytes; read up to the configured size limit, not closed
     * @throws MeteringException ({@code field} "csv") when the file as a whole is unusable: not UTF-8, too large,
     *         too many rows, a wrong header
     */
    ImportReport importCsv(ImportKind kind, InputStream csv, boolean dryRun, boolean acceptGoodRows);
}
