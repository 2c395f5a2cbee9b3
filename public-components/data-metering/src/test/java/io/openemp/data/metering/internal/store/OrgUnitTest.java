package io.openemp.data.metering.internal.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.ZoneId;
import java.util.List;

import org.junit.Test;

import io.openemp.data.metering.api.Filter;
import io.openemp.data.metering.api.OrgUnit;
import io.openemp.data.metering.api.OrgUnitDraft;
import io.openemp.data.metering.api.OrgUnitKind;

/** The organisation-unit scope tree: levels, time zones, subtrees, moves. */
public class OrgUnitTest extends StoreTest {

    private List<String> subtree(String suffix) {
        return store.orgUnits(Filter.none().withOrgUnit(id(suffix)), 0, 100).items().stream().map(OrgUnit::mrid).toList();
    }

    @Test
    public void aChildTakesItsParentsZoneUnlessItGivesItsOwn() {
        OrgUnit province = unit("gd", OrgUnitKind.PROVINCE, null, "Asia/Shanghai");
        OrgUnit city = unit("sz", OrgUnitKind.CITY, "gd", null);
        OrgUnit station = unit("st", OrgUnitKind.STATION, "sz", "Asia/Urumqi");
        assertEquals("Asia/Shanghai", province.zone());
        assertEquals("Asia/Shanghai", city.zone());
        assertEquals("Asia/Urumqi", station.zone());
        assertEquals(ZoneId.of("Asia/Urumqi"), store.zone(id("st")));
        assertEquals(id("gd"), city.parent());
        assertNull(province.parent());
        assertEquals(0, province.depth());
        assertEquals(2, station.depth());
        assertEquals(1, province.version());
        assertEquals(province, store.orgUnit(id("gd")).orElseThrow());
    }

    @Test
    public void aRootMustGiveAValidZone() {
        refused("zone", () -> unit("r", OrgUnitKind.PROVINCE, null, null));
        String reason = refused("zone", () -> unit("r", OrgUnitKind.PROVINCE, null, "Mars/Olympus"));
        assertTrue(reason, reason.contains("IANA"));
        refused("orgUnit", () -> store.zone(id("r")));
    }

    @Test
    public void levelsGoDownTheTree() {
        unit("p", OrgUnitKind.PROVINCE, null, "UTC");
        unit("c", OrgUnitKind.CITY, "p", null);
        refused("kind", () -> unit("p2", OrgUnitKind.PROVINCE, "c", null));
        refused("kind", () -> unit("c2", OrgUnitKind.CITY, "c", null));
        OrgUnit station = unit("s", OrgUnitKind.STATION, "p", null);
        assertEquals(1, station.depth());
        refused("parent", () -> unit("x", OrgUnitKind.STATION, "nowhere", null));
        refused("kind", () -> store.createOrgUnit(new OrgUnitDraft(id("k"), "k", null, id("p"), null)));
    }

    @Test
    public void aSubtreeHoldsTheUnitAndEverythingBelowIt() {
        unit("p", OrgUnitKind.PROVINCE, null, "Asia/Shanghai");
        unit("c1", OrgUnitKind.CITY, "p", null);
        unit("c2", OrgUnitKind.CITY, "p", null);
        unit("c1a", OrgUnitKind.COUNTY, "c1", null);
        unit("c1a1", OrgUnitKind.STATION, "c1a", null);
        unit("c2a", OrgUnitKind.COUNTY, "c2", null);
        assertEquals(List.of(id("c1"), id("c1a"), id("c1a1")), subtree("c1"));
        assertEquals(6, subtree("p").size());
        assertEquals(List.of(id("c1"), id("c2")),
                store.orgUnits(Filter.none().withParent(id("p")), 0, 10).items().stream().map(OrgUnit::mrid).toList());
        assertEquals(List.of(id("c1a"), id("c2a")), store.orgUnits(Filter.none().withOrgUnit(id("p")).withKind("COUNTY"), 0, 10)
                .items().stream().map(OrgUnit::mrid).toList());
        assertTrue(store.within(id("c1a1"), id("p")));
        assertTrue(store.within(id("c1a1"), id("c1a1")));
        assertFalse(store.within(id("c1a1"), id("c2")));
        assertFalse(store.within(id("c1a1"), id("nowhere")));
    }

    @Test
    public void movingAUnitMovesItsSubtree() {
        unit("p", OrgUnitKind.PROVINCE, null, "Asia/Shanghai");
        unit("c1", OrgUnitKind.CITY, "p", null);
        unit("q", OrgUnitKind.PROVINCE, null, "Asia/Shanghai");
        unit("k", OrgUnitKind.COUNTY, "c1", null);
        unit("s", OrgUnitKind.STATION, "k", null);
        OrgUnit before = store.orgUnit(id("k")).orElseThrow();
        OrgUnit moved = store.updateOrgUnit(new OrgUnitDraft(id("k"), "County K", OrgUnitKind.COUNTY, id("q"), null),
                before.version());
        assertEquals(id("q"), moved.parent());
        assertEquals(1, moved.depth());
        assertEquals(before.version() + 1, moved.version());
        assertEquals("County K", moved.name());
        assertEquals("ordered by mRID", List.of(id("k"), id("q"), id("s")), subtree("q"));
        assertEquals(List.of(id("c1"), id("p")), subtree("p").stream().sorted().toList());
        assertEquals(2, store.orgUnit(id("s")).orElseThrow().depth());
        assertTrue(store.within(id("s"), id("q")));
        assertFalse(store.within(id("s"), id("p")));
    }

    @Test
    public void aUnitCannotMoveBelowItself() {
        unit("p", OrgUnitKind.PROVINCE, null, "UTC");
        unit("c", OrgUnitKind.CITY, "p", null);
        unit("k", OrgUnitKind.COUNTY, "c", null);
        refused("parent", () -> store.updateOrgUnit(new OrgUnitDraft(id("c"), "c", OrgUnitKind.CITY, id("k"), null), null));
        refused("parent", () -> store.updateOrgUnit(new OrgUnitDraft(id("c"), "c", OrgUnitKind.CITY, id("c"), null), null));
        refused("kind", () -> store.updateOrgUnit(new OrgUnitDraft(id("c"), "c", OrgUnitKind.STATION, id("p"), null), null));
        assertEquals(List.of(id("c"), id("k")), subtree("c"));
    }

    @Test
    public void aStaleVersionIsRefused() {
        OrgUnit p = unit("p", OrgUnitKind.PROVINCE, null, "UTC");
        store.updateOrgUnit(new OrgUnitDraft(id("p"), "renamed", OrgUnitKind.PROVINCE, null, "UTC"), p.version());
        String reason = refused("expectedVersion",
                () -> store.updateOrgUnit(new OrgUnitDraft(id("p"), "again", OrgUnitKind.PROVINCE, null, "UTC"), p.version()));
        assertTrue(reason, reason.contains("version 2"));
        assertEquals("renamed", store.orgUnit(id("p")).orElseThrow().name());
    }

    @Test
    public void mridsAreUniqueAndWellFormed() {
        unit("p", OrgUnitKind.PROVINCE, null, "UTC");
        refused("mrid", () -> unit("p", OrgUnitKind.PROVINCE, null, "UTC"));
        refused("mrid", () -> store.createOrgUnit(new OrgUnitDraft("has space", "x", OrgUnitKind.PROVINCE, null, "UTC")));
        refused("mrid", () -> store.createOrgUnit(new OrgUnitDraft("x".repeat(65), "x", OrgUnitKind.PROVINCE, null, "UTC")));
        refused("mrid", () -> store.createOrgUnit(new OrgUnitDraft(null, "x", OrgUnitKind.PROVINCE, null, "UTC")));
        refused("name", () -> store.createOrgUnit(new OrgUnitDraft(id("n"), "  ", OrgUnitKind.PROVINCE, null, "UTC")));
        refused("mrid", () -> store.updateOrgUnit(new OrgUnitDraft(id("none"), "x", OrgUnitKind.PROVINCE, null, "UTC"), null));
    }
}
