package io.openemp.plugin.degreedays.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import java.io.Reader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;

import org.junit.Test;

import io.openemp.plugin.degreedays.api.Bases;

/** The configuration: defaults, the shipped .cfg file, changes at run time (@Modified), wrong values. */
public class ConfigurationTest {

    private static final Path CFG = Path.of("etc", DegreeDaysComponent.PID + ".cfg");

    @Test
    public void withoutConfigurationTheMetatypeDefaultsApply() {
        DegreeDaysConfig defaults = Configs.defaults();
        assertEquals(new Bases(15.5, 18.3, 0.9), new DegreeDaysComponent().bases());
        assertEquals(Settings.of(defaults), Settings.DEFAULTS);
    }

    @Test
    public void theShippedCfgFileSetsEveryPropertyToItsDefault() throws Exception {
        Properties file = new Properties();
        try (Reader in = Files.newBufferedReader(CFG, StandardCharsets.UTF_8)) {
            file.load(in);
        }
        TreeSet<String> declared = new TreeSet<>();
        for (Method m : DegreeDaysConfig.class.getDeclaredMethods()) {
            declared.add(m.getName());
            assertEquals(m.getName() + " in " + CFG, m.getDefaultValue(), Double.valueOf(file.getProperty(m.getName())));
        }
        assertEquals(declared, new TreeSet<>(file.stringPropertyNames()));
        DegreeDaysComponent component = new DegreeDaysComponent();
        component.activate(Configs.of(fileAsMap(file)));
        assertEquals(new Bases(15.5, 18.3, 0.9), component.bases());
    }

    @Test
    public void aChangedConfigurationAppliesToTheNextCall() throws Exception {
        DegreeDaysComponent component = new DegreeDaysComponent();
        component.activate(Configs.defaults());
        // Chinese building codes count HDD18 and CDD26.
        component.modified(Configs.of(Map.of("heatingBase", "18", "coolingBase", "26", "minDayCoverage", "0.75")));
        assertEquals(new Bases(18.0, 26.0, 0.75), component.bases());
        var r = component.compute(Series.hourly("2024-01-15T00:00:00Z", Series.repeat(24, 10.0)), "UTC", null, null, null);
        assertEquals(new java.math.BigDecimal("8.00"), r.days().get(0).hdd());
        assertEquals(18.0, r.heatingBase(), 0);
    }

    @Test
    public void aWrongValueIsRefusedAndTheSettingsStay() {
        DegreeDaysComponent component = new DegreeDaysComponent();
        component.activate(Configs.of(Map.of("heatingBase", "16")));
        for (Map<String, String> wrong : java.util.List.of(Map.of("minDayCoverage", "0"), Map.of("minDayCoverage", "1.5"),
                Map.of("coolingBase", "99"), Map.of("heatingBase", "NaN"))) {
            try {
                component.modified(Configs.of(wrong));
                fail("accepted " + wrong);
            } catch (IllegalArgumentException expected) {
                // DS logs it and keeps the component as it was
            }
        }
        assertEquals(new Bases(16.0, 18.3, 0.9), component.bases());
    }

    private static Map<String, Object> fileAsMap(Properties file) {
        Map<String, Object> map = new java.util.HashMap<>();
        file.stringPropertyNames().forEach(k -> map.put(k, file.getProperty(k)));
        return map;
    }
}
