package io.openemp.plugin.efficiency.grid.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import java.io.Reader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.junit.Test;

/** The shipped .cfg file, the metatype defaults and the built-in defaults agree; wrong values are refused. */
public class ConfigurationTest {

    private static GridConfig config(double cf, int top, int bytes, int rows) {
        return new GridConfig() {
            @Override
            public Class<? extends java.lang.annotation.Annotation> annotationType() {
                return GridConfig.class;
            }

            @Override
            public double coincidenceFactor() {
                return cf;
            }

            @Override
            public int top() {
                return top;
            }

            @Override
            public int importMaxBytes() {
                return bytes;
            }

            @Override
            public int importMaxRows() {
                return rows;
            }
        };
    }

    @Test
    public void shippedFileMatchesTheDefaults() throws Exception {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(Path.of("etc/io.openemp.plugin.efficiency-grid.cfg"))) {
            p.load(r);
        }
        Settings fromFile = Settings.of(config(Double.parseDouble(p.getProperty("coincidenceFactor")),
                Integer.parseInt(p.getProperty("top")), Integer.parseInt(p.getProperty("importMaxBytes")),
                Integer.parseInt(p.getProperty("importMaxRows"))));
        assertEquals(0, fromFile.coincidenceFactor().compareTo(Settings.DEFAULTS.coincidenceFactor()));
        assertEquals(Settings.DEFAULTS.top(), fromFile.top());
        assertEquals(Settings.DEFAULTS.importMaxBytes(), fromFile.importMaxBytes());
        assertEquals(Settings.DEFAULTS.importMaxRows(), fromFile.importMaxRows());
        for (var m : GridConfig.class.getDeclaredMethods()) {
            assertEquals(m.getName(), p.getProperty(m.getName()) == null, false);
            String def = String.valueOf(m.getDefaultValue());
            assertEquals(m.getName(), new BigDecimal(def).compareTo(new BigDecimal(p.getProperty(m.getName()))), 0);
        }
    }

    @Test
    public void wrongValuesAreRefused() {
        for (GridConfig bad : new GridConfig[] { config(0, 10, 1, 1), config(1.2, 10, 1, 1), config(1, 0, 1, 1),
                config(1, 1001, 1, 1), config(1, 10, 0, 1), config(1, 10, 1, 0) }) {
            try {
                Settings.of(bad);
                fail("accepted " + bad.coincidenceFactor() + " " + bad.top());
            } catch (IllegalArgumentException expected) {
                // DS logs it and keeps the previous settings
            }
        }
        assertEquals(new BigDecimal("0.85"), Settings.of(config(0.85, 5, 10, 10)).coincidenceFactor());
    }
}
