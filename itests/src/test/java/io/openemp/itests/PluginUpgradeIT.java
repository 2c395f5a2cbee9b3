package io.openemp.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import javax.inject.Inject;

import org.apache.karaf.features.FeaturesService;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Plugin management in the distribution: a newer release of a plugin dropped into the plugin folder is listed, and
 * {@code plugins.upgrade} replaces the running version while a client keeps calling it, without one failed call.
 * The newer release is the example plugin's bundle with another version (Karaf's wrap: protocol, merging the
 * manifest), as a vendor's next build would be.
 */
public class PluginUpgradeIT extends PlatformTestSupport {

    private static final String FEATURE = "openemp-plugin-degree-days";
    private static final String BASES = "{\"jsonrpc\":\"2.0\",\"method\":\"degree-days.bases\",\"id\":1}";

    @Inject
    private FeaturesService features;

    @Test
    public void anUpgradeUnderLoadFailsNoCall() throws Exception {
        features.installFeature("wrap", EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        JsonNode installed = call("plugins.install", "{\"name\":\"" + FEATURE + "\"}");
        assertEquals(installed.toString(), "installed", installed.at("/result/outcome").asText());

        Path folder = Path.of(System.getProperty("karaf.home"), "plugins");
        Files.createDirectories(folder);
        String version = System.getProperty("emp.version");
        Files.writeString(folder.resolve("degree-days-0.2.0.xml"), "<features name=\"degree-days-0.2.0\" xmlns=\"http://karaf.apache.org/xmlns/features/v1.6.0\">\n"
                + "  <feature name=\"" + FEATURE + "\" version=\"0.2.0\">\n"
                + "    <feature>openemp-core</feature>\n"
                + "    <bundle>wrap:mvn:io.openemp/degree-days/" + version + "$overwrite=merge&amp;Bundle-Version=0.2.0</bundle>\n"
                + "  </feature>\n"
                + "</features>\n");
        JsonNode listed = call("plugins.list", null);
        assertTrue("the dropped release is available: " + listed, listed.toString().contains("0.2.0"));

        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger calls = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        StringBuilder firstFailure = new StringBuilder();
        Thread loop = new Thread(() -> {
            while (running.get()) {
                try {
                    HttpResponse<String> r = post("admin", ADMIN_PASSWORD, BASES);
                    if (r.statusCode() != 200 || !JSON.readTree(r.body()).has("result")) {
                        if (failures.getAndIncrement() == 0) {
                            firstFailure.append(r.statusCode()).append(' ').append(r.body());
                        }
                    }
                } catch (Exception e) {
                    if (failures.getAndIncrement() == 0) {
                        firstFailure.append(e);
                    }
                }
                calls.incrementAndGet();
            }
        }, "upgrade-call-loop");
        loop.start();
        try {
            Thread.sleep(500);
            JsonNode upgraded = call("plugins.upgrade", "{\"name\":\"" + FEATURE + "\",\"version\":\"0.2.0\"}");
            assertEquals(upgraded.toString(), "upgraded", upgraded.at("/result/outcome").asText());
            Thread.sleep(500);
        } finally {
            running.set(false);
            loop.join(30_000);
        }
        System.out.printf("upgrade under load: %d calls, %d failed%n", calls.get(), failures.get());
        assertTrue("the loop kept calling during the upgrade: " + calls.get(), calls.get() > 20);
        assertEquals("failed calls during the upgrade (first: " + firstFailure + ")", 0, failures.get());
        boolean newServes = false;
        for (JsonNode c : call("rpc.components", null).get("result")) {
            if ("degree-days".equals(c.get("id").asText()) && "active".equals(c.get("state").asText())) {
                newServes = c.get("bundleVersion").asText().startsWith("0.2.0");
            }
        }
        assertTrue("the new version serves", newServes);
        call("plugins.uninstall", "{\"name\":\"" + FEATURE + "\",\"version\":\"0.2.0\"}");
    }
}
