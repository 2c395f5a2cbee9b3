package io.openemp.vee.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.io.Reader;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import org.junit.Test;

import io.openemp.vee.api.DayType;

/** The shipped configuration file, the metatype defaults and the built-in defaults agree; wrong values are refused. */
public class ConfigurationTest {

    static VeeConfig config(Map<String, String> values) {
        return (VeeConfig) Proxy.newProxyInstance(VeeConfig.class.getClassLoader(), new Class<?>[] { VeeConfig.class },
                (proxy, method, args) -> {
                    if (method.getName().equals("annotationType")) {
                        return VeeConfig.class;
                    }
                    String v = values.get(method.getName());
                    if (v == null) {
                        return method.getDefaultValue();
                    }
                    Class<?> t = method.getReturnType();
                    if (t == boolean.class) {
                        return Boolean.valueOf(v.trim());
                    }
                    return t == int.class ? (Object) Integer.valueOf(v.trim()) : t == DayType.class ? DayType.valueOf(v.trim()) : v;
                });
    }

    @Test
    public void metatypeDefaultsAreTheBuiltInDefaults() {
        assertEquals(Settings.DEFAULTS, Settings.of(config(Map.of())));
    }

    @Test
    public void theShippedFileHoldsTheDefaults() throws Exception {
        Properties file = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("etc/io.openemp.vee.cfg"))) {
            file.load(in);
        }
        Map<String, String> values = new HashMap<>();
        file.forEach((k, v) -> values.put((String) k, (String) v));
        assertEquals(10, values.size());
        assertEquals(Settings.DEFAULTS, Settings.of(config(values)));
    }

    @Test
    public void wrongValuesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Settings.of(config(Map.of("spikeFactor", "1"))));
        assertThrows(IllegalArgumentException.class, () -> Settings.of(config(Map.of("spikeFactor", "five"))));
        assertThrows(IllegalArgumentException.class, () -> Settings.of(config(Map.of("spikeWindow", "0"))));
        assertThrows(IllegalArgumentException.class, () -> Settings.of(config(Map.of("zeroDays", "400"))));
        assertThrows(IllegalArgumentException.class, () -> Settings.of(config(Map.of("profileDays", "0"))));
        assertThrows(IllegalArgumentException.class, () -> Settings.of(config(Map.of("maxReadings", "10"))));
    }

    @Test
    public void zeroDaysOfZeroTurnsTheRuleOff() {
        Settings s = Settings.of(config(Map.of("zeroDays", "0")));
        assertEquals(null, s.defaults(new io.openemp.data.readings.api.ReadingTypeInfo("e", "kWh",
                io.openemp.data.readings.api.Aggregation.SUM, 900, "")).zeroDays());
    }
}
