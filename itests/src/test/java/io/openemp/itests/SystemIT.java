package io.openemp.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import javax.inject.Inject;

import org.junit.Test;
import org.osgi.service.cm.ConfigurationAdmin;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * System management in the distribution: a configuration change its metatype refuses leaves the old value; a valid
 * one applies; health has a check per dependency; /metrics speaks Prometheus text with the JVM's and the
 * dispatcher's meters, to authenticated clients only.
 */
public class SystemIT extends PlatformTestSupport {

    @Inject
    private ConfigurationAdmin configAdmin;

    private Object batchLimit() throws Exception {
        java.util.Dictionary<String, Object> p = configAdmin.getConfiguration("io.openemp.rpc", null).getProperties();
        return p == null ? null : p.get("maxBatchLength");
    }

    @Test
    public void aValueTheMetatypeRefusesLeavesTheOldConfiguration() throws Exception {
        Object before = batchLimit();
        JsonNode refused = call("system.config.set", "{\"pid\":\"io.openemp.rpc\",\"values\":{\"maxBatchLength\":\"many\"}}");
        assertEquals(refused.toString(), -32602, refused.at("/error/code").asInt());
        assertTrue(refused.toString(), refused.at("/error/data/param").asText().contains("maxBatchLength"));
        assertEquals("unchanged", String.valueOf(before), String.valueOf(batchLimit()));

        JsonNode unknown = call("system.config.set", "{\"pid\":\"org.apache.karaf.shell\",\"values\":{\"sshPort\":1}}");
        assertTrue("only io.openemp.* configurations: " + unknown, unknown.has("error"));

        JsonNode got = call("system.config.get", "{\"pid\":\"io.openemp.rpc\"}");
        assertTrue(got.toString(), got.has("result"));
    }

    @Test
    public void healthHasACheckPerDependency() throws Exception {
        // the booted platform's components register in any order after HTTP answers: wait until they all have
        String[] expected = { "relational", "documents", "disk", "bus", "component:readings" };
        long deadline = System.currentTimeMillis() + 60_000;
        JsonNode health = call("system.health", null).get("result");
        while (!mentionsAll(health.toString(), expected) && System.currentTimeMillis() < deadline) {
            Thread.sleep(250);
            health = call("system.health", null).get("result");
        }
        String text = health.toString();
        for (String check : expected) {
            assertTrue(check + " in " + text, text.contains("\"" + check + "\""));
        }
        assertEquals(text, "up", health.get("status").asText());
    }

    private static boolean mentionsAll(String text, String[] checks) {
        for (String check : checks) {
            if (!text.contains("\"" + check + "\"")) {
                return false;
            }
        }
        return true;
    }

    @Test
    public void metricsAreInPrometheusTextForAuthenticatedClients() throws Exception {
        call("system.ping", null);
        URI uri = URI.create("http://127.0.0.1:" + System.getProperty("emp.itest.http.port") + "/metrics");
        HttpResponse<String> anonymous = http().send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, anonymous.statusCode());
        HttpResponse<String> admin = http().send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, admin.statusCode());
        assertTrue(admin.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        String body = admin.body();
        assertTrue("JVM meters", body.contains("jvm_memory_used_bytes"));
        assertTrue("the dispatcher's per-method histogram", body.contains("emp_rpc_calls_seconds_bucket") && body.contains("method=\"system.ping\""));
    }
}
