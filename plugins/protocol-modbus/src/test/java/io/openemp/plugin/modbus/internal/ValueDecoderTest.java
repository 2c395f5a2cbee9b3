package io.openemp.plugin.modbus.internal;

import static io.openemp.plugin.modbus.internal.Profiles.holding;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.math.BigDecimal;
import java.util.List;

import org.junit.Test;

import io.openemp.plugin.modbus.api.PointDefinition;

/**
 * Decoding per type, word order and byte order, on bytes worked out by hand (as they travel: each register high
 * byte first). Orders: big/big is ABCD, word little is CDAB, byte little is BADC, both little is DCBA.
 */
public class ValueDecoderTest {

    private static BigDecimal decode(PointDefinition definition, int... bytes) {
        byte[] data = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            data[i] = (byte) bytes[i];
        }
        Point point = Point.of(0, definition, 1);
        Block block = new Block(1, definition.function(), definition.address(), point.width(), List.of(point));
        return ValueDecoder.decode(point, block, data);
    }

    private static PointDefinition p(String type, String wordOrder, String byteOrder) {
        return holding("v", 0, type).withOrder(wordOrder, byteOrder);
    }

    @Test
    public void int16AndUint16() {
        // 0xFF85 = 65413 = -123 as two's complement
        assertEquals(new BigDecimal("-123"), decode(p("int16", null, null), 0xFF, 0x85));
        assertEquals(new BigDecimal("65413"), decode(p("uint16", null, null), 0xFF, 0x85));
        // byte order little: the register arrives as 85 FF
        assertEquals(new BigDecimal("-123"), decode(p("int16", null, "little"), 0x85, 0xFF));
        assertEquals(new BigDecimal("32767"), decode(p("int16", null, null), 0x7F, 0xFF));
        assertEquals(new BigDecimal("-32768"), decode(p("int16", null, null), 0x80, 0x00));
    }

    @Test
    public void int32InAllFourOrders() {
        // -500 = 0xFFFFFE0C: ABCD = FF FF FE 0C
        assertEquals(new BigDecimal("-500"), decode(p("int32", "big", "big"), 0xFF, 0xFF, 0xFE, 0x0C));
        assertEquals(new BigDecimal("-500"), decode(p("int32", "little", null), 0xFE, 0x0C, 0xFF, 0xFF));
        assertEquals(new BigDecimal("-500"), decode(p("int32", null, "little"), 0xFF, 0xFF, 0x0C, 0xFE));
        assertEquals(new BigDecimal("-500"), decode(p("int32", "little", "little"), 0x0C, 0xFE, 0xFF, 0xFF));
    }

    @Test
    public void uint32KeepsValuesAboveTheSignedRange() {
        // 4 000 000 000 = 0xEE6B2800
        assertEquals(new BigDecimal("4000000000"), decode(p("uint32", null, null), 0xEE, 0x6B, 0x28, 0x00));
        assertEquals(new BigDecimal("-294967296"), decode(p("int32", null, null), 0xEE, 0x6B, 0x28, 0x00));
        // 70000 = 0x00011170, low word first
        assertEquals(new BigDecimal("70000"), decode(p("uint32", "little", null), 0x11, 0x70, 0x00, 0x01));
    }

    @Test
    public void float32InAllFourOrdersGivesTheShortestDecimal() {
        // 230.5 = 1.80078125 x 2^7: sign 0, exponent 134 (0x86), mantissa 0x668000 -> 0x43668000
        assertEquals(new BigDecimal("230.5"), decode(p("float32", null, null), 0x43, 0x66, 0x80, 0x00));
        assertEquals(new BigDecimal("230.5"), decode(p("float32", "little", null), 0x80, 0x00, 0x43, 0x66));
        assertEquals(new BigDecimal("230.5"), decode(p("float32", null, "little"), 0x66, 0x43, 0x00, 0x80));
        assertEquals(new BigDecimal("230.5"), decode(p("float32", "little", "little"), 0x00, 0x80, 0x66, 0x43));
        // 0.1f = 0x3DCCCCCD is 0.100000001490116...; the value is the float's shortest decimal form, 0.1
        assertEquals(new BigDecimal("0.1"), decode(p("float32", null, null), 0x3D, 0xCC, 0xCC, 0xCD));
        // -2.0 = 0xC0000000
        assertEquals(new BigDecimal("-2.0"), decode(p("float32", null, null), 0xC0, 0x00, 0x00, 0x00));
    }

    @Test
    public void floatThatIsNotANumberHasNoValue() {
        assertNull(decode(p("float32", null, null), 0x7F, 0xC0, 0x00, 0x00)); // NaN
        assertNull(decode(p("float32", null, null), 0x7F, 0x80, 0x00, 0x00)); // +infinity
        assertNull(decode(p("float64", null, null), 0xFF, 0xF0, 0, 0, 0, 0, 0, 0)); // -infinity
    }

    @Test
    public void sixtyFourBitTypes() {
        assertEquals(new BigDecimal("-2"), decode(p("int64", null, null), 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFE));
        // word little: the least significant register (FF FE) first
        assertEquals(new BigDecimal("-2"), decode(p("int64", "little", null), 0xFF, 0xFE, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF));
        assertEquals(new BigDecimal("18446744073709551615"),
                decode(p("uint64", null, null), 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF));
        // 1.5 = 0x3FF8000000000000
        assertEquals(new BigDecimal("1.5"), decode(p("float64", null, null), 0x3F, 0xF8, 0, 0, 0, 0, 0, 0));
        assertEquals(new BigDecimal("1.5"), decode(p("float64", "little", null), 0, 0, 0, 0, 0, 0, 0x3F, 0xF8));
    }

    @Test
    public void scaleAndOffsetAreExactDecimalArithmetic() {
        // 2301 (0x08FD) x 0.1 = 230.1
        assertEquals(new BigDecimal("230.1"), decode(p("int16", null, null).withScale(new BigDecimal("0.1")), 0x08, 0xFD));
        // 655 (0x028F) x 0.1 - 40 = 25.5
        assertEquals(new BigDecimal("25.5"), decode(Profiles.scaled(p("uint16", null, null), "0.1", "-40"), 0x02, 0x8F));
        // 1234567 (0x0012D687) x 0.01 = 12345.67 kWh
        assertEquals(new BigDecimal("12345.67"),
                decode(p("uint32", null, null).withScale(new BigDecimal("0.01")), 0x00, 0x12, 0xD6, 0x87));
    }

    @Test
    public void aPointIsFoundAtItsOffsetInsideItsBlock() {
        // A block of 3 registers from address 10; the point at 11 is the second register
        Point point = Point.of(0, holding("v", 11, "uint16"), 1);
        Block block = new Block(1, 3, 10, 3, List.of(point));
        assertEquals(new BigDecimal("4660"), ValueDecoder.decode(point, block,
                new byte[] { 0, 1, 0x12, 0x34, 0, 2 }));
    }

    @Test
    public void bitsAreTakenLowestAddressInTheLowestBit() {
        // coils 0..9 -> bytes 0b0000_0101, 0b0000_0010: coil 0 = 1, coil 1 = 0, coil 2 = 1, coil 9 = 1
        byte[] data = { 0b0000_0101, 0b0000_0010 };
        int[] expected = { 1, 0, 1, 0, 0, 0, 0, 0, 0, 1 };
        for (int address = 0; address < expected.length; address++) {
            Point point = Point.of(0, Profiles.bit("c", 1, address), 1);
            Block block = new Block(1, 1, 0, 10, List.of(point));
            assertEquals("coil " + address, BigDecimal.valueOf(expected[address]), ValueDecoder.decode(point, block, data));
        }
    }
}
