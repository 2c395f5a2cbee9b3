package io.openemp.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.inject.Inject;

import org.apache.karaf.features.FeaturesService;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Every plugin the distribution carries installs from its feature at run time, registers its component with a
 * working method, and uninstalls cleanly.
 */
public class PluginFeaturesIT extends PlatformTestSupport {

    /** feature -> a call that must answer once it is installed. */
    static final Map<String, String[]> PLUGINS = new LinkedHashMap<>();

    static {
        PLUGINS.put("openemp-plugin-degree-days", new String[] { "degree-days", "degree-days.bases", null });
        PLUGINS.put("openemp-protocol-dlt645", new String[] { "dlt645", "dlt645.decode",
                "{\"hex\":\"FE FE 68 61 01 00 00 00 00 68 11 04 33 33 34 33 14 16\"}" });
        PLUGINS.put("openemp-protocol-gdw376", new String[] { "gdw376", "gdw376.decode",
                "{\"hex\":\"683200320068c97101220800027800000100e016\"}" });
        PLUGINS.put("openemp-protocol-modbus", new String[] { "modbus", "modbus.profiles", null });
        PLUGINS.put("openemp-plugin-collection", new String[] { "collection", "collection.tasks", null });
        PLUGINS.put("openemp-efficiency-optimisation", new String[] { "efficiency-optimisation", "efficiency-optimisation.finance",
                "{\"cashFlows\":[-1000,300,400,500],\"rate\":0.1}" });
        PLUGINS.put("openemp-efficiency-monitoring", new String[] { "efficiency-monitoring", "efficiency-monitoring.calendarList", null });
        PLUGINS.put("openemp-efficiency-potential", new String[] { "efficiency-potential", "efficiency-potential.model", null });
        PLUGINS.put("openemp-efficiency-grid", new String[] { "efficiency-grid", "efficiency-grid.feeders.list", null });
        PLUGINS.put("openemp-efficiency-benchmark", new String[] { "efficiency-benchmark", "efficiency-benchmark.industryCodes", null });
    }

    @Inject
    private FeaturesService features;

    @Test
    public void everyPluginFeatureInstallsRegistersAndUninstalls() throws Exception {
        for (Map.Entry<String, String[]> plugin : PLUGINS.entrySet()) {
            String feature = plugin.getKey();
            String component = plugin.getValue()[0];
            features.installFeature(feature, EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
            try {
                JsonNode answer = awaitResult(plugin.getValue()[1], plugin.getValue()[2]);
                assertTrue(feature + ": " + answer, answer.has("result"));
                boolean active = false;
                for (JsonNode c : call("rpc.components", null).get("result")) {
                    if (c.get("id").asText().equals(component)) {
                        active = "active".equals(c.get("state").asText());
                    }
                }
                assertTrue(component + " active", active);
            } finally {
                features.uninstallFeature(feature);
            }
            assertEquals(feature + " uninstalled", -32601,
                    call(plugin.getValue()[1], plugin.getValue()[2]).at("/error/code").asInt());
        }
    }

    private JsonNode awaitResult(String method, String params) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        JsonNode answer = call(method, params);
        while (!answer.has("result") && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
            answer = call(method, params);
        }
        return answer;
    }
}
