package io.openemp.plugin.dlt645.api;

import static io.openemp.plugin.dlt645.api.Frames.hex;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.nio.ByteBuffer;

import org.junit.Test;

/** Each reason a frame is refused for, with the offset of the offending byte, counted in the statistics. */
public class RejectionTest {

    /** A valid read request (see KnownFramesTest): 68 12 90 78 56 34 12 68 11 04 33 33 34 33 68 16. */
    private static final String READ = "68 12 90 78 56 34 12 68 11 04 33 33 34 33 68 16";

    private final Dlt645Statistics statistics = new Dlt645Statistics();
    private final Dlt645Codec codec = new Dlt645Codec(Dlt645Codec.DEFAULT_MAX_DATA_LENGTH, statistics);

    private Rejection rejected(String wire, RejectReason reason, long offset) {
        DecodeResult result = codec.decode(hex(wire));
        assertFalse("expected " + reason + " for " + wire, result.isFrame());
        assertNull(result.frame());
        assertEquals(result.rejection().toString(), reason, result.rejection().reason());
        assertEquals(result.rejection().toString(), offset, result.rejection().offset());
        assertEquals(0, result.length());
        return result.rejection();
    }

    /** The read request with the data field replaced and L and CS made right, under control code {@code c}. */
    private static String frame(int c, String data) {
        byte[] plain = hex(data);
        byte[] out = new byte[12 + plain.length];
        byte[] head = hex("68 12 90 78 56 34 12 68");
        System.arraycopy(head, 0, out, 0, 8);
        out[8] = (byte) c;
        out[9] = (byte) plain.length;
        int sum = 0;
        for (int i = 0; i < plain.length; i++) {
            out[10 + i] = (byte) (plain[i] + 0x33);
        }
        for (int i = 0; i < 10 + plain.length; i++) {
            sum += out[i];
        }
        out[10 + plain.length] = (byte) sum;
        out[11 + plain.length] = 0x16;
        return hex(out);
    }

    @Test
    public void envelopeProblems() {
        rejected("", RejectReason.TRUNCATED, 0);
        rejected("FE FE FE", RejectReason.TRUNCATED, 3);
        rejected("FE 69 12 90", RejectReason.BAD_START, 1);
        rejected("68 12 90 78 56", RejectReason.TRUNCATED, 5);
        rejected("68 12 90 78 56 34 12 67 11 04 33 33 34 33 68 16", RejectReason.BAD_SECOND_START, 7);
        rejected("68 12 9B 78 56 34 12 68 11 04 33 33 34 33 68 16", RejectReason.BAD_ADDRESS, 2);
        rejected("68 12 90 78 56 34 12 68 11 C9", RejectReason.LENGTH_OVER_LIMIT, 9);
        rejected("68 12 90 78 56 34 12 68 11 04 33 33 34", RejectReason.TRUNCATED, 13);
        rejected("68 12 90 78 56 34 12 68 11 04 33 33 34 33 68 17", RejectReason.BAD_END, 15);
        Rejection checksum = rejected("68 12 90 78 56 34 12 68 11 04 33 33 34 33 69 16", RejectReason.BAD_CHECKSUM, 14);
        assertEquals("expected 68H, found 69H", checksum.detail());
        rejected(READ + " 00", RejectReason.TRAILING_BYTES, 16);
        assertEquals(1, statistics.rejections(RejectReason.BAD_CHECKSUM));
        assertEquals(4, statistics.rejections(RejectReason.TRUNCATED));
    }

    @Test
    public void theLimitIsTheCodecs() {
        Dlt645Codec strict = new Dlt645Codec(3, new Dlt645Statistics());
        DecodeResult result = strict.decode(hex(READ));
        assertEquals(RejectReason.LENGTH_OVER_LIMIT, result.rejection().reason());
        assertEquals("L = 4, limit 3", result.rejection().detail());
        assertTrue(new Dlt645Codec(255, new Dlt645Statistics()).decode(hex(READ)).isFrame());
    }

    @Test
    public void controlCodesNoFrameMayCarry() {
        rejected(frame(0x00, ""), RejectReason.BAD_CONTROL, 8);
        rejected(frame(0x51, "00 00 01 00"), RejectReason.BAD_CONTROL, 8);
        rejected(frame(0x31, "00 00 01 00"), RejectReason.BAD_CONTROL, 8);
        rejected(frame(0x88, ""), RejectReason.BAD_CONTROL, 8);
        rejected(frame(0xB4, ""), RejectReason.BAD_CONTROL, 8);
    }

    @Test
    public void dataFieldsThatDoNotFitTheirControlCode() {
        rejected(frame(0x11, "00 00 01"), RejectReason.BAD_LAYOUT, 9);
        rejected(frame(0x91, ""), RejectReason.BAD_LAYOUT, 9);
        rejected(frame(0x12, "00 00 01 00"), RejectReason.BAD_LAYOUT, 9);
        rejected(frame(0x92, "00 00 01 00"), RejectReason.BAD_LAYOUT, 9);
        rejected(frame(0x13, "00"), RejectReason.BAD_LAYOUT, 9);
        rejected(frame(0x93, "12 90 78 56 34"), RejectReason.BAD_LAYOUT, 9);
        rejected(frame(0x14, "02 01 00 04 02 56 34 12 78 56 34"), RejectReason.BAD_LAYOUT, 9);
        rejected(frame(0x94, "00"), RejectReason.BAD_LAYOUT, 9);
        rejected(frame(0x08, "05 30 12 01 03"), RejectReason.BAD_LAYOUT, 9);
        rejected(frame(0x16, "00 00 99"), RejectReason.BAD_LAYOUT, 9);
        rejected(frame(0x96, "00"), RejectReason.BAD_LAYOUT, 9);
        rejected(frame(0xD1, ""), RejectReason.BAD_LAYOUT, 9);
    }

    @Test
    public void bcdAndTimeFields() {
        // Broadcast time: the minutes byte 6A has a nibble above 9; the date 2023-02-30 does not exist.
        rejected(frame(0x08, "05 6A 12 01 03 24"), RejectReason.BAD_BCD, 11);
        rejected(frame(0x08, "05 30 12 30 02 23"), RejectReason.BAD_TIME, 10);
        // Freeze: hour 24 is no hour; minute 5F is not BCD.
        rejected(frame(0x16, "00 24 99 99"), RejectReason.BAD_TIME, 10);
        rejected(frame(0x16, "5F 00 99 99"), RejectReason.BAD_BCD, 10);
        // Read-address reply: the address in the data must be digits.
        rejected(frame(0x93, "12 90 78 56 34 1A"), RejectReason.BAD_BCD, 15);
    }

    @Test
    public void offsetsCountFromTheGivenRangeOrPosition() {
        byte[] padded = hex("00 00 " + READ.replace("33 68 16", "33 69 16") + " 00");
        DecodeResult ranged = codec.decode(padded, 2, 16);
        assertEquals(RejectReason.BAD_CHECKSUM, ranged.rejection().reason());
        assertEquals(14, ranged.rejection().offset());

        ByteBuffer heap = ByteBuffer.wrap(padded, 2, 16).slice();
        assertEquals(14, codec.decode(heap).rejection().offset());
        assertEquals("a rejection leaves the position", 0, heap.position());

        ByteBuffer direct = ByteBuffer.allocateDirect(20);
        direct.put(hex("FE FE " + READ + " AA AA")).flip();
        DecodeResult fromDirect = codec.decode(direct);
        assertTrue(fromDirect.isFrame());
        assertEquals(2, fromDirect.preamble());
        assertEquals("the frame is consumed, the rest left", 18, direct.position());

        ByteBuffer two = ByteBuffer.wrap(hex(READ + " FE " + READ));
        assertTrue(codec.decode(two).isFrame());
        assertTrue(codec.decode(two).isFrame());
        assertFalse(two.hasRemaining());
        assertEquals(RejectReason.TRUNCATED, codec.decode(two).rejection().reason());
    }

    @Test
    public void nullAndBadRangesAreRejectionsToo() {
        assertEquals(RejectReason.TRUNCATED, codec.decode((byte[]) null).rejection().reason());
        assertEquals(RejectReason.TRUNCATED, codec.decode((ByteBuffer) null).rejection().reason());
        assertEquals(RejectReason.TRUNCATED, codec.decode(new byte[4], 3, 2).rejection().reason());
        assertEquals(RejectReason.TRUNCATED, codec.decode(new byte[4], -1, 2).rejection().reason());
    }

    @Test
    public void theMessageNamesReasonOffsetAndDetail() {
        Rejection rejection = codec.decode(hex("68 12 90 78 56 34 12 68 11 04 33 33 34 33 69 16")).rejection();
        assertEquals("BAD_CHECKSUM at offset 14: the checksum does not match: expected 68H, found 69H", rejection.message());
    }
}
