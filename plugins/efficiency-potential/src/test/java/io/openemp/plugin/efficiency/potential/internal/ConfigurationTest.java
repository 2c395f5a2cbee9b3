package io.openemp.plugin.efficiency.potential.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.junit.Test;

/** The shipped .cfg file, the metatype defaults and the built-in defaults agree; wrong values are refused. */
public class ConfigurationTest {

    @Test
    public void theShippedFileTheMetatypeAndTheDefaultsAgree() throws Exception {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(Path.of("etc/" + PotentialComponent.PID + ".cfg"))) {
            p.load(r);
        }
        TreeSettings d = TreeSettings.DEFAULTS;
        assertEquals(d.maxDepth(), Integer.parseInt(p.getProperty("maxDepth")));
        assertEquals(d.minChildWeight(), Float.parseFloat(p.getProperty("minChildWeight")), 0);
        assertEquals(d.folds(), Integer.parseInt(p.getProperty("folds")));
        assertEquals(d.seed(), Long.parseLong(p.getProperty("seed")));
        assertEquals(d.minCases(), Integer.parseInt(p.getProperty("minCases")));
        assertTrue(Boolean.parseBoolean(p.getProperty("loadStarterSet")));

        assertEquals(d.maxDepth(), PotentialConfig.class.getMethod("maxDepth").getDefaultValue());
        assertEquals(d.minChildWeight(), PotentialConfig.class.getMethod("minChildWeight").getDefaultValue());
        assertEquals(d.folds(), PotentialConfig.class.getMethod("folds").getDefaultValue());
        assertEquals(d.seed(), PotentialConfig.class.getMethod("seed").getDefaultValue());
        assertEquals(d.minCases(), PotentialConfig.class.getMethod("minCases").getDefaultValue());
        assertEquals(Boolean.TRUE, PotentialConfig.class.getMethod("loadStarterSet").getDefaultValue());
    }

    @Test
    public void wrongValuesAreRefused() {
        refused(() -> new TreeSettings(0, 5f, 5, 1, 20), "maxDepth");
        refused(() -> new TreeSettings(5, 0f, 5, 1, 20), "minChildWeight");
        refused(() -> new TreeSettings(5, 5f, 1, 1, 20), "folds");
        refused(() -> new TreeSettings(5, 5f, 10, 1, 5), "minCases");
    }

    private static void refused(Runnable r, String name) {
        try {
            r.run();
            fail(name);
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage(), e.getMessage().startsWith(name));
        }
    }
}
