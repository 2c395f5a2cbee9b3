package io.openemp.plugin.gdw376.api;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.Test;

/** DA/DT to and from sets of points and classes, and frames carrying several of each. */
public class DataUnitIdTest {

    private final Gdw376Codec codec = new Gdw376Codec();

    @Test
    public void pointsAreBitsWithinGroupsOfEight() {
        assertEquals(0x0000, DataUnitId.da(List.of(0)));
        assertEquals(0x00FF, DataUnitId.da(List.of(DataUnitId.ALL_POINTS)));
        assertEquals(0x0101, DataUnitId.da(List.of(1)));
        assertEquals(0x0180, DataUnitId.da(List.of(8)));
        assertEquals(0x0201, DataUnitId.da(List.of(9)));
        assertEquals(0xFF80, DataUnitId.da(List.of(2040)));
        assertEquals(0x0103, DataUnitId.da(List.of(2, 1)));
        assertArrayEquals(new int[] {1, 2}, DataUnitId.pns(0x0103));
        assertArrayEquals(new int[] {0}, DataUnitId.pns(0x0000));
        assertArrayEquals(new int[] {DataUnitId.ALL_POINTS}, DataUnitId.pns(0x00FF));
        assertArrayEquals(new int[] {2033, 2040}, DataUnitId.pns(0xFF81));
        assertThrows(IllegalArgumentException.class, () -> DataUnitId.da(List.of(8, 9)));
        assertThrows(IllegalArgumentException.class, () -> DataUnitId.da(List.of(0, 1)));
        assertThrows(IllegalArgumentException.class, () -> DataUnitId.da(List.of(2041)));
    }

    @Test
    public void classesAreBitsWithinGroupsOfEightFromGroupZero() {
        assertEquals(0x0001, DataUnitId.dt(List.of(1)));
        assertEquals(0x0004, DataUnitId.dt(List.of(3)));
        assertEquals(0x0301, DataUnitId.dt(List.of(25)));
        assertEquals(0x0403, DataUnitId.dt(List.of(33, 34)));
        assertEquals(0x1001, DataUnitId.dt(List.of(129)));
        assertEquals(0x1440, DataUnitId.dt(List.of(167)));
        assertEquals(0x1480, DataUnitId.dt(List.of(168)));
        assertEquals(0x1E80, DataUnitId.dt(List.of(248)));
        assertArrayEquals(new int[] {33, 34}, DataUnitId.fns(0x0403));
        assertArrayEquals(new int[0], DataUnitId.fns(0x0300));
        assertThrows(IllegalArgumentException.class, () -> DataUnitId.dt(List.of(8, 9)));
        assertThrows(IllegalArgumentException.class, () -> DataUnitId.dt(List.of(249)));
    }

    @Test
    public void validityFollowsTheStandard() {
        assertTrue(DataUnitId.validDa(0x0000));
        assertTrue(DataUnitId.validDa(0x00FF));
        assertFalse("DA2 = 0 with DA1 neither 0 nor FF", DataUnitId.validDa(0x0001));
        assertFalse("a group without points", DataUnitId.validDa(0x0100));
        assertTrue(DataUnitId.validDt(0x1E80));
        assertFalse("DT2 beyond 30", DataUnitId.validDt(0x1F01));
        assertTrue("no class: a terminal without the data", DataUnitId.validDt(0x0300));
    }

    @Test
    public void coverSplitsPointsAndClassesIntoGroups() {
        List<DataUnitId> ids = DataUnitId.cover(List.of(1, 2, 9), List.of(25, 33, 34));
        assertEquals(List.of(new DataUnitId(0x0103, 0x0301), new DataUnitId(0x0103, 0x0403),
                new DataUnitId(0x0201, 0x0301), new DataUnitId(0x0201, 0x0403)), ids);
        assertEquals("p1,p2 F33,F34", ids.get(1).toString());
        assertEquals(List.of(new DataUnitId(0, 0x0004)), DataUnitId.cover(List.of(0), List.of(3)));
    }

    @Test
    public void aMultiPointMultiClassRequestUsesOneUnitPerGroupPair() {
        Address address = Address.of("0171", 2082, 1);
        Frame request = Requests.realtime(address, 3, List.of(1, 2), List.of(25, 33, 34), null);
        byte[] bytes = codec.encode(request);
        // units: DA 03 01 DT 01 03 (p1,p2 F25) and DA 03 01 DT 03 04 (p1,p2 F33,F34)
        assertEquals("03 01 01 03 03 01 03 04", Hex.format(bytes, 14, 8));
        Frame decoded = ((DecodeResult.Decoded) codec.decode(bytes)).frame();
        assertEquals(2, decoded.units().size());
        assertEquals(List.of("p1 F25", "p2 F25", "p1 F33", "p1 F34", "p2 F33", "p2 F34"),
                decoded.items().stream().map(DataItem::key).toList());
    }

    @Test
    public void aMultiPointMultiClassReplyOrdersTheDataByPointThenClass() {
        Catalogue catalogue = Catalogue.standard();
        FnLayout f129 = catalogue.find(0x0C, 129, Direction.UP);
        FnLayout f131 = catalogue.find(0x0C, 131, Direction.UP);
        BcdTime at = BcdTime.of(DataFormat.A15, java.time.LocalDateTime.of(2024, 3, 1, 0, 15));
        List<DataItem> items = List.of(
                new DataItem(1, 129, FnData.of(f129, Map.of("readingTime", at, "forwardActive", energies("100.0001", "60", "40.0001")))),
                new DataItem(1, 131, FnData.of(f131, Map.of("readingTime", at, "reverseActive", energies("1.5", "1", "0.5")))),
                new DataItem(2, 129, FnData.of(f129, Map.of("readingTime", at, "forwardActive", energies("200", "120", "80")))),
                new DataItem(2, 131, FnData.of(f131, Map.of("readingTime", at, "reverseActive", energies("0", "0", "0")))));
        Frame reply = new Frame(Frame.PROTOCOL_2013, new ControlField(Direction.UP, false, false, false, ControlField.RESPONSE),
                Address.of("0171", 2082, 1), 0x0C, Seq.single(3, false, false),
                List.of(new DataUnit(DataUnitId.of(List.of(1, 2), List.of(129, 131)), items)), null, AuxInfo.NONE);
        byte[] bytes = codec.encode(reply);
        assertEquals("DA p1,p2 and DT F129,F131", "03 01 05 10", Hex.format(bytes, 14, 4));
        Frame decoded = ((DecodeResult.Decoded) codec.decode(bytes)).frame();
        assertEquals(List.of("p1 F129", "p1 F131", "p2 F129", "p2 F131"), decoded.items().stream().map(DataItem::key).toList());
        assertEquals(new BigDecimal("200.0000"), decoded.item(2, 129).get().data().decimal("forwardActive.total").get());
        assertEquals(new BigDecimal("0.5000"), decoded.item(1, 131).get().data().decimal("reverseActive.rate2").get());
        assertEquals(2L, (long) decoded.item(2, 131).get().data().integer("tariffCount").get());
        assertArrayEquals(bytes, codec.encode(decoded));
    }

    private static List<BigDecimal> energies(String... values) {
        return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
    }
}
