package io.openemp.data.metering.internal.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.Before;
import org.junit.Test;

import io.openemp.data.metering.api.CustomerKind;
import io.openemp.data.metering.api.Filter;
import io.openemp.data.metering.api.ImportKind;
import io.openemp.data.metering.api.ImportReport;
import io.openemp.data.metering.api.Meter;
import io.openemp.data.metering.api.MeterStatus;
import io.openemp.data.metering.api.OrgUnitKind;
import io.openemp.data.metering.api.RowError;

/**
 * CSV import: a file with bad rows is reported row by row and stored whole, in part (only its good rows, when
 * asked) or not at all, never half; unusable files are refused as a whole.
 */
public class ImportTest extends StoreTest {

    @Before
    public void tree() {
        unit("p", OrgUnitKind.PROVINCE, null, "Asia/Shanghai");
        unit("c", OrgUnitKind.CITY, "p", null);
        customer("old", "c");
    }

    /** Replaces {T} by this test's tag. */
    private String csv(String text) {
        return text.replace("{T}", t);
    }

    private ImportReport run(ImportKind kind, String text, boolean dryRun, boolean accept) {
        return store.importCsv(kind, new ByteArrayInputStream(csv(text).getBytes(StandardCharsets.UTF_8)), dryRun, accept);
    }

    private long customersInCity() {
        return store.customers(Filter.none().withOrgUnit(id("c")), 0, 10).total();
    }

    /** Lines 2, 4, 6 good; 3 unknown kind; 5 unknown unit; 7 duplicate of line 2; 8 already stored; 9 too few fields. */
    private static final String CUSTOMERS = """
            mrid,name,kind,orgUnit,status,phone
            {T}-c1,Ann Lee,RESIDENTIAL,{T}-c,,+86 755 1
            {T}-c2,Bob,ALIEN,{T}-c,,
            {T}-c3,"Chen, Wei",commercial_industrial,{T}-c,INACTIVE,
            {T}-c4,Dora,RESIDENTIAL,{T}-nowhere,,
            {T}-c5,Eve,OTHER,{T}-c,ACTIVE,
            {T}-c1,Ann again,RESIDENTIAL,{T}-c,,
            {T}-old,Old,RESIDENTIAL,{T}-c,,
            {T}-c9,Short,RESIDENTIAL
            """;

    @Test
    public void aDryRunReportsEveryBadRowAndStoresNothing() {
        ImportReport report = run(ImportKind.CUSTOMERS, CUSTOMERS, true, false);
        assertEquals(8, report.rows());
        assertEquals(3, report.goodRows());
        assertEquals(5, report.badRows());
        assertEquals(0, report.stored());
        List<Long> lines = report.errors().stream().map(RowError::line).toList();
        assertEquals(List.of(3L, 5L, 7L, 8L, 9L), lines);
        RowError kind = report.errors().get(0);
        assertEquals("kind", kind.field());
        assertEquals(id("c2"), kind.mrid());
        assertTrue(kind.reason(), kind.reason().contains("ALIEN"));
        assertEquals("orgUnit", report.errors().get(1).field());
        assertTrue(report.errors().get(2).reason(), report.errors().get(2).reason().contains("line 2"));
        assertEquals("mrid", report.errors().get(3).field());
        assertTrue(report.errors().get(4).reason(), report.errors().get(4).reason().contains("fields"));
        assertEquals("nothing stored", 1, customersInCity());
        assertEquals("a dry run even of good rows stores nothing", 0, run(ImportKind.CUSTOMERS, CUSTOMERS, true, true).stored());
        assertEquals(1, customersInCity());
    }

    @Test
    public void aFileWithBadRowsIsNotStoredUnlessAskedToTakeTheGoodOnes() {
        ImportReport refused = run(ImportKind.CUSTOMERS, CUSTOMERS, false, false);
        assertEquals(0, refused.stored());
        assertEquals(5, refused.badRows());
        assertEquals(1, customersInCity());

        ImportReport taken = run(ImportKind.CUSTOMERS, CUSTOMERS, false, true);
        assertEquals(3, taken.stored());
        assertEquals(5, taken.errors().size());
        assertEquals(List.of(id("c1"), id("c3"), id("c5"), id("old")),
                store.customers(Filter.none().withOrgUnit(id("c")), 0, 10).items().stream().map(c -> c.mrid()).toList());
        assertEquals("Chen, Wei", store.customer(id("c3")).orElseThrow().name());
        assertEquals(CustomerKind.COMMERCIAL_INDUSTRIAL, store.customer(id("c3")).orElseThrow().kind());
        assertEquals("+86 755 1", store.customer(id("c1")).orElseThrow().phone());
    }

    @Test
    public void aCleanFileIsStoredWhole() {
        ImportReport report = run(ImportKind.CUSTOMERS, """
                MRID , Name, Kind, OrgUnit
                {T}-x1,X1,RESIDENTIAL,{T}-c

                {T}-x2,X2,RESIDENTIAL,{T}-c
                """, false, false);
        assertEquals(2, report.rows());
        assertEquals(2, report.stored());
        assertTrue(report.errors().isEmpty());
        assertEquals(3, customersInCity());
    }

    @Test
    public void metersReferToUsagePointsAndCarryRatios() {
        usagePoint("u1", "c", null, null);
        ImportReport report = run(ImportKind.METERS, """
                mrid,serialNumber,orgUnit,usagePoint,status,ctRatio,ptRatio,installedAt
                {T}-m1,SN1,{T}-c,{T}-u1,,40,100,2026-03-01T08:00:00Z
                {T}-m2,SN2,{T}-c,,,0,,
                {T}-m3,SN3,{T}-c,,,abc,,
                {T}-m4,SN4,{T}-c,{T}-u9,,,,
                {T}-m5,SN5,{T}-c,,RETIRED,,,yesterday
                {T}-m6,SN6,{T}-c,,,1.5,,
                """, false, true);
        assertEquals(List.of(3L, 4L, 5L, 6L), report.errors().stream().map(RowError::line).toList());
        assertEquals(List.of("ctRatio", "ctRatio", "usagePoint", "installedAt"),
                report.errors().stream().map(RowError::field).toList());
        assertEquals(2, report.stored());
        Meter m1 = store.meter(id("m1")).orElseThrow();
        assertEquals(MeterStatus.INSTALLED, m1.status());
        assertEquals(dec("4000"), m1.multiplier());
        assertEquals(dec("1.5"), store.meter(id("m6")).orElseThrow().ctRatio());
    }

    @Test
    public void usagePointsReferToAccountsAndLocations() {
        account("a1", "old");
        location("l1", "c");
        ImportReport report = run(ImportKind.USAGE_POINTS, """
                mrid,name,orgUnit,serviceLocation,account,connectionState,phaseCode,nominalVoltage,ratedPower
                {T}-u1,Supply 1,{T}-c,{T}-l1,{T}-a1,CONNECTED,ABCN,400,50
                {T}-u2,Supply 2,{T}-c,{T}-l9,,,,,
                {T}-u3,Supply 3,{T}-c,,{T}-a9,,QQ,,
                """, false, true);
        assertEquals(1, report.stored());
        assertEquals(List.of("serviceLocation", "account"), report.errors().stream().map(RowError::field).toList());
        assertEquals(id("a1"), store.usagePoint(id("u1")).orElseThrow().account());
    }

    @Test
    public void aQuotedFieldMaySpanLinesAndLinesStayRight() {
        ImportReport report = run(ImportKind.CUSTOMERS, "mrid,name,kind,orgUnit\r\n"
                + "{T}-q1,\"Two\nlines\",RESIDENTIAL,{T}-c\r\n"
                + "{T}-q2,Bad,NOPE,{T}-c\r\n"
                + "{T}-q3,\"Quoted, fine\",RESIDENTIAL,{T}-c\r\n", true, false);
        assertEquals("a row is reported on the line it starts on", List.of(2L, 4L),
                report.errors().stream().map(RowError::line).toList());
        assertEquals("a name has no line breaks", "name", report.errors().get(0).field());
        assertEquals("kind", report.errors().get(1).field());
        assertEquals(1, report.goodRows());
    }

    @Test
    public void aWrongHeaderRefusesTheFile() {
        String missing = refused("csv", () -> run(ImportKind.CUSTOMERS, "mrid,name,orgUnit\n{T}-z,Z,{T}-c\n", false, true));
        assertTrue(missing, missing.contains("kind"));
        String unknown = refused("csv", () -> run(ImportKind.CUSTOMERS, "mrid,name,kind,orgUnit,colour\n", false, true));
        assertTrue(unknown, unknown.contains("colour"));
        refused("csv", () -> run(ImportKind.CUSTOMERS, "mrid,name,kind,orgUnit,Name\n", false, true));
        refused("csv", () -> run(ImportKind.CUSTOMERS, "", false, true));
        refused("csv", () -> run(ImportKind.METERS, "mrid,name,kind,orgUnit\n", false, true));
        assertEquals(1, customersInCity());
    }

    @Test
    public void aFileThatIsNotUtf8IsRefused() {
        byte[] latin1 = csv("mrid,name,kind,orgUnit\n{T}-u1,Zoë,RESIDENTIAL,{T}-c\n").getBytes(StandardCharsets.ISO_8859_1);
        String reason = refused("csv", () -> store.importCsv(ImportKind.CUSTOMERS, new ByteArrayInputStream(latin1), false, true));
        assertTrue(reason, reason.contains("line 2") && reason.contains("0xEB"));
        byte[] utf16 = csv("mrid,name,kind,orgUnit\n").getBytes(StandardCharsets.UTF_16LE);
        refused("csv", () -> store.importCsv(ImportKind.CUSTOMERS, new ByteArrayInputStream(utf16), false, true));
        refused("csv", () -> run(ImportKind.CUSTOMERS, "mrid,name,kind,orgUnit\n{T}-u1,Zo\uFFFD,RESIDENTIAL,{T}-c\n", false, true));
        assertEquals(1, customersInCity());
    }

    @Test
    public void aByteOrderMarkIsDropped() {
        ImportReport report = run(ImportKind.CUSTOMERS, "\uFEFFmrid,name,kind,orgUnit\n{T}-bom,Zoë,RESIDENTIAL,{T}-c\n", false, false);
        assertEquals(1, report.stored());
        assertEquals("Zoë", store.customer(id("bom")).orElseThrow().name());
    }

    @Test
    public void anOversizedFileOrOneWithTooManyRowsIsRefused() {
        MeteringStore small = new MeteringStore(Databases.shared(database).emf(), java.time.Clock.systemUTC(),
                new MeteringStore.ImportLimits(200, 3));
        String big = csv("mrid,name,kind,orgUnit\n" + ("{T}-big,Big,RESIDENTIAL,{T}-c\n").repeat(10));
        String reason = refused("csv", () -> small.importCsv(ImportKind.CUSTOMERS,
                new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8)), false, true));
        assertTrue(reason, reason.contains("200 bytes"));
        String rows = csv("mrid,name,kind,orgUnit\n{T}-r1,R,RESIDENTIAL,{T}-c\n{T}-r2,R,RESIDENTIAL,{T}-c\n"
                + "{T}-r3,R,RESIDENTIAL,{T}-c\n{T}-r4,R,RESIDENTIAL,{T}-c\n");
        String tooMany = refused("csv", () -> small.importCsv(ImportKind.CUSTOMERS,
                new ByteArrayInputStream(rows.getBytes(StandardCharsets.UTF_8)), false, true));
        assertTrue(tooMany, tooMany.contains("more than 3 rows"));
        assertEquals(1, customersInCity());
    }

    @Test
    public void brokenQuotingRefusesTheFile() {
        refused("csv", () -> run(ImportKind.CUSTOMERS, "mrid,name,kind,orgUnit\n{T}-x,\"open,RESIDENTIAL,{T}-c\n", false, true));
        refused("csv", () -> run(ImportKind.CUSTOMERS, "mrid,name,kind,orgUnit\n{T}-x,\"a\"b,RESIDENTIAL,{T}-c\n", false, true));
        assertEquals(1, customersInCity());
    }

    @Test
    public void aLargeCleanFileIsStoredInOneGo() {
        StringBuilder text = new StringBuilder("mrid,serialNumber,orgUnit,ctRatio\n");
        for (int i = 0; i < 2_500; i++) {
            text.append(id("bulk" + i)).append(",SN").append(i).append(',').append(id("c")).append(",5\n");
        }
        ImportReport report = store.importCsv(ImportKind.METERS,
                new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)), false, false);
        assertEquals(2_500, report.stored());
        assertEquals(2_500, store.meters(Filter.none().withOrgUnit(id("c")), 0, 10).total());
    }
}
