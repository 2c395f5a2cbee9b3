package io.openemp.plugin.dlt645.api;

import static io.openemp.plugin.dlt645.api.Frames.METER;
import static io.openemp.plugin.dlt645.api.Frames.hex;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.EnumSet;

import org.junit.Test;

/**
 * Frames built by hand from the layouts of DL/T 645-2007, byte by byte, then checked both ways: the codec decodes
 * them to the records they stand for and encodes the records to exactly these bytes.
 *
 * <p>Common parts. Meter 123456789012 is sent A0..A5 = 12 90 78 56 34 12 (low byte first). Every data byte goes
 * on the wire with 33H added. The checksum is the sum modulo 256 of all bytes from the first 68H to the last data
 * byte; the header 68 12 90 78 56 34 12 68 sums to 68+12+90+78+56+34+12+68 = 286H.
 */
public class KnownFramesTest {

    private final Dlt645Codec codec = new Dlt645Codec();
    private final DataCatalogue catalogue = DataCatalogue.standard();

    private Dlt645Frame bothWays(String wire, Dlt645Frame expected) {
        DecodeResult result = codec.decode(hex(wire));
        assertTrue(String.valueOf(result.rejection()), result.isFrame());
        assertEquals(expected, result.frame());
        assertEquals(wire, hex(codec.encode(expected)));
        return result.frame();
    }

    @Test
    public void readRequestForForwardActiveTotalEnergy() {
        // C = 11H (read), L = 04H, DI3..DI0 = 00 01 00 00 sent DI0 first: 00 00 01 00 -> +33H: 33 33 34 33.
        // CS = 286 + 11 + 04 + (33+33+34+33 = CD) = 368H -> 68.
        bothWays("68 12 90 78 56 34 12 68 11 04 33 33 34 33 68 16",
                Dlt645Requests.read(METER, DataId.parse("00010000")));
    }

    @Test
    public void readReplyWithForwardActiveEnergy() {
        // C = 91H (reply, normal, no follow-up), L = 08H: DI 33 33 34 33, then 1234.56 kWh as XXXXXX.XX:
        // digits 00123456 -> bytes low first 56 34 12 00 -> +33H: 89 67 45 33.
        // CS = 286 + 91 + 08 + CD + (89+67+45+33 = 168) = 554H -> 54.
        ReadReply reply = (ReadReply) bothWays("68 12 90 78 56 34 12 68 91 08 33 33 34 33 89 67 45 33 54 16",
                new ReadReply(METER, DataId.parse("00010000"), Bytes.ofUnsigned(0x56, 0x34, 0x12, 0x00), false));
        FieldValue energy = catalogue.decode(reply.dataId(), reply.value()).values().get(0);
        assertEquals(new BigDecimal("1234.56"), energy.number());
        assertEquals("kWh", energy.unit());
        assertEquals("forward active energy, total, current", energy.name());
    }

    @Test
    public void voltageOfPhaseA() {
        // DI 02 01 01 00 -> 00 01 01 02 -> +33H: 33 34 34 35; 220.1 V as XXX.X: digits 2201 -> 01 22 -> 34 55.
        // L = 06H. CS = 286 + 91 + 06 + (33+34+34+35 = D0) + (34+55 = 89) = 476H -> 76.
        ReadReply reply = (ReadReply) bothWays("68 12 90 78 56 34 12 68 91 06 33 34 34 35 34 55 76 16",
                new ReadReply(METER, DataId.parse("02010100"), Bytes.ofUnsigned(0x01, 0x22), false));
        assertEquals(new BigDecimal("220.1"), catalogue.decode(reply.dataId(), reply.value()).values().get(0).number());
    }

    @Test
    public void negativeCurrentOfPhaseB() {
        // DI 02 02 02 00 -> 00 02 02 02 -> 33 35 35 35. -1.234 A as signed XXX.XXX: magnitude 001234 -> 34 12 00,
        // sign in the top bit of the most significant (last) byte: 34 12 80 -> +33H: 67 45 B3. L = 07H.
        // CS = 286 + 91 + 07 + (33+35+35+35 = D2) + (67+45+B3 = 15F) = 54FH -> 4F.
        ReadReply reply = (ReadReply) bothWays("68 12 90 78 56 34 12 68 91 07 33 35 35 35 67 45 B3 4F 16",
                new ReadReply(METER, DataId.parse("02020200"), Bytes.ofUnsigned(0x34, 0x12, 0x80), false));
        FieldValue current = catalogue.decode(reply.dataId(), reply.value()).values().get(0);
        assertEquals(new BigDecimal("-1.234"), current.number());
        assertEquals("801234", current.raw());
    }

    @Test
    public void abnormalReplyToARead() {
        // C = D1H: D7 = 1 (reply), D6 = 1 (abnormal), function 11H. L = 01H, ERR = 02H (bit 1: no data) -> 35.
        // CS = 286 + D1 + 01 + 35 = 38DH -> 8D.
        AbnormalReply reply = (AbnormalReply) bothWays("68 12 90 78 56 34 12 68 D1 01 35 8D 16",
                AbnormalReply.of(METER, Function.READ, ErrorFlags.of(ErrorBit.NO_DATA)));
        assertTrue(reply.control().abnormal());
        assertEquals(Direction.METER_TO_MASTER, reply.control().direction());
        assertEquals(EnumSet.of(ErrorBit.NO_DATA), reply.error().bits());
    }

    @Test
    public void writeTheTimeWithPasswordAndOperator() {
        // C = 14H. Data: DI 04 00 01 02 -> 02 01 00 04 -> 35 34 33 37; PA = 02, password 123456 -> P0..P2 = 56 34 12,
        // together 02 56 34 12 -> 35 89 67 45; operator 12345678 -> C0..C3 = 78 56 34 12 -> AB 89 67 45;
        // 12:30:05 as hhmmss -> ss mm hh = 05 30 12 -> 38 63 45. L = 4 + 4 + 4 + 3 = 15 = 0FH.
        // CS = 286 + 14 + 0F + D3 + 16A + 1E0 + E0 = 7A6H -> A6.
        Password password = Password.of(2, "123456");
        Bytes value = catalogue.lookup(DataId.parse("04000102")).orElseThrow()
                .encode(java.util.List.of(java.time.LocalTime.of(12, 30, 5)));
        WriteRequest write = Dlt645Requests.write(METER, DataId.parse("04000102"), password, "12345678", value);
        bothWays("68 12 90 78 56 34 12 68 14 0F 35 34 33 37 35 89 67 45 AB 89 67 45 38 63 45 A6 16", write);
        assertEquals("12345678", write.operatorCode());
        assertEquals("123456", write.password().digits());
    }

    @Test
    public void broadcastTimeSync() {
        // Address 999999999999 (broadcast); header 68 + 6 x 99 + 68 = 466H. C = 08H, L = 06H,
        // 2024-03-01 12:30:05 as ss mm hh DD MM YY = 05 30 12 01 03 24 -> 38 63 45 34 36 57 (sum 1A1H).
        // CS = 466 + 08 + 06 + 1A1 = 615H -> 15.
        BroadcastTime sync = (BroadcastTime) bothWays("68 99 99 99 99 99 99 68 08 06 38 63 45 34 36 57 15 16",
                Dlt645Requests.broadcastTime(LocalDateTime.of(2024, 3, 1, 12, 30, 5)));
        assertTrue(sync.address().isBroadcast());
    }

    @Test
    public void dailyFreezeToEveryMeter() {
        // C = 16H, L = 04H, 9999hhmm at 00:00 sent mm hh DD MM = 00 00 99 99 -> 33 33 CC CC (sum 1FEH).
        // CS = 466 + 16 + 04 + 1FE = 67EH -> 7E.
        FreezeRequest freeze = (FreezeRequest) bothWays("68 99 99 99 99 99 99 68 16 04 33 33 CC CC 7E 16",
                Dlt645Requests.freeze(MeterAddress.BROADCAST, FreezeTime.daily(0, 0)));
        assertEquals("daily at 00:00", freeze.time().describe());
    }

    @Test
    public void readAddressAndItsReply() {
        // Request: wildcard AA x 6, C = 13H, L = 0: CS = 68 + 6 x AA + 68 + 13 = 4DFH -> DF.
        bothWays("68 AA AA AA AA AA AA 68 13 00 DF 16", Dlt645Requests.readAddress());
        // Reply: C = 93H, L = 06H, the address again in the data: 12 90 78 56 34 12 -> 45 C3 AB 89 67 45 (sum 2E8H).
        // CS = 286 + 93 + 06 + 2E8 = 607H -> 07.
        bothWays("68 12 90 78 56 34 12 68 93 06 45 C3 AB 89 67 45 07 16", new ReadAddressReply(METER));
    }

    @Test
    public void thePreambleIsSkippedAndCounted() {
        DecodeResult result = codec.decode(hex("FE FE FE FE 68 12 90 78 56 34 12 68 11 04 33 33 34 33 68 16"));
        assertTrue(result.isFrame());
        assertEquals(4, result.preamble());
        assertEquals(20, result.length());
        assertEquals("FE FE FE FE 68 12 90 78 56 34 12 68 11 04 33 33 34 33 68 16",
                hex(codec.encode(result.frame(), 4)));
    }

    @Test
    public void theControlCodeIsDecodedBitByBit() {
        ControlCode c = ControlCode.of(0xB2);
        assertEquals(Direction.METER_TO_MASTER, c.direction());
        assertFalse(c.abnormal());
        assertTrue(c.followUp());
        assertEquals(Function.READ_FOLLOW_UP, c.function().orElseThrow());
        assertEquals(ControlCode.of(Direction.METER_TO_MASTER, false, true, Function.READ_FOLLOW_UP), c);
        assertEquals("B2H", c.toString());
        assertTrue(ControlCode.of(0x01).function().isEmpty());
    }
}
