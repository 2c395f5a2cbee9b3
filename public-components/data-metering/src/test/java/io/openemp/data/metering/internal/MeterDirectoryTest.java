package io.openemp.data.metering.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameter;
import org.junit.runners.Parameterized.Parameters;

import io.openemp.data.metering.api.MeterDraft;
import io.openemp.data.metering.api.OrgUnitDraft;
import io.openemp.data.metering.api.OrgUnitKind;
import io.openemp.data.metering.internal.store.Databases;
import io.openemp.data.metering.internal.store.MeteringStore;
import io.openemp.data.readings.api.Aggregation;
import io.openemp.data.readings.api.MeterDirectory;
import io.openemp.data.readings.api.ReadingTypeInfo;

/** What the reading store gets: stable meter keys, the meter's zone, the reading types. */
@RunWith(Parameterized.class)
public class MeterDirectoryTest {

    @Parameters(name = "{0}")
    public static List<Object[]> databases() {
        return List.of(new Object[] { "h2" }, new Object[] { "postgres" });
    }

    @Parameter
    public String database;

    private MeteringStore store;
    private String t;

    @Before
    public void open() {
        store = Databases.shared(database).store();
        t = Databases.tag();
        store.createOrgUnit(new OrgUnitDraft(t + "-p", "p", OrgUnitKind.PROVINCE, null, "Asia/Shanghai"));
        store.createOrgUnit(new OrgUnitDraft(t + "-e", "e", OrgUnitKind.PROVINCE, null, "Europe/Berlin"));
        store.createMeter(new MeterDraft(t + "-m", "S", t + "-p", null, null, null, null, null, null, null, null));
    }

    @Test
    public void aMetersKeyIsItsPrimaryKeyAndNeverChanges() {
        MeterDirectory directory = new MeterDirectoryService(store);
        long key = store.meter(t + "-m").orElseThrow().key();
        assertEquals(key, directory.meterKey(t + "-m").getAsLong());
        store.updateMeter(new MeterDraft(t + "-m", "S2", t + "-e", null, null, null, null, null, null, null, null), null);
        assertEquals(key, new MeterDirectoryService(store).meterKey(t + "-m").getAsLong());
        assertFalse(directory.meterKey(t + "-none").isPresent());
        assertFalse(directory.meterKey("not an mrid").isPresent());
        assertFalse(directory.meterKey("").isPresent());
        assertFalse(directory.meterKey(null).isPresent());
        assertFalse(directory.meterKey("x".repeat(10_000)).isPresent());
    }

    @Test
    public void aMetersZoneIsItsUnitsAndFollowsAMove() {
        MeterDirectory directory = new MeterDirectoryService(store, Duration.ZERO);
        assertEquals(ZoneId.of("Asia/Shanghai"), directory.zone(t + "-m"));
        store.updateMeter(new MeterDraft(t + "-m", "S", t + "-e", null, null, null, null, null, null, null, null), null);
        assertEquals(ZoneId.of("Europe/Berlin"), directory.zone(t + "-m"));
        assertThrows(IllegalArgumentException.class, () -> directory.zone(t + "-none"));
        assertThrows(IllegalArgumentException.class, () -> directory.zone("bad mrid"));
    }

    @Test
    public void readingTypesTellHowTheirValuesCombine() {
        MeterDirectory directory = new MeterDirectoryService(store);
        assertEquals(new ReadingTypeInfo("energy.active.forward", "kWh", Aggregation.LAST, 0,
                "15-minute bulkQuantity forward active energy (kWh)"), directory.readingType("energy.active.forward").orElseThrow());
        ReadingTypeInfo delta = directory.readingType("energy.active.forward.delta").orElseThrow();
        assertEquals(Aggregation.SUM, delta.aggregation());
        assertEquals(900, delta.intervalSeconds());
        ReadingTypeInfo demand = directory.readingType("demand.active.forward").orElseThrow();
        assertEquals(Aggregation.AVERAGE, demand.aggregation());
        assertEquals(900, demand.intervalSeconds());
        ReadingTypeInfo pf = directory.readingType("power.factor").orElseThrow();
        assertEquals("cosφ", pf.unit());
        assertEquals(Aggregation.AVERAGE, pf.aggregation());
        assertEquals(0, pf.intervalSeconds());
        assertEquals(Aggregation.LAST, directory.readingType("energy.active.forward.daily").orElseThrow().aggregation());
        assertTrue(directory.readingType("energy.magic").isEmpty());
        assertTrue(directory.readingType(null).isEmpty());
        assertEquals(20, store.readingTypes().stream().filter(t -> directory.readingType(t.code()).isPresent()).count());
    }
}
