package io.openemp.plugin.gdw376.api;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDateTime;

import org.junit.Test;

import io.openemp.plugin.gdw376.internal.Formats;

/** The formats of appendix A, by hand-worked bytes, both ways. */
public class FormatsTest {

    private static Object decode(DataFormat format, String hex) {
        return Formats.value(format, Hex.parse(hex));
    }

    private static String encode(DataFormat format, int size, Object value) {
        byte[] out = new byte[size];
        Formats.encode(new FieldSpec.Scalar("x", "x", format, size, ""), value, out, 0);
        return Hex.format(out);
    }

    private static void both(DataFormat format, String hex, Object value) {
        assertEquals(format + " " + hex, value, decode(format, hex));
        assertEquals(format + " " + value, hex, encode(format, Hex.parse(hex).length, value));
    }

    @Test
    public void signedFormatsCarryTheSignInTheHighBit() {
        both(DataFormat.A5, "00 10", new BigDecimal("100.0"));
        both(DataFormat.A5, "56 94", new BigDecimal("-145.6"));
        both(DataFormat.A9, "34 12 00", new BigDecimal("0.1234"));
        both(DataFormat.A9, "01 00 85", new BigDecimal("-5.0001"));
        both(DataFormat.A25, "45 23 81", new BigDecimal("-12.345"));
        both(DataFormat.A25, "00 00 00", new BigDecimal("0.000"));
        both(DataFormat.A4, "99", new BigDecimal("-19"));
        both(DataFormat.A6, "99 79", new BigDecimal("79.99"));
    }

    @Test
    public void unsignedFormatsAreLowByteFirstBcd() {
        both(DataFormat.A7, "27 24", new BigDecimal("242.7"));
        both(DataFormat.A8, "34 12", new BigDecimal("1234"));
        both(DataFormat.A11, "78 56 34 12", new BigDecimal("123456.78"));
        both(DataFormat.A14, "00 01 00 00 00", new BigDecimal("0.0100"));
        both(DataFormat.A14, "99 99 99 99 99", new BigDecimal("999999.9999"));
        both(DataFormat.A13, "78 56 34 12", new BigDecimal("1234.5678"));
        both(DataFormat.A22, "25", new BigDecimal("2.5"));
        both(DataFormat.A26, "50 01", new BigDecimal("0.150"));
        both(DataFormat.A12, "01 00 00 00 34 12", "123400000001");
    }

    @Test
    public void a2CarriesItsExponentAndA3ItsThousands() {
        both(DataFormat.A2, "34 82", new BigDecimal("234")); // G = 4: x 10^0
        both(DataFormat.A2, "34 02", new BigDecimal("2.34E+6")); // G = 0: x 10^4
        both(DataFormat.A2, "34 e2", new BigDecimal("0.234")); // G = 7: x 10^-3
        both(DataFormat.A2, "05 b0", new BigDecimal("-0.5")); // G = 5, sign
        assertEquals("the value keeps its own scale: 50 x 10^-2", "50 c0", encode(DataFormat.A2, 2, new BigDecimal("0.50")));
        assertEquals("too many digits: trailing zeros dropped", "05 a0", encode(DataFormat.A2, 2, new BigDecimal("0.5000")));
        both(DataFormat.A3, "67 45 23 01", new BigDecimal("1234567"));
        both(DataFormat.A3, "67 45 23 11", new BigDecimal("-1234567"));
        both(DataFormat.A3, "02 00 00 40", new BigDecimal("2E+3")); // G = 1: x 1000
        assertEquals("too large without G takes G", "00 00 02 40", encode(DataFormat.A3, 4, new BigDecimal("20000000")));
        assertNull("reserved bit D7 set", decode(DataFormat.A3, "00 00 00 80"));
    }

    @Test
    public void timesAreBcdPartsLowestFirst() {
        both(DataFormat.A15, "47 16 28 08 18", BcdTime.of(DataFormat.A15, LocalDateTime.of(2018, 8, 28, 16, 47)));
        both(DataFormat.A20, "27 08 18", BcdTime.ofDate(java.time.LocalDate.of(2018, 8, 27)));
        both(DataFormat.A21, "07 18", BcdTime.ofMonth(java.time.YearMonth.of(2018, 7)));
        BcdTime clock = (BcdTime) decode(DataFormat.A1, "13 49 16 28 48 18");
        assertEquals("weekday 2 in D7..D5 of the month byte", 2, clock.weekday());
        assertEquals(LocalDateTime.of(2018, 8, 28, 16, 49, 13), clock.toLocalDateTime());
        assertEquals(DayOfWeek.TUESDAY, clock.toLocalDateTime().getDayOfWeek());
        assertEquals("13 49 16 28 48 18", encode(DataFormat.A1, 6, BcdTime.of(DataFormat.A1, LocalDateTime.of(2018, 8, 28, 16, 49, 13))));
        BcdTime partial = (BcdTime) decode(DataFormat.A16, "13 49 16 28");
        assertEquals("day 28 16:49:13", partial.toString());
    }

    @Test
    public void bytesThatAreNoValueDecodeToNothing() {
        assertNull("month 13", decode(DataFormat.A15, "00 00 01 13 18"));
        assertNull("30 February", decode(DataFormat.A20, "30 02 24"));
        assertNull("29 February 2023", decode(DataFormat.A20, "29 02 23"));
        assertEquals("29 February 2024", BcdTime.ofDate(java.time.LocalDate.of(2024, 2, 29)), decode(DataFormat.A20, "29 02 24"));
        assertNull("hour 24", decode(DataFormat.A15, "00 24 01 01 18"));
        assertNull("a non-BCD digit", decode(DataFormat.A14, "0a 00 00 00 00"));
        assertNull("negative zero", decode(DataFormat.A5, "00 80"));
        assertNull("negative zero", decode(DataFormat.A2, "00 90"));
        assertNull("partly EE", decode(DataFormat.A14, "00 ee ee ee ee"));
        assertNull("ASCII with a control character", decode(DataFormat.ASCII, "41 07 42 00"));
        assertEquals("ASCII with NUL padding", "AB", decode(DataFormat.ASCII, "41 42 00 00"));
    }

    @Test
    public void allEeIsAbsentInEveryFormatButCountersAndBytes() {
        FieldSpec.Scalar energy = new FieldSpec.Scalar("e", "e", DataFormat.A14, 5, "kWh");
        FieldValue value = Formats.decode("e", energy, Hex.parse("ee ee ee ee ee"), 0);
        assertEquals(ValueStatus.ABSENT, value.status());
        FieldSpec.Scalar pointer = new FieldSpec.Scalar("p", "p", DataFormat.COUNTER, 1, "");
        assertEquals(238L, Formats.decode("p", pointer, Hex.parse("ee"), 0).value());
    }

    @Test
    public void valuesThatDoNotFitAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> encode(DataFormat.A7, 2, new BigDecimal("-1")));
        assertThrows(IllegalArgumentException.class, () -> encode(DataFormat.A7, 2, new BigDecimal("1000.0")));
        assertThrows(IllegalArgumentException.class, () -> encode(DataFormat.A7, 2, new BigDecimal("1.25")));
        assertThrows(IllegalArgumentException.class, () -> encode(DataFormat.A9, 3, new BigDecimal("80")));
        assertThrows(IllegalArgumentException.class, () -> encode(DataFormat.A2, 2, new BigDecimal("1234")));
        assertThrows(IllegalArgumentException.class, () -> encode(DataFormat.BIN, 1, 256L));
        assertThrows(IllegalArgumentException.class, () -> encode(DataFormat.A15, 5, BcdTime.ofDate(java.time.LocalDate.of(2024, 1, 1))));
        assertArrayEquals(Hex.parse("2a 01"), Hex.parse(encode(DataFormat.BIN, 2, 298L)));
    }
}
