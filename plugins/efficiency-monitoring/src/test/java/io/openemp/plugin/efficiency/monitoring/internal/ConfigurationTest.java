package io.openemp.plugin.efficiency.monitoring.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.io.Reader;
import java.lang.annotation.Annotation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.junit.Test;

/** The shipped .cfg file, the metatype defaults and the built-in defaults agree; wrong values are refused. */
public class ConfigurationTest {

    static MonitoringConfig config(String active, String reactive, int threads, int maxMeters) {
        return new MonitoringConfig() {
            public Class<? extends Annotation> annotationType() {
                return MonitoringConfig.class;
            }

            public String activeEnergyType() {
                return active;
            }

            public String reactiveEnergyType() {
                return reactive;
            }

            public int readerThreads() {
                return threads;
            }

            public int maxMeters() {
                return maxMeters;
            }
        };
    }

    @Test
    public void theFileTheMetatypeAndTheDefaultsAgree() throws Exception {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(Path.of("etc/io.openemp.plugin.efficiency-monitoring.cfg"))) {
            p.load(r);
        }
        Settings file = Settings.of(config(p.getProperty("activeEnergyType"), p.getProperty("reactiveEnergyType"),
                Integer.parseInt(p.getProperty("readerThreads")), Integer.parseInt(p.getProperty("maxMeters"))));
        assertEquals(Settings.DEFAULTS, file);
        MonitoringConfig defaults = config(
                (String) MonitoringConfig.class.getMethod("activeEnergyType").getDefaultValue(),
                (String) MonitoringConfig.class.getMethod("reactiveEnergyType").getDefaultValue(),
                (Integer) MonitoringConfig.class.getMethod("readerThreads").getDefaultValue(),
                (Integer) MonitoringConfig.class.getMethod("maxMeters").getDefaultValue());
        assertEquals(Settings.DEFAULTS, Settings.of(defaults));
    }

    @Test
    public void wrongValuesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Settings.of(config(" ", "x", 2, 10)));
        assertThrows(IllegalArgumentException.class, () -> Settings.of(config("a", "b", 0, 10)));
        assertThrows(IllegalArgumentException.class, () -> Settings.of(config("a", "b", 2, 0)));
    }
}
