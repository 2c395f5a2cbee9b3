package io.openemp.data.metering.internal.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import java.math.BigDecimal;
import java.util.List;

import org.junit.Before;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameter;
import org.junit.runners.Parameterized.Parameters;

import io.openemp.data.metering.api.CustomerAccountDraft;
import io.openemp.data.metering.api.CustomerDraft;
import io.openemp.data.metering.api.CustomerKind;
import io.openemp.data.metering.api.MeterDraft;
import io.openemp.data.metering.api.MeteringException;
import io.openemp.data.metering.api.OrgUnit;
import io.openemp.data.metering.api.OrgUnitDraft;
import io.openemp.data.metering.api.OrgUnitKind;
import io.openemp.data.metering.api.ServiceLocationDraft;
import io.openemp.data.metering.api.UsagePointDraft;

/**
 * Base of the store tests: each runs on H2 and on PostgreSQL, in the shared migrated database of each, with
 * mRIDs made unique by {@link #t}.
 */
@RunWith(Parameterized.class)
public abstract class StoreTest {

    @Parameters(name = "{0}")
    public static List<Object[]> databases() {
        return List.of(new Object[] { "h2" }, new Object[] { "postgres" });
    }

    @Parameter
    public String database;

    protected MeteringStore store;

    /** This test's mRID prefix. */
    protected String t;

    @Before
    public void openStore() {
        store = Databases.shared(database).store();
        t = Databases.tag();
    }

    protected String id(String suffix) {
        return t + "-" + suffix;
    }

    protected OrgUnit unit(String suffix, OrgUnitKind kind, String parentSuffix, String zone) {
        return store.createOrgUnit(new OrgUnitDraft(id(suffix), "Unit " + suffix, kind,
                parentSuffix == null ? null : id(parentSuffix), zone));
    }

    protected void customer(String suffix, String unitSuffix) {
        store.createCustomer(new CustomerDraft(id(suffix), "Customer " + suffix, CustomerKind.RESIDENTIAL, id(unitSuffix),
                null, null));
    }

    protected void account(String suffix, String customerSuffix) {
        store.createAccount(new CustomerAccountDraft(id(suffix), "Account " + suffix, id(customerSuffix), null, null));
    }

    protected void location(String suffix, String unitSuffix) {
        store.createServiceLocation(new ServiceLocationDraft(id(suffix), "Location " + suffix, id(unitSuffix), null, null,
                null));
    }

    protected void usagePoint(String suffix, String unitSuffix, String locationSuffix, String accountSuffix) {
        store.createUsagePoint(new UsagePointDraft(id(suffix), "Point " + suffix, id(unitSuffix),
                locationSuffix == null ? null : id(locationSuffix), accountSuffix == null ? null : id(accountSuffix), null,
                null, null, null));
    }

    protected void meter(String suffix, String unitSuffix, String usagePointSuffix) {
        store.createMeter(new MeterDraft(id(suffix), "SN-" + suffix, id(unitSuffix),
                usagePointSuffix == null ? null : id(usagePointSuffix), null, null, null, null, null, null, null));
    }

    protected static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    /** Runs {@code action}, which must be refused naming {@code field}; returns the reason. */
    protected static String refused(String field, Runnable action) {
        try {
            action.run();
        } catch (MeteringException e) {
            assertEquals("refused field (" + e.getMessage() + ")", field, e.field());
            return e.reason();
        }
        fail("expected a refusal naming " + field);
        return null;
    }
}
