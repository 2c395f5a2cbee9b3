package io.openemp.itests;

import static org.ops4j.pax.exam.CoreOptions.options;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.CoreOptions.vmOption;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import javax.inject.Inject;

import org.junit.Before;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.osgi.framework.BundleContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.openemp.rpc.api.RpcDispatcher;

/**
 * Boots the built distribution (the assembly's tar.gz, not a hand-picked bundle list) once for every test class
 * of the suite. The admin password comes from OPENEMP_ADMIN_PASSWORD, which the build sets; HTTP listens on a
 * free port, passed to the tests as a system property.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public abstract class PlatformTestSupport {

    static final String ADMIN_PASSWORD = "itest-admin-pw";
    static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    protected BundleContext context;

    /** Injected so that every test starts once the registry is up. */
    @Inject
    protected RpcDispatcher dispatcher;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Configuration
    public Option[] config() throws IOException {
        String httpPort = String.valueOf(Distribution.freePort());
        String thriftPort = String.valueOf(Distribution.freePort());
        return options(
                karafDistributionConfiguration()
                        .frameworkUrl(new File(System.getProperty("emp.assembly")).toURI().toString())
                        .unpackDirectory(new File("target/exam"))
                        .useDeployFolder(false)
                        .karafVersion("4.4.9")
                        .name("OpenEMP"),
                configureConsole().ignoreLocalConsole().ignoreRemoteShell(),
                logLevel(LogLevel.WARN),
                vmOption("-Xmx320m"),
                // a loaded build machine boots slower than Pax Exam's 10 s default wait for its own services
                systemProperty("pax.exam.service.timeout").value("120000"),
                systemProperty("org.ops4j.pax.exam.raw.extender.intern.Parser.DEFAULT_TIMEOUT").value("120000"),
                editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", httpPort),
                editConfigurationFilePut("etc/io.openemp.access.thrift.cfg", "port", thriftPort),
                systemProperty("emp.itest.http.port").value(httpPort),
                systemProperty("emp.version").value(System.getProperty("emp.version")),
                systemProperty("emp.itest.thrift.port").value(thriftPort));
    }

    /**
     * Waits until the JSON-RPC servlet answers: the dispatcher service can be up a moment before pax-web has
     * deployed the servlet (404 meanwhile).
     */
    @Before
    public void awaitHttpEndpoint() throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (true) {
            try {
                if (post("admin", ADMIN_PASSWORD, "{\"jsonrpc\":\"2.0\",\"method\":\"system.ping\",\"id\":0}").statusCode() == 200) {
                    return;
                }
            } catch (IOException notListening) {
                // Jetty not up yet
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the JSON-RPC endpoint did not answer within 60 s");
            }
            Thread.sleep(100);
        }
    }

    protected URI rpcUri() {
        return URI.create("http://127.0.0.1:" + System.getProperty("emp.itest.http.port") + "/api/rpc");
    }

    /** POSTs {@code body} as JSON with HTTP Basic credentials (none when {@code user} is null). */
    protected HttpResponse<String> post(String user, String password, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(rpcUri())
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Calls {@code method} over HTTP as admin and returns the whole response object. */
    protected JsonNode call(String method, String params) throws Exception {
        String body = "{\"jsonrpc\":\"2.0\",\"method\":\"" + method + "\""
                + (params == null ? "" : ",\"params\":" + params) + ",\"id\":1}";
        HttpResponse<String> response = post("admin", ADMIN_PASSWORD, body);
        if (response.statusCode() != 200) {
            throw new AssertionError("HTTP " + response.statusCode() + " for " + method + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    /**
     * Creates a platform user through access.user.create as admin, unless one of that name exists (the suite boots
     * the platform once for every test class).
     */
    protected void ensureUser(String name, String password, String... roles) throws Exception {
        JsonNode existing = call("access.user.get", "{\"name\":\"" + name + "\"}");
        if (existing.has("result")) {
            return;
        }
        JsonNode created = call("access.user.create", "{\"user\":{\"name\":\"" + name + "\",\"password\":\"" + password
                + "\",\"roles\":" + JSON.writeValueAsString(roles) + "}}");
        if (!created.has("result")) {
            throw new AssertionError("could not create user " + name + ": " + created);
        }
    }

    /**
     * Calls {@code method} as admin until it is registered (answers anything but -32601), at most 60 s: a feature's
     * components register a moment after the feature is installed. Returns that first real answer.
     */
    protected JsonNode awaitRegistered(String method, String params) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        JsonNode answer = call(method, params);
        while (!answer.has("result") && answer.at("/error/code").asInt() == -32601 && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
            answer = call(method, params);
        }
        return answer;
    }

    protected HttpClient http() {
        return http;
    }
}
