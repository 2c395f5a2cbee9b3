package io.openemp.data.metering.internal.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.junit.Before;
import org.junit.Test;

import io.openemp.data.metering.api.ConnectionState;
import io.openemp.data.metering.api.CustomerAccountDraft;
import io.openemp.data.metering.api.CustomerDraft;
import io.openemp.data.metering.api.CustomerKind;
import io.openemp.data.metering.api.Filter;
import io.openemp.data.metering.api.Meter;
import io.openemp.data.metering.api.MeterDraft;
import io.openemp.data.metering.api.MeterStatus;
import io.openemp.data.metering.api.OrgUnitKind;
import io.openemp.data.metering.api.Page;
import io.openemp.data.metering.api.Status;
import io.openemp.data.metering.api.UsagePointDraft;

/**
 * Paging and filters. The world: province p with cities a and b; customers a1, a2 in a, b1 in b; accounts; a
 * location in a; usage points and meters.
 */
public class ListTest extends StoreTest {

    @Before
    public void world() {
        unit("p", OrgUnitKind.PROVINCE, null, "Asia/Shanghai");
        unit("a", OrgUnitKind.CITY, "p", null);
        unit("b", OrgUnitKind.CITY, "p", null);
        unit("a-st", OrgUnitKind.STATION, "a", null);
        customer("a1", "a");
        store.createCustomer(new CustomerDraft(id("a2"), "Factory", CustomerKind.COMMERCIAL_INDUSTRIAL, id("a-st"), Status.INACTIVE, null));
        customer("b1", "b");
        account("a1-acc", "a1");
        store.createAccount(new CustomerAccountDraft(id("a2-acc"), "Factory", id("a2"), null, Status.INACTIVE));
        account("b1-acc", "b1");
        location("a-loc", "a");
        usagePoint("a1-up", "a", "a-loc", "a1-acc");
        store.createUsagePoint(new UsagePointDraft(id("a2-up"), "Factory", id("a-st"), id("a-loc"), id("a2-acc"),
                ConnectionState.LOGICALLY_DISCONNECTED, null, null, null));
        usagePoint("b1-up", "b", null, "b1-acc");
        meter("a1-m", "a", "a1-up");
        meter("a2-m", "a-st", "a2-up");
        meter("b1-m", "b", "b1-up");
        meter("spare", "p", null);
    }

    private static <T> List<String> mrids(Page<T> page, Function<T, String> mrid) {
        return page.items().stream().map(mrid).toList();
    }

    @Test
    public void pagesFollowTheMridOrder() {
        unit("many", OrgUnitKind.CITY, "p", null);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            meter("many-" + (char) ('a' + i), "many", null);
            expected.add(id("many-" + (char) ('a' + i)));
        }
        Filter filter = Filter.none().withOrgUnit(id("many"));
        List<String> seen = new ArrayList<>();
        for (int offset = 0; offset < 25; offset += 10) {
            Page<Meter> page = store.meters(filter, offset, 10);
            assertEquals(25, page.total());
            assertEquals(offset, page.offset());
            assertEquals(10, page.limit());
            seen.addAll(mrids(page, Meter::mrid));
        }
        assertEquals(expected, seen);
        assertEquals(5, store.meters(filter, 20, 10).items().size());
        Page<Meter> beyond = store.meters(filter, 30, 10);
        assertEquals(25, beyond.total());
        assertTrue(beyond.items().isEmpty());
        assertEquals(25, store.meters(filter, 0, 1000).items().size());
    }

    @Test
    public void pageBoundsAreChecked() {
        refused("limit", () -> store.meters(Filter.none(), 0, 1001));
        refused("limit", () -> store.meters(Filter.none(), 0, 0));
        refused("offset", () -> store.customers(Filter.none(), -1, 10));
    }

    @Test
    public void customersFilterBySubtreeKindAndStatus() {
        assertEquals(List.of(id("a1"), id("a2")), mrids(store.customers(Filter.none().withOrgUnit(id("a")), 0, 10), c -> c.mrid()));
        assertEquals(List.of(id("a1"), id("a2"), id("b1")), mrids(store.customers(Filter.none().withOrgUnit(id("p")), 0, 10), c -> c.mrid()));
        assertEquals(List.of(id("a2")), mrids(store.customers(Filter.none().withOrgUnit(id("p")).withStatus("INACTIVE"), 0, 10), c -> c.mrid()));
        assertEquals(List.of(id("a2")), mrids(store.customers(Filter.none().withOrgUnit(id("p")).withKind("commercial_industrial"), 0, 10), c -> c.mrid()));
        refused("status", () -> store.customers(Filter.none().withStatus("ASLEEP"), 0, 10));
        refused("orgUnit", () -> store.customers(Filter.none().withOrgUnit(id("nowhere")), 0, 10));
        refused("usagePoint", () -> store.customers(Filter.none().withUsagePoint(id("a1-up")), 0, 10));
    }

    @Test
    public void accountsFilterByCustomerSubtreeAndStatus() {
        assertEquals(List.of(id("a1-acc")), mrids(store.accounts(Filter.none().withCustomer(id("a1")), 0, 10), a -> a.mrid()));
        assertEquals(List.of(id("a1-acc"), id("a2-acc")), mrids(store.accounts(Filter.none().withOrgUnit(id("a")), 0, 10), a -> a.mrid()));
        assertEquals(List.of(id("a2-acc")), mrids(store.accounts(Filter.none().withOrgUnit(id("p")).withStatus("INACTIVE"), 0, 10), a -> a.mrid()));
        refused("customer", () -> store.accounts(Filter.none().withCustomer(id("nobody")), 0, 10));
    }

    @Test
    public void usagePointsFilterByCustomerAccountLocationAndState() {
        assertEquals(List.of(id("a1-up"), id("a2-up")), mrids(store.usagePoints(Filter.none().withServiceLocation(id("a-loc")), 0, 10), u -> u.mrid()));
        assertEquals(List.of(id("b1-up")), mrids(store.usagePoints(Filter.none().withCustomer(id("b1")), 0, 10), u -> u.mrid()));
        assertEquals(List.of(id("a2-up")), mrids(store.usagePoints(Filter.none().withAccount(id("a2-acc")), 0, 10), u -> u.mrid()));
        assertEquals(List.of(id("a2-up")), mrids(store.usagePoints(Filter.none().withOrgUnit(id("p")).withStatus("LOGICALLY_DISCONNECTED"), 0, 10), u -> u.mrid()));
        assertEquals(3, store.usagePoints(Filter.none().withOrgUnit(id("p")), 0, 10).total());
        refused("kind", () -> store.usagePoints(Filter.none().withKind("RESIDENTIAL"), 0, 10));
    }

    @Test
    public void metersFilterByCustomerUsagePointSubtreeAndStatus() {
        assertEquals(List.of(id("a2-m")), mrids(store.meters(Filter.none().withCustomer(id("a2")), 0, 10), Meter::mrid));
        assertEquals(List.of(id("b1-m")), mrids(store.meters(Filter.none().withUsagePoint(id("b1-up")), 0, 10), Meter::mrid));
        assertEquals(List.of(id("a1-m"), id("a2-m")), mrids(store.meters(Filter.none().withOrgUnit(id("a")), 0, 10), Meter::mrid));
        assertEquals(List.of(id("spare")), mrids(store.meters(Filter.none().withOrgUnit(id("p")).withStatus("IN_STOCK"), 0, 10), Meter::mrid));
        assertEquals(4, store.meters(Filter.none().withOrgUnit(id("p")), 0, 10).total());
        assertEquals(List.of(id("a1-m"), id("a1-up")).get(0),
                store.meters(Filter.none().withOrgUnit(id("p")).withStatus(MeterStatus.INSTALLED.name()), 0, 1).items().get(0).mrid());
    }

    @Test
    public void serviceLocationsFilterBySubtree() {
        assertEquals(List.of(id("a-loc")), mrids(store.serviceLocations(Filter.none().withOrgUnit(id("p")), 0, 10), l -> l.mrid()));
        assertTrue(store.serviceLocations(Filter.none().withOrgUnit(id("b")), 0, 10).items().isEmpty());
        refused("status", () -> store.serviceLocations(Filter.none().withStatus("ACTIVE"), 0, 10));
    }

    @Test
    public void anMridPrefixIsTakenLiterally() {
        store.createMeter(new MeterDraft(t + "_x1", "S", id("p"), null, null, null, null, null, null, null, null));
        store.createMeter(new MeterDraft(t + "Ax2", "S", id("p"), null, null, null, null, null, null, null, null));
        assertEquals("_ matches only _", List.of(t + "_x1"), mrids(store.meters(Filter.none().withMridPrefix(t + "_"), 0, 10), Meter::mrid));
        assertEquals(List.of(id("a1-m")), mrids(store.meters(Filter.none().withMridPrefix(id("a1")), 0, 10), Meter::mrid));
        assertEquals(0, store.meters(Filter.none().withMridPrefix(t + "%"), 0, 10).total());
        assertEquals(0, store.meters(Filter.none().withMridPrefix("' OR 1=1 --"), 0, 10).total());
        refused("mridPrefix", () -> store.meters(Filter.none().withMridPrefix("x".repeat(65)), 0, 10));
    }
}
