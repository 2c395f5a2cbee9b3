package io.openemp.plugins.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.Test;

public class VersionsTest {

    @Test
    public void ordersNumericallyWithQualifiedVersionsBeforeTheirRelease() {
        List<String> versions = new ArrayList<>(List.of("1.10.0", "1.2.0", "1.2.0-SNAPSHOT", "1.2", "0.9.9", "2.0.0.rc1", "1.2.1"));
        versions.sort(Versions.ORDER);
        assertEquals(List.of("0.9.9", "1.2.0-SNAPSHOT", "1.2.0", "1.2", "1.2.1", "1.10.0", "2.0.0.rc1"), versions);
        assertEquals(0, Versions.compare("1.2", "1.2.0"));
        assertEquals(0, Versions.compare("1.0.0-SNAPSHOT", "1.0.0.SNAPSHOT"));
        assertTrue(Versions.compare("2.0.0.rc2", "2.0.0.rc1") > 0);
    }

    @Test
    public void refusesWhatIsNotAVersion() {
        for (String bad : new String[] { "", "v1", "1..2", "1.2.3.4.5", "1.2.3-", "99999999999", "1.0.0-" + "x".repeat(80) }) {
            assertFalse(bad, Versions.valid(bad));
        }
        assertTrue(Versions.valid("0.1.0-SNAPSHOT"));
    }
}
