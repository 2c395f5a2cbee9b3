package io.openemp.plugin.dlt645.api;

import static io.openemp.plugin.dlt645.api.Frames.hex;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.Test;

/** The frame analyser: fields, offsets, meanings, values and verdicts. */
public class AnalyserTest {

    private final FrameAnalyser analyser = new FrameAnalyser(new Dlt645Codec(), DataCatalogue.standard());

    private static List<String> names(FrameAnalysis analysis) {
        return analysis.fields().stream().map(FrameAnalysis.Field::field).collect(Collectors.toList());
    }

    @Test
    public void aWriteRequestFieldByField() {
        FrameAnalysis analysis = analyser.analyse(hex("68 12 90 78 56 34 12 68 14 0F 35 34 33 37 35 89 67 45 AB 89 67 45 38 63 45 A6 16"));
        assertTrue(analysis.ok());
        assertEquals(List.of("68H", "A0..A5", "68H", "C", "L", "DI0..DI3", "PA P0..P2", "C0..C3", "hhmmss", "CS", "16H"), names(analysis));
        FrameAnalysis.Field password = analysis.fields().get(6);
        assertEquals(14, password.offset());
        assertEquals("35 89 67 45", password.hex());
        assertEquals("level 02, password 123456", password.value());
        assertEquals("12345678", analysis.fields().get(7).value());
        assertEquals("12:30:05", analysis.fields().get(8).value());
        assertEquals(new FrameAnalysis.Checksum("A6", "A6", true), analysis.checksum());
        FrameAnalysis.FrameInfo info = analysis.frame();
        assertEquals("write request", info.kind());
        assertEquals("MASTER_TO_METER", info.direction());
        assertEquals("04000102", info.dataId());
        assertEquals("time", info.item());
        assertEquals(15, info.dataLength());
        assertEquals("Write request to meter 123456789012: 04000102 (time) = 12:30:05", analysis.summary());
    }

    @Test
    public void anAbnormalReplyNamesItsErrorBits() {
        FrameAnalysis analysis = analyser.analyse(hex("68 12 90 78 56 34 12 68 D1 01 35 8D 16"));
        FrameAnalysis.Field error = analysis.fields().get(5);
        assertEquals("ERR", error.field());
        assertEquals("02H", error.value());
        assertTrue(error.meaning(), error.meaning().contains("no data requested"));
        assertTrue(analysis.frame().abnormal());
        assertEquals("Abnormal reply from meter 123456789012 to read data: 02H: no data requested (unknown or unsupported item)",
                analysis.summary());
    }

    @Test
    public void blockValuesAreListedOneByOne() {
        FrameAnalysis analysis = analyser.analyse(new Dlt645Codec().encode(new ReadReply(Frames.METER, DataId.parse("0202FF00"),
                Bytes.ofUnsigned(0x00, 0x50, 0x00, 0x34, 0x12, 0x80, 0x00, 0x00, 0x00), false)));
        assertEquals(3, analysis.values().size());
        FrameAnalysis.Value b = analysis.values().get(1);
        assertEquals("02020200", b.dataId());
        assertEquals("current, phase B", b.name());
        assertEquals(new BigDecimal("-1.234"), b.number());
        assertEquals("A", b.unit());
        assertEquals("801234", b.raw());
    }

    @Test
    public void anUnknownIdentifierLeavesTheValueRaw() {
        FrameAnalysis analysis = analyser.analyse(new Dlt645Codec().encode(new ReadReply(Frames.METER, DataId.parse("0E000000"),
                Bytes.ofUnsigned(1, 2), false)));
        assertTrue(analysis.ok());
        assertTrue(analysis.valueProblem(), analysis.valueProblem().startsWith("UNKNOWN_DATA_ID"));
        assertEquals("0201", analysis.fields().get(6).value());
        assertTrue(analysis.values().isEmpty());
    }

    @Test
    public void brokenFramesAreShownAsFarAsTheyGo() {
        FrameAnalysis truncated = analyser.analyse(hex("FE FE 68 12 90 78 56 34 12 68 91 06 33 34"));
        assertFalse(truncated.ok());
        assertEquals("TRUNCATED", truncated.rejection().reason());
        assertEquals(14, truncated.rejection().offset());
        assertEquals(2, truncated.preamble());
        assertNull(truncated.checksum());
        assertEquals(List.of("preamble", "68H", "A0..A5", "68H", "C", "L", "DATA"), names(truncated));
        assertTrue(truncated.fields().get(6).meaning().contains("2 of 6"));

        FrameAnalysis badStart = analyser.analyse(hex("69 12 90"));
        assertEquals("BAD_START", badStart.rejection().reason());
        assertEquals(1, badStart.fields().size());

        FrameAnalysis badAddress = analyser.analyse(hex("68 12 9B 78 56 34 12 68 11 04 33 33 34 33 73 16"));
        assertEquals("BAD_ADDRESS", badAddress.rejection().reason());
        assertEquals("the digits as written, A5 first", "123456789B12", badAddress.fields().get(1).value());
    }

    @Test
    public void bytesAfterTheFrameAreCounted() {
        FrameAnalysis analysis = analyser.analyse(hex("68 12 90 78 56 34 12 68 11 04 33 33 34 33 68 16 FE FE 68"));
        assertTrue(analysis.ok());
        assertEquals(3, analysis.trailingBytes());
        assertTrue(analysis.summary().endsWith("(3 more bytes follow the frame)"));
    }

    @Test
    public void aDlt645Of1997FrameIsRecognisedForWhatItIs() {
        // The 1997 edition's read (C = 01H, 2-byte identifier B611H): the envelope is the same, the function is not 2007's.
        FrameAnalysis analysis = analyser.analyse(new Dlt645Codec().encode(new OtherFrame(Frames.METER, ControlCode.of(0x01),
                Bytes.ofUnsigned(0x11, 0xB6))));
        assertTrue(analysis.fields().get(3).meaning(), analysis.fields().get(3).meaning().contains("1997 edition"));
    }
}
