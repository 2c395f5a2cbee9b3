package io.openemp.plugin.dlt645.api;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.Test;

/** The data identifier catalogue: names, layouts, blocks, and values both ways. */
public class CatalogueTest {

    private final DataCatalogue catalogue = DataCatalogue.standard();

    private DataItem item(String id) {
        return catalogue.lookup(DataId.parse(id)).orElseThrow(() -> new AssertionError(id + " is not in the catalogue"));
    }

    private static Bytes bytes(int... values) {
        return Bytes.ofUnsigned(values);
    }

    private List<BigDecimal> numbers(String id, Bytes value) {
        ValueDecoding decoding = catalogue.decode(DataId.parse(id), value);
        assertTrue(String.valueOf(decoding.rejection()), decoding.ok());
        return decoding.values().stream().map(FieldValue::number).collect(Collectors.toList());
    }

    @Test
    public void energyNamesTariffsAndSettlementDays() {
        assertEquals("forward active energy, total, current", item("00010000").name());
        assertEquals("forward active energy, tariff 2, previous settlement 1", item("00010201").name());
        assertEquals("reverse active energy, tariff 63, previous settlement 12", item("00023F0C").name());
        assertEquals("combined active energy, total, current", item("00000000").name());
        assertEquals("quadrant IV reactive energy, tariff 1, current", item("00080100").name());
        assertEquals("reverse apparent energy, total, current", item("000A0000").name());
        FieldSpec field = item("00030000").fields().get(0);
        assertEquals("XXXXXX.XX", field.format().pattern());
        assertTrue("combined reactive energy is signed", field.format().signed());
        assertEquals("kvarh", field.unit());
        assertFalse(item("00010000").fields().get(0).format().signed());
    }

    @Test
    public void unknownIdentifiersAreRejectedNotGuessed() {
        for (String id : new String[] { "00004000", "0000000D", "000B0000", "03000000", "02010400", "05060040", "FFFFFFFF" }) {
            assertTrue(id, catalogue.lookup(DataId.parse(id)).isEmpty());
            ValueDecoding decoding = catalogue.decode(DataId.parse(id), bytes(0, 0, 0, 0));
            assertEquals(RejectReason.UNKNOWN_DATA_ID, decoding.rejection().reason());
        }
    }

    @Test
    public void aTariffBlockHoldsTheTotalAndAsManyTariffsAsSent() {
        DataItem block = item("0001FF00");
        assertEquals("forward active energy, tariff block, current", block.name());
        assertTrue(block.isBlock());
        assertTrue(block.isVariable());
        assertEquals(64, block.members().size());
        assertEquals(DataId.parse("00010000"), block.members().get(0));
        assertEquals(DataId.parse("00013F00"), block.members().get(63));
        // total 100.00 = 00 00 01 00 sent 00 01 00 00; four tariffs 10.00, 20.00, 30.00, 40.00
        Bytes value = bytes(0x00, 0x00, 0x01, 0x00, 0x00, 0x10, 0x00, 0x00, 0x00, 0x20, 0x00, 0x00, 0x00, 0x30, 0x00, 0x00,
                0x00, 0x40, 0x00, 0x00);
        ValueDecoding decoding = block.decode(value);
        assertEquals(5, decoding.values().size());
        assertEquals(new BigDecimal("100.00"), decoding.values().get(0).number());
        assertEquals(new BigDecimal("40.00"), decoding.values().get(4).number());
        assertEquals(DataId.parse("00010400"), decoding.values().get(4).id());
        assertEquals("forward active energy, tariff 4, current", decoding.values().get(4).name());
        assertEquals(value, block.encode(decoding.values()));
        assertEquals(RejectReason.BAD_VALUE_LENGTH, block.decode(bytes(0, 0, 0, 0, 0, 0)).rejection().reason());
        assertEquals(RejectReason.BAD_VALUE_LENGTH, block.decode(Bytes.EMPTY).rejection().reason());
    }

    @Test
    public void aPhaseBlockHoldsAllThreePhases() {
        DataItem block = item("0201FF00");
        assertEquals(List.of(DataId.parse("02010100"), DataId.parse("02010200"), DataId.parse("02010300")), block.members());
        assertFalse(block.isVariable());
        assertEquals(6, block.minLength());
        assertEquals(List.of(new BigDecimal("220.1"), new BigDecimal("221.2"), new BigDecimal("219.9")),
                numbers("0201FF00", bytes(0x01, 0x22, 0x12, 0x22, 0x99, 0x21)));
        assertEquals(RejectReason.BAD_VALUE_LENGTH, block.decode(bytes(0x01, 0x22)).rejection().reason());
        assertEquals(4, item("0203FF00").members().size());
        assertEquals("power factor, phase C", item("02060300").name());
    }

    @Test
    public void maximumDemandWithItsTime() {
        DataItem demand = item("01010000");
        assertEquals(8, demand.minLength());
        // 12.3456 kW -> 56 34 12; 2024-01-31 08:15 as YYMMDDhhmm sent mm hh DD MM YY: 15 08 31 01 24
        ValueDecoding decoding = demand.decode(bytes(0x56, 0x34, 0x12, 0x15, 0x08, 0x31, 0x01, 0x24));
        assertEquals(new BigDecimal("12.3456"), decoding.values().get(0).number());
        assertEquals("kW", decoding.values().get(0).unit());
        assertEquals("forward active maximum demand, total, current, demand", decoding.values().get(0).name());
        assertEquals(LocalDateTime.of(2024, 1, 31, 8, 15), decoding.values().get(1).time());
        assertEquals("2024-01-31 08:15", decoding.values().get(1).text());
        // A demand never reached: zeros, the time no real date. Decoded, the time left empty, the bytes kept.
        Bytes never = bytes(0, 0, 0, 0, 0, 0, 0, 0);
        ValueDecoding zero = demand.decode(never);
        assertTrue(zero.ok());
        assertNull(zero.values().get(1).time());
        assertTrue(zero.values().get(1).text().contains("not a real date"));
        assertEquals(never, demand.encode(zero.values()));
    }

    @Test
    public void signedBcdTheTopBitIsTheSign() {
        DataItem combined = item("00000000");
        assertEquals(new BigDecimal("-12.34"), combined.decode(bytes(0x34, 0x12, 0x00, 0x80)).values().get(0).number());
        assertEquals(new BigDecimal("799999.99"), combined.decode(bytes(0x99, 0x99, 0x99, 0x79)).values().get(0).number());
        assertEquals(bytes(0x99, 0x99, 0x99, 0xF9), combined.encode(List.of(new BigDecimal("-799999.99"))));
        // The top nibble of a signed value holds 0..7 besides the sign: 8 is not a digit there...
        assertEquals(RejectReason.BAD_BCD, combined.decode(bytes(0x00, 0x00, 0x00, 0x8A)).rejection().reason());
        // ... while an unsigned value has 9 there.
        assertEquals(new BigDecimal("999999.99"), item("00010000").decode(bytes(0x99, 0x99, 0x99, 0x99)).values().get(0).number());
        // Negative zero decodes to 0 and its bytes come back from the decoded field.
        ValueDecoding minusZero = combined.decode(bytes(0x00, 0x00, 0x00, 0x80));
        assertEquals(0, minusZero.values().get(0).number().signum());
        assertEquals("80000000", minusZero.values().get(0).raw());
        assertEquals(bytes(0x00, 0x00, 0x00, 0x80), combined.encode(minusZero.values()));
    }

    @Test
    public void valuesThatDoNotFitAreRefusedWhenEncoding() {
        DataItem combined = item("00000000");
        expectRefused(combined, new BigDecimal("800000.00"), "too large");
        expectRefused(item("00010000"), new BigDecimal("1000000"), "too large");
        expectRefused(item("00010000"), new BigDecimal("-1"), "unsigned");
        expectRefused(item("02010100"), new BigDecimal("220.15"), "decimals");
        expectRefused(item("04000102"), java.time.LocalDate.of(2024, 1, 1), "needs hh");
        expectRefused(item("05060001"), LocalDateTime.of(2100, 1, 1, 0, 0), "2000..2099");
        expectRefused(item("04000401"), "12345678901", "12 digits");
        expectRefused(item("04000401"), "12345678901A", "decimal digits");
    }

    private static void expectRefused(DataItem item, Object value, String because) {
        try {
            item.encode(List.of(value));
            fail(item + " took " + value);
        } catch (IllegalArgumentException expected) {
            assertTrue(expected.getMessage(), expected.getMessage().contains(because));
        }
    }

    @Test
    public void badBcdIsRejectedWithTheOffsetOfTheByte() {
        ValueDecoding decoding = catalogue.decode(DataId.parse("0201FF00"), bytes(0x01, 0x22, 0x1A, 0x22, 0x00, 0x22));
        assertEquals(RejectReason.BAD_BCD, decoding.rejection().reason());
        assertEquals(2, decoding.rejection().offset());
        assertTrue(decoding.rejection().detail().contains("voltage, phase B"));
    }

    @Test
    public void clockAndIdentityParameters() {
        assertEquals(LocalTime.of(12, 30, 5), item("04000102").decode(bytes(0x05, 0x30, 0x12)).values().get(0).time());
        assertEquals("12:30:05", item("04000102").decode(bytes(0x05, 0x30, 0x12)).values().get(0).text());
        // 2024-03-01 was a Friday: WW = 05
        FieldValue date = item("04000101").decode(bytes(0x05, 0x01, 0x03, 0x24)).values().get(0);
        assertEquals(java.time.LocalDate.of(2024, 3, 1), date.time());
        assertEquals(bytes(0x05, 0x01, 0x03, 0x24), item("04000101").encode(List.of(java.time.LocalDate.of(2024, 3, 1))));
        assertEquals("123456789012", item("04000401").decode(bytes(0x12, 0x90, 0x78, 0x56, 0x34, 0x12)).values().get(0).text());
    }

    @Test
    public void dailyFrozenData() {
        assertEquals("daily freeze time, previous freeze 1", item("05060001").name());
        DataItem energy = item("05060101");
        assertTrue(energy.isVariable());
        assertFalse(energy.isBlock());
        assertEquals(20, energy.length(5));
        ValueDecoding values = energy.decode(bytes(0, 0, 1, 0, 0, 0x50, 0, 0, 0, 0x50, 0, 0));
        assertEquals(3, values.values().size());
        assertEquals("daily frozen forward active energy, previous freeze 1, tariff 2", values.values().get(2).name());
        assertEquals(new BigDecimal("50.00"), values.values().get(2).number());
        DataItem power = item("05061001");
        assertEquals(24, power.minLength());
        assertEquals("daily frozen power, previous freeze 1, phase C reactive power", power.fields().get(7).name());
        DataItem block = item("0506FF01");
        assertEquals(12, block.members().size());
        // time 5 + eight energies of (1 + 4 tariffs) x 4 + two demands of (1 + 4) x 8 + power 24 = 269
        assertEquals(269, block.length(5));
        assertEquals(5, block.count(269));
        assertEquals(-1, block.count(270));
        assertEquals("daily frozen data, previous freeze 62", item("0506FF3E").name());
    }

    @Test
    public void aVendorCatalogueInTheSameNotation() {
        DataCatalogue vendor = DataCatalogue.parse("var K kind: 01=import, 02=export\n"
                + "item 0E 00 K 00 | vendor energy | XXXXXXXX.XX kWh\n"
                + "item 0E 01 00 00 | vendor status | code: NNNN; time: YYMMDDhhmmss\n");
        DataCatalogue both = catalogue.with(vendor);
        assertEquals("vendor energy, export", both.lookup(DataId.parse("0E000200")).orElseThrow().name());
        assertEquals(2 + 6, both.lookup(DataId.parse("0E010000")).orElseThrow().minLength());
        assertTrue(both.lookup(DataId.parse("00010000")).isPresent());
        assertEquals(3, vendor.families().size() + 1);
    }

    @Test
    public void mistakesInACatalogueNameTheirLine() {
        String[][] cases = {
                { "item 00 01 00 00 | x | XXX.XX V", "even number" },
                { "item 00 01 00 | x | XX.XX", "four DI bytes" },
                { "item 00 01 Z 00 | x | XX.XX", "unknown variable Z" },
                { "item 00 01 00 00 | x | XX.XX V; YYMMDD", "label" },
                { "item 00 01 00 00 | x | members 09 09 09 09", "not in the catalogue" },
                { "item 00 01 00 00 | x | NNNN signed", "only numbers are signed" },
                { "var T t: 00=a, 00=b", "given twice" },
                { "nonsense", "comment" },
        };
        for (String[] c : cases) {
            try {
                DataCatalogue.parse("# comment\n" + c[0]);
                fail("accepted " + c[0]);
            } catch (IllegalArgumentException expected) {
                assertTrue(expected.getMessage(), expected.getMessage().startsWith("catalogue line 2: "));
            }
        }
    }

    @Test
    public void everyFamilyOfTheStandardCatalogueBuilds() {
        assertTrue(catalogue.families().size() >= 50);
        for (String family : catalogue.families()) {
            assertTrue(family, family.contains("|"));
        }
    }
}
