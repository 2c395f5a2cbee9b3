package io.openemp.system.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHolder;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

import io.micrometer.core.instrument.Timer;
import io.openemp.access.api.Authenticator;
import io.openemp.plugin.api.Caller;

/** GET /metrics on a real Jetty on 127.0.0.1, from the real Prometheus registry. */
public class MetricsServletTest {

    static final Authenticator USERS = (user, password, transport) -> {
        String pw = new String(password);
        if (user.equals("ada") && pw.equals("pw-ada")) {
            return Optional.of(Caller.of("ada", Set.of("admin"), transport));
        }
        if (user.equals("vic") && pw.equals("pw-vic")) {
            return Optional.of(Caller.of("vic", Set.of("viewer"), transport));
        }
        return Optional.empty();
    };

    static Server server;
    static Metrics metrics;
    static String base;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeClass
    public static void start() throws Exception {
        metrics = new Metrics();
        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.addServlet(new ServletHolder(new MetricsServlet(metrics::scrape, USERS, false, Set.of("admin", "manager"))), "/metrics");
        context.addServlet(new ServletHolder(new MetricsServlet(metrics::scrape, USERS, true, Set.of("admin"))), "/open");
        server.setHandler(context);
        server.start();
        base = "http://127.0.0.1:" + connector.getLocalPort();
    }

    @AfterClass
    public static void stop() throws Exception {
        server.stop();
        metrics.close();
    }

    static HttpResponse<String> get(String path, String user, String password) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    public void anAdminGetsJvmMetricsAndRpcLatencyHistograms() throws Exception {
        Timer timer = Timer.builder("emp.rpc.calls").tag("method", "system.ping").tag("outcome", "ok").register(metrics.registry());
        timer.record(java.time.Duration.ofMillis(3));
        HttpResponse<String> response = get("/metrics", "ada", "pw-ada");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/plain; version=0.0.4"));
        String body = response.body();
        assertTrue(body.contains("jvm_memory_used_bytes{"));
        assertTrue(body.contains("jvm_threads_live_threads"));
        assertTrue(body.contains("system_cpu_count"));
        assertTrue(body.contains("emp_rpc_calls_seconds_count{method=\"system.ping\",outcome=\"ok\"} 1"));
        assertTrue(body, body.contains("emp_rpc_calls_seconds_bucket{method=\"system.ping\",outcome=\"ok\",le=\"+Inf\"} 1"));
    }

    @Test
    public void credentialsAndARoleAreRequired() throws Exception {
        HttpResponse<String> none = get("/metrics", null, null);
        assertEquals(401, none.statusCode());
        assertTrue(none.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        assertEquals(401, get("/metrics", "ada", "wrong").statusCode());
        HttpResponse<String> viewer = get("/metrics", "vic", "pw-vic");
        assertEquals(403, viewer.statusCode());
        assertFalse(viewer.body().contains("jvm_memory"));
    }

    @Test
    public void openToLoopbackLetsALocalScraperInWithoutCredentials() throws Exception {
        HttpResponse<String> response = get("/open", null, null);
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("jvm_memory_used_bytes"));
    }

    @Test
    public void onlyLoopbackLiteralsCountAsLoopback() {
        assertTrue(MetricsServlet.isLoopback("127.0.0.1"));
        assertTrue(MetricsServlet.isLoopback("::1"));
        assertTrue(MetricsServlet.isLoopback("[0:0:0:0:0:0:0:1]"));
        assertFalse(MetricsServlet.isLoopback("10.1.2.3"));
        assertFalse(MetricsServlet.isLoopback("localhost"));
        assertFalse(MetricsServlet.isLoopback(null));
    }
}
