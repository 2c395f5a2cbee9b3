package io.openemp.data.metering.internal.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.Instant;

import org.junit.Before;
import org.junit.Test;

import io.openemp.data.metering.api.ConnectionState;
import io.openemp.data.metering.api.Customer;
import io.openemp.data.metering.api.CustomerAccount;
import io.openemp.data.metering.api.CustomerAccountDraft;
import io.openemp.data.metering.api.CustomerDraft;
import io.openemp.data.metering.api.CustomerKind;
import io.openemp.data.metering.api.Meter;
import io.openemp.data.metering.api.MeterDraft;
import io.openemp.data.metering.api.MeterStatus;
import io.openemp.data.metering.api.OrgUnitKind;
import io.openemp.data.metering.api.ServiceLocation;
import io.openemp.data.metering.api.ServiceLocationDraft;
import io.openemp.data.metering.api.Status;
import io.openemp.data.metering.api.UsagePoint;
import io.openemp.data.metering.api.UsagePointDraft;

/** Create, get and update of customers, accounts, locations, usage points and meters, and what they refuse. */
public class CrudTest extends StoreTest {

    @Before
    public void tree() {
        unit("p", OrgUnitKind.PROVINCE, null, "Asia/Shanghai");
        unit("c", OrgUnitKind.CITY, "p", null);
    }

    @Test
    public void aCustomerRoundTrips() {
        Customer created = store.createCustomer(new CustomerDraft(id("cu"), "  Ann Lee ", CustomerKind.COMMERCIAL_INDUSTRIAL,
                id("c"), null, "+86 (755) 1234-5678"));
        assertEquals("Ann Lee", created.name());
        assertEquals(Status.ACTIVE, created.status());
        assertEquals(id("c"), created.orgUnit());
        assertEquals(1, created.version());
        assertEquals(created.createdAt(), created.updatedAt());
        assertEquals(created, store.customer(id("cu")).orElseThrow());

        Customer updated = store.updateCustomer(new CustomerDraft(id("cu"), "Ann Lee", CustomerKind.RESIDENTIAL, id("p"),
                Status.INACTIVE, null), 1L);
        assertEquals(2, updated.version());
        assertEquals(Status.INACTIVE, updated.status());
        assertNull("an update replaces every field", updated.phone());
        assertEquals(id("p"), updated.orgUnit());
        assertEquals(created.createdAt(), updated.createdAt());
        assertFalse(updated.updatedAt().isBefore(created.updatedAt()));
        assertEquals(updated, store.customer(id("cu")).orElseThrow());
        assertTrue(store.customer(id("nobody")).isEmpty());
    }

    @Test
    public void aCustomerRefusesWhatIsWrong() {
        refused("orgUnit", () -> store.createCustomer(new CustomerDraft(id("cu"), "A", CustomerKind.OTHER, id("nowhere"), null, null)));
        refused("orgUnit", () -> store.createCustomer(new CustomerDraft(id("cu"), "A", CustomerKind.OTHER, null, null, null)));
        refused("kind", () -> store.createCustomer(new CustomerDraft(id("cu"), "A", null, id("c"), null, null)));
        refused("phone", () -> store.createCustomer(new CustomerDraft(id("cu"), "A", CustomerKind.OTHER, id("c"), null, "call me")));
        refused("name", () -> store.createCustomer(new CustomerDraft(id("cu"), "x".repeat(201), CustomerKind.OTHER, id("c"), null, null)));
        refused("name", () -> store.createCustomer(new CustomerDraft(id("cu"), "tab\there", CustomerKind.OTHER, id("c"), null, null)));
        assertTrue("nothing stored", store.customer(id("cu")).isEmpty());
        customer("cu", "c");
        String reason = refused("mrid", () -> customer("cu", "c"));
        assertTrue(reason, reason.contains("already"));
        refused("expectedVersion", () -> store.updateCustomer(
                new CustomerDraft(id("cu"), "A", CustomerKind.OTHER, id("c"), null, null), 7L));
    }

    @Test
    public void anAccountBelongsToACustomer() {
        customer("cu", "c");
        CustomerAccount account = store.createAccount(new CustomerAccountDraft(id("ac"), "Main", id("cu"), "monthly-05", null));
        assertEquals(id("cu"), account.customer());
        assertEquals("monthly-05", account.billingCycle());
        assertEquals(Status.ACTIVE, account.status());
        assertEquals(account, store.account(id("ac")).orElseThrow());
        refused("customer", () -> store.createAccount(new CustomerAccountDraft(id("ac2"), "x", id("nobody"), null, null)));
        refused("billingCycle", () -> store.createAccount(new CustomerAccountDraft(id("ac2"), "x", id("cu"), "y".repeat(33), null)));
        CustomerAccount closed = store.updateAccount(new CustomerAccountDraft(id("ac"), "Main", id("cu"), null, Status.INACTIVE), null);
        assertEquals(Status.INACTIVE, closed.status());
        assertNull(closed.billingCycle());
    }

    @Test
    public void aServiceLocationHasBothCoordinatesOrNone() {
        ServiceLocation l = store.createServiceLocation(new ServiceLocationDraft(id("l"), "Plant gate", id("c"),
                "1 Keyuan Rd, Shenzhen", dec("22.543100"), dec("114.057900")));
        assertEquals(dec("22.5431"), l.latitude());
        assertEquals(dec("114.0579"), l.longitude());
        assertEquals(l, store.serviceLocation(id("l")).orElseThrow());
        refused("longitude", () -> store.createServiceLocation(new ServiceLocationDraft(id("l2"), "x", id("c"), null, dec("1"), null)));
        refused("latitude", () -> store.createServiceLocation(new ServiceLocationDraft(id("l2"), "x", id("c"), null, dec("90.5"), dec("1"))));
        refused("longitude", () -> store.createServiceLocation(new ServiceLocationDraft(id("l2"), "x", id("c"), null, dec("1"), dec("1.1234567"))));
        ServiceLocation moved = store.updateServiceLocation(new ServiceLocationDraft(id("l"), "Gate", id("p"), null, null, null), 1L);
        assertNull(moved.latitude());
        assertEquals(id("p"), moved.orgUnit());
    }

    @Test
    public void aUsagePointReferencesItsLocationAndAccount() {
        customer("cu", "c");
        account("ac", "cu");
        location("l", "c");
        UsagePoint u = store.createUsagePoint(new UsagePointDraft(id("u"), "Feeder 3 supply", id("c"), id("l"), id("ac"),
                null, "ABCN", dec("10000"), dec("630.5")));
        assertEquals(ConnectionState.CONNECTED, u.connectionState());
        assertEquals(id("l"), u.serviceLocation());
        assertEquals(id("ac"), u.account());
        assertEquals(dec("10000"), u.nominalVoltage());
        assertEquals(dec("630.5"), u.ratedPower());
        assertEquals(u, store.usagePoint(id("u")).orElseThrow());
        refused("phaseCode", () -> store.createUsagePoint(new UsagePointDraft(id("u2"), "x", id("c"), null, null, null, "XYZ", null, null)));
        refused("account", () -> store.createUsagePoint(new UsagePointDraft(id("u2"), "x", id("c"), null, id("none"), null, null, null, null)));
        refused("serviceLocation", () -> store.createUsagePoint(new UsagePointDraft(id("u2"), "x", id("c"), id("none"), null, null, null, null, null)));
        refused("nominalVoltage", () -> store.createUsagePoint(new UsagePointDraft(id("u2"), "x", id("c"), null, null, null, null, dec("-230"), null)));
        refused("ratedPower", () -> store.createUsagePoint(new UsagePointDraft(id("u2"), "x", id("c"), null, null, null, null, null, dec("0"))));
        UsagePoint cut = store.updateUsagePoint(new UsagePointDraft(id("u"), "Feeder 3 supply", id("c"), null, null,
                ConnectionState.PHYSICALLY_DISCONNECTED, null, null, null), u.version());
        assertNull(cut.account());
        assertEquals(ConnectionState.PHYSICALLY_DISCONNECTED, cut.connectionState());
    }

    @Test
    public void aMeterCarriesItsTransformerRatios() {
        usagePoint("u", "c", null, null);
        Instant installed = Instant.parse("2026-03-01T08:00:00.123456Z");
        Meter m = store.createMeter(new MeterDraft(id("m"), "DL645-0001", id("c"), id("u"), null, dec("40"), dec("100.0"),
                "Holley", "DTZ545", "000012345678", installed));
        assertEquals(MeterStatus.INSTALLED, m.status());
        assertEquals(dec("40"), m.ctRatio());
        assertEquals(dec("100"), m.ptRatio());
        assertEquals(dec("4000"), m.multiplier());
        assertEquals(Instant.parse("2026-03-01T08:00:00.123Z"), m.installedAt());
        assertTrue(m.key() > 0);
        assertEquals(m, store.meter(id("m")).orElseThrow());

        Meter direct = store.createMeter(new MeterDraft(id("d"), "SN2", id("c"), null, null, null, null, null, null, null, null));
        assertEquals(MeterStatus.IN_STOCK, direct.status());
        assertEquals(dec("1"), direct.multiplier());
        assertTrue(direct.key() != m.key());

        String reason = refused("ctRatio", () -> store.createMeter(new MeterDraft(id("x"), "S", id("c"), null, null, dec("0"), null, null, null, null, null)));
        assertTrue(reason, reason.contains("greater than 0"));
        refused("ctRatio", () -> store.createMeter(new MeterDraft(id("x"), "S", id("c"), null, null, dec("-5"), null, null, null, null, null)));
        refused("ptRatio", () -> store.createMeter(new MeterDraft(id("x"), "S", id("c"), null, null, null, dec("1000001"), null, null, null, null)));
        refused("ptRatio", () -> store.createMeter(new MeterDraft(id("x"), "S", id("c"), null, null, null, dec("1.00001"), null, null, null, null)));
        refused("usagePoint", () -> store.createMeter(new MeterDraft(id("x"), "S", id("c"), null, MeterStatus.INSTALLED, null, null, null, null, null, null)));
        refused("usagePoint", () -> store.createMeter(new MeterDraft(id("x"), "S", id("c"), id("u"), MeterStatus.IN_STOCK, null, null, null, null, null, null)));
        refused("usagePoint", () -> store.createMeter(new MeterDraft(id("x"), "S", id("c"), id("none"), null, null, null, null, null, null, null)));
        refused("serialNumber", () -> store.createMeter(new MeterDraft(id("x"), "", id("c"), null, null, null, null, null, null, null, null)));

        Meter removed = store.updateMeter(new MeterDraft(id("m"), "DL645-0001", id("c"), null, MeterStatus.REMOVED, dec("40"),
                dec("100"), "Holley", "DTZ545", null, installed), m.version());
        assertEquals(MeterStatus.REMOVED, removed.status());
        assertNull(removed.usagePoint());
        assertEquals("the key never changes", m.key(), removed.key());
    }

    @Test
    public void concurrentCreatesOfOneMridStoreOne() throws Exception {
        int threads = 4;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.List<java.util.concurrent.Future<String>> results = new java.util.ArrayList<>();
        for (int i = 0; i < threads; i++) {
            results.add(pool.submit(() -> {
                start.await();
                try {
                    customer("same", "c");
                    return "stored";
                } catch (io.openemp.data.metering.api.MeteringException e) {
                    assertEquals("mrid", e.field());
                    return "refused";
                }
            }));
        }
        start.countDown();
        int stored = 0;
        for (java.util.concurrent.Future<String> f : results) {
            stored += "stored".equals(f.get()) ? 1 : 0;
        }
        pool.shutdown();
        assertEquals(1, stored);
        assertTrue(store.customer(id("same")).isPresent());
    }

    @Test
    public void concurrentUpdatesOfOneVersionKeepOne() throws Exception {
        customer("cu", "c");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.List<java.util.concurrent.Future<String>> results = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String name = "writer " + i;
            results.add(pool.submit(() -> {
                start.await();
                try {
                    store.updateCustomer(new CustomerDraft(id("cu"), name, CustomerKind.RESIDENTIAL, id("c"), null, null), 1L);
                    return name;
                } catch (io.openemp.data.metering.api.MeteringException e) {
                    assertEquals("expectedVersion", e.field());
                    return null;
                }
            }));
        }
        start.countDown();
        java.util.List<String> winners = new java.util.ArrayList<>();
        for (java.util.concurrent.Future<String> f : results) {
            if (f.get() != null) {
                winners.add(f.get());
            }
        }
        pool.shutdown();
        assertEquals(1, winners.size());
        Customer now = store.customer(id("cu")).orElseThrow();
        assertEquals(winners.get(0), now.name());
        assertEquals(2, now.version());
    }
}
