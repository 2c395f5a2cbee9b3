package io.openemp.plugin.gdw376.api;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.Arrays;

import org.junit.Test;

/** Every rejection reason, with the offset of the byte at fault, counted by reason in the statistics. */
public class RejectionsTest {

    private final Gdw376Codec codec = new Gdw376Codec();
    private final byte[] login = Samples.get("login"); // 68 32 00 32 00 68 c9 71 01 22 08 00 02 78 00 00 01 00 e0 16

    private Rejection rejection(Gdw376Codec with, byte[] bytes) {
        DecodeResult result = with.decode(bytes);
        assertFalse(Hex.format(bytes) + " was accepted", result.ok());
        return ((DecodeResult.Rejected) result).rejection();
    }

    private void rejects(byte[] bytes, RejectReason reason, int offset) {
        Rejection r = rejection(codec, bytes);
        assertEquals(r.toString(), reason, r.reason());
        assertEquals(r.toString(), offset, r.offset());
    }

    private byte[] login(int index, int value) {
        byte[] copy = login.clone();
        copy[index] = (byte) value;
        return copy;
    }

    @Test
    public void theEnvelopeIsCheckedInOrder() {
        rejects(login(0, 0x69), RejectReason.BAD_START, 0);
        rejects(Arrays.copyOf(login, 4), RejectReason.TRUNCATED, 4);
        rejects(login(3, 0x36), RejectReason.LENGTH_MISMATCH, 3);
        rejects(login(5, 0x67), RejectReason.BAD_SECOND_START, 5);
        byte[] protocol0 = login.clone();
        protocol0[1] = 0x30;
        protocol0[3] = 0x30;
        rejects(protocol0, RejectReason.PROTOCOL_ID, 1);
        byte[] protocol3 = login.clone();
        protocol3[1] = 0x33;
        protocol3[3] = 0x33;
        rejects(protocol3, RejectReason.PROTOCOL_ID, 1);
        byte[] tooShort = Frames.withEnvelope(Hex.parse("c9 71 01 22 08 00 02"));
        rejects(tooShort, RejectReason.TOO_SHORT, 1);
        rejects(Arrays.copyOf(login, 19), RejectReason.TRUNCATED, 19);
        rejects(login(18, 0xe1), RejectReason.CHECKSUM, 18);
        rejects(login(19, 0x17), RejectReason.BAD_END, 19);
        byte[] extra = Arrays.copyOf(login, 22);
        rejects(extra, RejectReason.EXTRA_BYTES, 20);
        rejects(new byte[0], RejectReason.TRUNCATED, 0);
    }

    @Test
    public void theFrameLimitIsCheckedBeforeAnyByteBeyondTheHeader() {
        Gdw376Codec radio = new Gdw376Codec(CodecOptions.defaults().withMaxFrameLength(263));
        byte[] header = {0x68, (byte) 0xfe, (byte) 0xff, (byte) 0xfe, (byte) 0xff, 0x68};
        Rejection r = rejection(radio, header);
        assertEquals(RejectReason.OVER_LIMIT, r.reason());
        assertEquals(1, r.offset());
        byte[] big = Frames.withEnvelope(new byte[300]);
        assertEquals(RejectReason.OVER_LIMIT, rejection(radio, big).reason());
        assertEquals("16383 bytes of user data claimed, 6 given", RejectReason.TRUNCATED, rejection(codec, header).reason());
    }

    @Test
    public void strictModeRefusesWhatLenientModeReadsWithWarnings() {
        Gdw376Codec strict = new Gdw376Codec(CodecOptions.defaults().withStrict(true));
        assertEquals(RejectReason.BAD_DATA_UNIT, rejection(strict, Samples.get("nonStandardConfirm")).reason());
        assertEquals(RejectReason.BAD_DATA_UNIT, rejection(strict, Samples.get("separateConfirm")).reason());
        assertEquals(RejectReason.BAD_DATA_UNIT, rejection(strict, Samples.get("rafn12f167")).reason());
        Rejection mismatch = rejection(strict, Samples.get("rafn12f168"));
        assertEquals(RejectReason.LAYOUT_MISMATCH, mismatch.reason());
        assertEquals("the byte after the absent tariff count", 24, mismatch.offset());
        // AFN 0C F100 upward has no layout
        byte[] unknown = Frames.withEnvelope(Hex.parse("88 71 01 22 08 02 0c 60 01 01 08 0c 01 02 03"));
        Rejection noLayout = rejection(strict, unknown);
        assertEquals(RejectReason.UNKNOWN_FN_LAYOUT, noLayout.reason());
        assertEquals(18, noLayout.offset());
        DecodeResult.Decoded lenient = (DecodeResult.Decoded) codec.decode(unknown);
        FnData raw = lenient.frame().items().get(0).data();
        assertEquals(BodyStatus.RAW, raw.status());
        assertEquals("01 02 03", Hex.format(raw.rest()));
    }

    @Test
    public void rejectionsAreCountedByReasonAndTheLastOnesKept() {
        Gdw376Codec counted = new Gdw376Codec();
        counted.decode(login);
        counted.decode(login(18, 0));
        counted.decode(login(18, 1));
        counted.decode(login(0, 0));
        DecodeStatistics stats = counted.statistics();
        assertEquals(1, stats.decodedCount());
        assertEquals(3, stats.rejectedCount());
        assertEquals(2, stats.rejectedCount(RejectReason.CHECKSUM));
        assertEquals(1, stats.rejectedCount(RejectReason.BAD_START));
        assertEquals(RejectReason.values().length, stats.byReason().size());
        assertEquals(3, stats.recent().size());
        DecodeStatistics.Recent last = stats.recent().get(2);
        assertEquals(RejectReason.BAD_START, last.reason());
        assertTrue(last.hex(), last.hex().startsWith("00 32 00 32 00 68"));
    }
}
