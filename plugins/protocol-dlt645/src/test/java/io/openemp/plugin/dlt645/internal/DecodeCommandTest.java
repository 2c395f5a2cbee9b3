package io.openemp.plugin.dlt645.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.Test;

import io.openemp.plugin.dlt645.api.FrameAnalysis;

/** {@code emp:dlt645-decode}: the table a field engineer reads. */
public class DecodeCommandTest {

    private final Dlt645Component component = new Dlt645Component();

    private String run(String hex, boolean format) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new DecodeCommand(component).execute(hex, new PrintStream(bytes, true, StandardCharsets.UTF_8), format);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    public void aReadReplyWithEveryField() {
        // Phase A voltage 220.1 V from meter 123456789012 (see KnownFramesTest), with two wake-up bytes.
        String out = run("FE FE 68 12 90 78 56 34 12 68 91 06 33 34 34 35 34 55 76 16", true);
        assertTrue(out, out.startsWith("Read reply from meter 123456789012: 02010100 (voltage, phase A) = 220.1 V"));
        assertTrue(out, out.contains("preamble"));
        assertTrue(out, out.contains("123456789012"));
        assertTrue(out, out.contains("meter to master, normal reply, no follow-up, function 11H: read data"));
        assertTrue(out, out.contains("02010100"));
        assertTrue(out, out.contains("220.1"));
        assertTrue(out, out.contains("Checksum: expected 76H, found 76H (correct)"));
    }

    @Test
    public void aBrokenFrameShowsTheReasonAndTheChecksums() {
        String out = run("68 12 90 78 56 34 12 68 91 06 33 34 34 35 34 55 77 16", true);
        assertTrue(out, out.startsWith("Not a valid frame: BAD_CHECKSUM at offset 16"));
        assertTrue(out, out.contains("Checksum: expected 76H, found 77H (WRONG)"));
        assertTrue(out, out.contains("Rejected: BAD_CHECKSUM at offset 16"));
        assertTrue("the fields are still shown", out.contains("220.1"));
    }

    @Test
    public void scriptsGetTabSeparatedRows() {
        String out = run("68 12 90 78 56 34 12 68 11 04 33 33 34 33 68 16", false);
        assertFalse(out.contains("Checksum:"));
        assertTrue(out, out.contains("\t"));
        assertTrue(out, out.trim().endsWith("OK"));
        String rejected = run("68 12 90 78 56 34 12 68 11 04 33 33 34 33 69 16", false);
        assertTrue(rejected, rejected.trim().endsWith("REJECTED\tBAD_CHECKSUM\t14"));
    }

    @Test
    public void textThatIsNotHexIsSaidSo() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        FrameAnalysis analysis = new DecodeCommand(component).execute("68 1G", new PrintStream(bytes, true, StandardCharsets.UTF_8), true);
        assertNull(analysis);
        assertEquals("Not hex: the hex digit at position 3 is not followed by a second digit of the same byte ('G')", bytes.toString(StandardCharsets.UTF_8).trim());
    }
}
