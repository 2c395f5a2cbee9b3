package io.openemp.plugin.dlt645.api;

import static io.openemp.plugin.dlt645.api.Frames.METER;
import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.Test;

/** Every layout and control code both ways: record -> bytes -> equal record, and bytes -> record -> same bytes. */
public class RoundTripTest {

    private final Dlt645Codec codec = new Dlt645Codec();

    private void roundTrip(Dlt645Frame frame) {
        for (int preamble : new int[] { 0, 1, 4 }) {
            byte[] bytes = codec.encode(frame, preamble);
            DecodeResult result = codec.decode(bytes);
            assertTrue(frame + ": " + result.rejection(), result.isFrame());
            assertEquals(frame, result.frame());
            assertEquals(frame.control(), result.frame().control());
            assertEquals(preamble, result.preamble());
            assertEquals(bytes.length, result.length());
            assertArrayEquals(bytes, codec.encode(result.frame(), preamble));
            assertEquals(frame.data().length(), bytes[preamble + 9] & 0xFF);
        }
    }

    private static List<Dlt645Frame> everyLayout() {
        DataId energy = DataId.parse("00010000");
        DataId block = DataId.parse("0201FF00");
        List<Dlt645Frame> frames = new ArrayList<>();
        frames.add(Dlt645Requests.read(METER, energy));
        frames.add(Dlt645Requests.readLoadProfile(METER, DataId.parse("06000001"), 1));
        frames.add(Dlt645Requests.readLoadProfile(METER, DataId.parse("06000001"), 12, LocalDateTime.of(2024, 2, 29, 23, 45)));
        frames.add(new ReadRequest(METER, energy, Bytes.ofUnsigned(1, 2, 3)));
        frames.add(new ReadReply(METER, energy, Bytes.ofUnsigned(0x00, 0x00, 0x00, 0x00), false));
        frames.add(new ReadReply(METER, block, Bytes.ofUnsigned(0x01, 0x22, 0x02, 0x22, 0x03, 0x22), true));
        frames.add(new ReadReply(METER, energy, Bytes.EMPTY, false));
        frames.add(Dlt645Requests.readFollowUp(METER, block, 0));
        frames.add(Dlt645Requests.readFollowUp(METER, block, 255));
        frames.add(new ReadFollowUpReply(METER, block, Bytes.ofUnsigned(0x01, 0x22), 1, true));
        frames.add(new ReadFollowUpReply(METER, block, Bytes.EMPTY, 2, false));
        frames.add(Dlt645Requests.readAddress());
        frames.add(new ReadAddressRequest(MeterAddress.parse("AAAAAA001234")));
        frames.add(new ReadAddressReply(METER));
        frames.add(new ReadAddressReply(MeterAddress.WILDCARD, METER));
        frames.add(Dlt645Requests.write(METER, DataId.parse("04000101"), Password.of(4, "000000"), "FFFFFFFF", Bytes.ofUnsigned(5, 1, 3, 0x24)));
        frames.add(new WriteRequest(METER, DataId.parse("04000102"), new Password(2, 0xABCDEF), 0, Bytes.EMPTY));
        frames.add(new WriteReply(METER));
        frames.add(Dlt645Requests.broadcastTime(LocalDateTime.of(2099, 12, 31, 23, 59, 59)));
        frames.add(new BroadcastTime(METER, LocalDateTime.of(2000, 1, 1, 0, 0)));
        frames.add(Dlt645Requests.freeze(METER, FreezeTime.instant()));
        frames.add(Dlt645Requests.freeze(METER, FreezeTime.hourly(15)));
        frames.add(Dlt645Requests.freeze(METER, FreezeTime.monthly(1, 0, 0)));
        frames.add(Dlt645Requests.freeze(MeterAddress.BROADCAST, new FreezeTime(12, 31, 23, 59)));
        frames.add(new FreezeReply(METER));
        for (Function function : Function.values()) {
            if (function == Function.BROADCAST_TIME) {
                continue; // meters do not reply to it
            }
            frames.add(AbnormalReply.of(METER, function, ErrorFlags.of(ErrorBit.UNAUTHORISED, ErrorBit.OTHER)));
        }
        frames.add(new AbnormalReply(METER, ControlCode.of(0xF1), Bytes.ofUnsigned(0xFF, 0x00)));
        // Functions without a record: write address, change rate and password, clears, control, security.
        frames.add(new OtherFrame(METER, ControlCode.request(Function.WRITE_ADDRESS), METER.bytes()));
        frames.add(new OtherFrame(METER, ControlCode.reply(Function.WRITE_ADDRESS, false), Bytes.EMPTY));
        frames.add(new OtherFrame(METER, ControlCode.request(Function.CHANGE_BAUD_RATE), Bytes.ofUnsigned(0x08)));
        frames.add(new OtherFrame(METER, ControlCode.reply(Function.CHANGE_BAUD_RATE, false), Bytes.ofUnsigned(0x08)));
        frames.add(new OtherFrame(METER, ControlCode.request(Function.CHANGE_PASSWORD), Bytes.ofUnsigned(new int[12])));
        frames.add(new OtherFrame(METER, ControlCode.request(Function.CLEAR_MAXIMUM_DEMAND), Bytes.ofUnsigned(new int[8])));
        frames.add(new OtherFrame(METER, ControlCode.request(Function.CLEAR_METER), Bytes.ofUnsigned(new int[8])));
        frames.add(new OtherFrame(METER, ControlCode.request(Function.CLEAR_EVENTS), Bytes.ofUnsigned(new int[12])));
        frames.add(new OtherFrame(METER, ControlCode.request(Function.CONTROL), Bytes.ofUnsigned(new int[16])));
        frames.add(new OtherFrame(METER, ControlCode.request(Function.SECURITY_AUTHENTICATION), Bytes.ofUnsigned(new int[32])));
        frames.add(new OtherFrame(METER, ControlCode.of(0x01), Bytes.ofUnsigned(0x10, 0x90)));
        frames.add(new OtherFrame(METER, ControlCode.of(0xBC), Bytes.EMPTY));
        return frames;
    }

    @Test
    public void everyLayoutAndControlCode() {
        for (Dlt645Frame frame : everyLayout()) {
            roundTrip(frame);
        }
    }

    @Test
    public void valuesOfEveryFamilyInReplies() {
        DataCatalogue catalogue = DataCatalogue.standard();
        Object[][] cases = {
                { "00000000", List.of(new java.math.BigDecimal("-799999.99")) },
                { "00000100", List.of(new java.math.BigDecimal("123.45")) },
                { "0001FF00", List.of(new java.math.BigDecimal("10.00"), new java.math.BigDecimal("4.00"),
                        new java.math.BigDecimal("6.00")) },
                { "00020003", List.of(new java.math.BigDecimal("999999.99")) },
                { "00030000", List.of(new java.math.BigDecimal("-0.01")) },
                { "00080401", List.of(new java.math.BigDecimal("5")) },
                { "000A0000", List.of(new java.math.BigDecimal("1")) },
                { "01010000", List.of(new java.math.BigDecimal("12.3456"), LocalDateTime.of(2024, 1, 31, 8, 15)) },
                { "01030100", List.of(new java.math.BigDecimal("-1.5"), LocalDateTime.of(2023, 7, 1, 0, 0)) },
                { "02010300", List.of(new java.math.BigDecimal("230.0")) },
                { "0202FF00", List.of(new java.math.BigDecimal("1.000"), new java.math.BigDecimal("-2.5"), new java.math.BigDecimal("0")) },
                { "02030000", List.of(new java.math.BigDecimal("-79.9999")) },
                { "0204FF00", List.of(1, 2, -3, 4) },
                { "02050200", List.of(new java.math.BigDecimal("0.5")) },
                { "02060000", List.of(new java.math.BigDecimal("-0.998")) },
                { "02800002", List.of(new java.math.BigDecimal("49.98")) },
                { "02800007", List.of(new java.math.BigDecimal("-12.5")) },
                { "04000101", List.of(java.time.LocalDate.of(2024, 3, 1)) },
                { "04000401", List.of("123456789012") },
                { "05060001", List.of(LocalDateTime.of(2024, 3, 1, 0, 0)) },
                { "05060101", List.of(1, 2, 3, 4, 5) },
                { "05060310", List.of(-1, 2) },
                { "05061001", List.of(1, 2, 3, 4, -5, 6, 7, 8) },
        };
        for (Object[] c : cases) {
            DataId id = DataId.parse((String) c[0]);
            DataItem item = catalogue.lookup(id).orElseThrow(() -> new AssertionError("unknown " + c[0]));
            Bytes value = item.encode((List<?>) c[1]);
            ReadReply reply = new ReadReply(METER, id, value, false);
            roundTrip(reply);
            ReadReply decoded = (ReadReply) codec.decode(codec.encode(reply)).frame();
            ValueDecoding values = catalogue.decode(id, decoded.value());
            assertTrue(c[0] + ": " + values.rejection(), values.ok());
            assertEquals(value, item.encode(values.values()));
            List<?> expected = (List<?>) c[1];
            for (int i = 0; i < expected.size(); i++) {
                FieldValue field = values.values().get(i);
                Object e = expected.get(i);
                if (e instanceof Number n) {
                    assertEquals(c[0] + " field " + i, 0, new java.math.BigDecimal(n.toString()).compareTo(field.number()));
                    assertEquals(field.format().decimals(), field.number().scale());
                } else if (e instanceof String s) {
                    assertEquals(s, field.text());
                } else {
                    assertEquals(e, field.time());
                }
            }
        }
    }

    @Test
    public void encodingRefusesWhatCannotBeSent() {
        Dlt645Codec small = new Dlt645Codec(10, new Dlt645Statistics());
        try {
            small.encode(new ReadReply(METER, DataId.parse("00010000"), Bytes.ofUnsigned(new int[7]), false));
            fail("L = 11 is above the limit 10");
        } catch (IllegalArgumentException expected) {
            assertTrue(expected.getMessage().contains("limit 10"));
        }
        try {
            new OtherFrame(METER, ControlCode.of(0x11), Bytes.EMPTY);
            fail("11H has a record of its own");
        } catch (IllegalArgumentException expected) {
            assertTrue(expected.getMessage().contains("record of its own"));
        }
        try {
            new OtherFrame(METER, ControlCode.of(0x51), Bytes.EMPTY);
            fail("a command cannot carry D6");
        } catch (IllegalArgumentException expected) {
            assertTrue(expected.getMessage().contains("D6"));
        }
        try {
            new BroadcastTime(LocalDateTime.of(1999, 12, 31, 23, 59));
            fail("two year digits: 2000..2099");
        } catch (IllegalArgumentException expected) {
            assertTrue(expected.getMessage().contains("2000..2099"));
        }
    }
}
