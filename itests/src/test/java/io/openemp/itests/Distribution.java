package io.openemp.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The distribution as a user runs it: unpacked from the tar.gz into {@code target/<name>}, on free loopback ports,
 * started with {@code bin/karaf server} as its own process (so a test can stop it with SIGTERM or kill it with
 * SIGKILL), and called over HTTP.
 */
final class Distribution implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();

    final Path home;
    final Path console;
    final int httpPort;
    final int thriftPort;
    final int sshPort;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Process karaf;

    private Distribution(Path home) throws IOException {
        this.home = home;
        this.console = home.resolve("console.out");
        this.httpPort = freePort();
        this.thriftPort = freePort();
        this.sshPort = freePort();
        replace("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port = 8181", "org.osgi.service.http.port = " + httpPort);
        replace("etc/org.apache.karaf.shell.cfg", "sshPort = 8101", "sshPort = " + sshPort);
        Files.writeString(home.resolve("etc/io.openemp.access.thrift.cfg"), "port = " + thriftPort + "\n");
    }

    /** A fresh copy of the distribution in {@code target/<name>/openemp}. */
    static Distribution unpack(String name) throws Exception {
        Path work = Files.createDirectories(Path.of("target", name));
        run(work, List.of("rm", "-rf", "openemp"));
        run(work, List.of("tar", "xzf", new File(System.getProperty("emp.assembly")).getAbsolutePath()));
        return new Distribution(work.resolve("openemp").toAbsolutePath());
    }

    /** Replaces text in a file of the distribution, which must hold it. */
    void replace(String file, String from, String to) throws IOException {
        Path path = home.resolve(file);
        String text = Files.readString(path);
        assertTrue(path + " holds " + from, text.contains(from));
        Files.writeString(path, text.replace(from, to), StandardOpenOption.TRUNCATE_EXISTING);
    }

    /** Starts {@code bin/karaf server} with the given environment changes (a null value removes a variable). */
    void start(Map<String, String> environment) throws IOException {
        ProcessBuilder builder = new ProcessBuilder("bin/karaf", "server").directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(console.toFile()));
        environment.forEach((k, v) -> {
            if (v == null) {
                builder.environment().remove(k);
            } else {
                builder.environment().put(k, v);
            }
        });
        // bin/karaf then execs java, so this process is Karaf itself: SIGTERM stops it and SIGKILL kills it.
        builder.environment().put("KARAF_EXEC", "exec");
        karaf = builder.start();
    }

    /** SIGTERM, and waits until the process has gone and HTTP no longer answers. */
    void stop() throws Exception {
        karaf.destroy();
        assertTrue("karaf stops on SIGTERM", karaf.waitFor(60, TimeUnit.SECONDS));
        assertDown();
    }

    /** SIGKILL: no shutdown hook, no flush, no orderly close of anything. */
    void kill() throws Exception {
        karaf.destroyForcibly();
        assertTrue("karaf dies on SIGKILL", karaf.waitFor(30, TimeUnit.SECONDS));
        assertEquals("killed by SIGKILL", 128 + 9, karaf.exitValue());
        assertDown();
    }

    private void assertDown() throws Exception {
        try {
            post("nobody", "x", "{}");
            throw new AssertionError("HTTP still answers after the process has gone");
        } catch (IOException down) {
            // nothing listens any more: the next start is a new process
        }
    }

    boolean alive() {
        return karaf != null && karaf.isAlive();
    }

    @Override
    public void close() {
        if (karaf != null) {
            karaf.descendants().forEach(ProcessHandle::destroyForcibly);
            if (karaf.isAlive()) {
                karaf.destroyForcibly();
                try {
                    karaf.waitFor(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    /** POSTs a JSON-RPC body to /api/rpc with HTTP Basic credentials. */
    HttpResponse<String> post(String user, String password, String body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + "/api/rpc"))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** One JSON-RPC call; the whole answer (result or error). */
    JsonNode call(String user, String password, String method, String params) throws Exception {
        String body = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"" + method + "\"" + (params == null ? "" : ",\"params\":" + params) + "}";
        HttpResponse<String> response = post(user, password, body);
        return JSON.readTree(response.body());
    }

    /** Waits until /api/rpc answers system.ping (any status but 404/503), at most 120 s. */
    HttpResponse<String> awaitHttp(String user, String password) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (true) {
            try {
                HttpResponse<String> response = post(user, password, "{\"jsonrpc\":\"2.0\",\"method\":\"system.ping\",\"id\":1}");
                if (response.statusCode() != 404 && response.statusCode() != 503) {
                    return response;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            if (System.nanoTime() > deadline || !alive()) {
                throw new AssertionError("no answer from the distribution; console:\n" + Files.readString(console));
            }
            Thread.sleep(250);
        }
    }

    /** Waits until {@code method} is registered (not -32601), at most 120 s, and returns its first real answer. */
    JsonNode awaitMethod(String user, String password, String method, String params) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (true) {
            JsonNode answer = call(user, password, method, params);
            if (answer.has("result") || answer.at("/error/code").asInt() != -32601) {
                return answer;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError(method + " never registered; console:\n" + Files.readString(console));
            }
            Thread.sleep(250);
        }
    }

    static void run(Path dir, List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).inheritIO().start();
        assertEquals(String.join(" ", command), 0, p.waitFor());
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
