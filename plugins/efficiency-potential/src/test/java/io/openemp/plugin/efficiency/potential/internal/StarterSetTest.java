package io.openemp.plugin.efficiency.potential.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.Test;

import io.openemp.plugin.efficiency.potential.api.AssessedCase;
import io.openemp.testing.TestDatabases;

/** The shipped starter set is exactly what the generator makes from the real ETT series, as the README says. */
public class StarterSetTest {

    static final Path DATA = TestDatabases.repositoryRoot().resolve("../shared/data").normalize();

    @Test
    public void theShippedFileIsWhatTheGeneratorMakesFromTheEttSeries() throws Exception {
        assertTrue("the ETT series are needed: " + DATA, Files.isDirectory(DATA.resolve("ettdataset")));
        String made = StarterSetGenerator.csv(StarterSetGenerator.profiles(DATA));
        String shipped = Files.readString(Path.of("src/main/resources/" + StarterSet.RESOURCE), StandardCharsets.UTF_8);
        assertEquals("regenerate with StarterSetGenerator.main", made, shipped);
    }

    @Test
    public void theStarterSetHasAFewHundredCasesInThreeClasses() throws Exception {
        List<AssessedCase> cases = StarterSet.load();
        Map<String, Integer> counts = new TreeMap<>();
        cases.forEach(c -> counts.merge(c.potential(), 1, Integer::sum));
        assertEquals(385, cases.size());
        assertEquals(Map.of("HIGH", 128, "LOW", 146, "MEDIUM", 111), counts);
        assertTrue(cases.stream().allMatch(c -> "starter".equals(c.source())));
    }
}
