package io.openemp.bench.thrift;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class OptionsTest {

    @Test
    public void bareNeedsNoPasswordAndTakesTheDefaults() {
        Options o = Options.parse(new String[] { "--bare" });
        assertTrue(o.bare());
        assertEquals(32, o.connections());
        assertEquals(20, o.warmupSeconds());
        assertEquals(20, o.durationSeconds());
        assertEquals(3, o.runs());
        assertEquals(9090, o.port());
    }

    @Test
    public void valuesAreRead() {
        Options o = Options.parse(new String[] { "--bare", "--connections", "4", "--warmup", "0", "--duration", "2",
                "--runs", "5", "--port", "19090", "--user", "ann" });
        assertEquals(4, o.connections());
        assertEquals(0, o.warmupSeconds());
        assertEquals(2, o.durationSeconds());
        assertEquals(5, o.runs());
        assertEquals(19090, o.port());
        assertEquals("ann", o.user());
    }

    @Test(expected = IllegalArgumentException.class)
    public void aMissingPasswordVariableIsRefused() {
        Options.parse(new String[] { "--password-env", "OPENEMP_BENCH_SURELY_UNSET_VARIABLE" });
    }

    @Test(expected = IllegalArgumentException.class)
    public void zeroConnectionsAreRefused() {
        Options.parse(new String[] { "--bare", "--connections", "0" });
    }

    @Test(expected = IllegalArgumentException.class)
    public void aValuelessOptionIsRefused() {
        Options.parse(new String[] { "--bare", "--runs" });
    }
}
