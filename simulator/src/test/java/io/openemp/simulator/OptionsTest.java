package io.openemp.simulator;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.function.UnaryOperator;

import org.junit.Test;

import io.openemp.simulator.internal.Main;
import picocli.CommandLine;

/** Option checks name the option at fault; the command line maps onto the options. */
public class OptionsTest {

    static String problem(UnaryOperator<FleetOptions.Builder> change) {
        return assertThrows(IllegalArgumentException.class, () -> change.apply(FleetOptions.builder()).build()).getMessage();
    }

    @Test
    public void badOptionsAreRefusedByName() {
        assertTrue(problem(b -> b.terminals(0)).startsWith("terminals "));
        assertTrue(problem(b -> b.firstTerminal(65000).terminals(1000)).contains("65535"));
        assertTrue(problem(b -> b.areaCode("01A1")).startsWith("areaCode "));
        assertTrue(problem(b -> b.areaCode(null)).startsWith("areaCode "));
        assertTrue(problem(b -> b.meters(1000)).startsWith("meters "));
        assertTrue(problem(b -> b.drop(1.5)).startsWith("drop "));
        assertTrue(problem(b -> b.drop(Double.NaN)).startsWith("drop "));
        assertTrue(problem(b -> b.badChecksum(-0.1)).startsWith("badChecksum "));
        assertTrue(problem(b -> b.truncated(2)).startsWith("truncated "));
        assertTrue(problem(b -> b.delay(Duration.ofMillis(500), Duration.ofMillis(100))).startsWith("delayMax "));
        assertTrue(problem(b -> b.heartbeat(Duration.ZERO)).startsWith("heartbeat "));
        assertTrue(problem(b -> b.master("", 9100)).startsWith("host "));
        assertTrue(problem(b -> b.master("127.0.0.1", 70000)).startsWith("port "));
        assertTrue(problem(b -> b.reportInterval(Duration.ofSeconds(-1))).startsWith("reportInterval "));
        assertTrue(problem(b -> b.maxReplyBytes(10)).startsWith("maxReplyBytes "));
    }

    static FleetOptions parse(String... args) {
        Main main = new Main(System.out, new java.io.ByteArrayInputStream(new byte[0]));
        new CommandLine(main).parseArgs(args);
        return main.options();
    }

    @Test
    public void theCommandLine() {
        FleetOptions o = parse("--master", "10.0.0.5:9200", "--terminals", "1000", "--meters", "8", "--seed", "4",
                "--drop", "0.01", "--delay", "100-250", "--truncate", "0.02", "--bad-checksum", "0.03", "--report", "900",
                "--storm-every", "600", "--storm-at", "30", "--zone", "Asia/Shanghai");
        assertEquals("10.0.0.5", o.host());
        assertEquals(9200, o.port());
        assertEquals(1000, o.terminals());
        assertEquals(8, o.meters());
        assertEquals(4, o.seed());
        assertEquals(0.01, o.drop(), 0);
        assertEquals(Duration.ofMillis(100), o.delayMin());
        assertEquals(Duration.ofMillis(250), o.delayMax());
        assertEquals(Duration.ofMinutes(15), o.reportInterval());
        assertEquals(Duration.ofMinutes(10), o.stormEvery());
        assertEquals(Duration.ofSeconds(30), o.stormAt());
        assertEquals("Asia/Shanghai", o.zone().getId());
    }

    @Test
    public void badCommandLinesNameTheOption() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> parse("--master", "nohost")).getMessage().startsWith("--master"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> parse("--master", "h:x")).getMessage().startsWith("--master"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> parse("--delay", "5-1")).getMessage().startsWith("--delay"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> parse("--zone", "Mars/Base")).getMessage().startsWith("--zone"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> parse("--heartbeat", "-3")).getMessage().startsWith("--heartbeat"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> parse("--meters", "0")).getMessage().startsWith("meters"));
    }

    @Test
    public void theCommandRunsAFleetAndPrintsItsCounters() throws Exception {
        try (TestMaster master = new TestMaster()) {
            java.io.ByteArrayOutputStream text = new java.io.ByteArrayOutputStream();
            int code = new CommandLine(new Main(new java.io.PrintStream(text, true, "UTF-8"), new java.io.ByteArrayInputStream(new byte[0]))).execute("--master",
                    "127.0.0.1:" + master.port(), "--terminals", "3", "--meters", "2", "--heartbeat", "0.2",
                    "--ramp-up", "0", "--duration", "1.2", "--print-every", "0.5");
            assertEquals(0, code);
            String out = text.toString("UTF-8");
            assertTrue(out, out.contains("3 terminals x 2 meters"));
            assertTrue(out, out.contains("logins_confirmed=3"));
            assertTrue(out, out.contains("heartbeats_confirmed="));
            assertEquals(3, master.logins.get());
        }
    }

    @Test
    public void aBadOptionEndsTheCommandWithCode2() {
        assertEquals(2, new CommandLine(new Main(System.out, new java.io.ByteArrayInputStream(new byte[0]))).execute("--drop", "7"));
    }
}
