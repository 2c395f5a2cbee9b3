package io.openemp.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
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
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.thrift.protocol.TBinaryProtocol;
import org.apache.thrift.protocol.TCompactProtocol;
import org.apache.thrift.protocol.TProtocol;
import org.apache.thrift.transport.TSocket;
import org.apache.thrift.transport.layered.TFramedTransport;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.openemp.access.thrift.gen.AuthenticationFailed;
import io.openemp.access.thrift.gen.JsonRpc;

/**
 * The distribution as a user runs it: unpacked from the tar.gz and started with bin/karaf, without
 * OPENEMP_ADMIN_PASSWORD. At first start it generates the admin password, prints it once and writes it to an
 * owner-only file; HTTP and Thrift answer with it on loopback; after a restart the same password still works
 * and nothing is printed again.
 */
public class DistributionIT {

    static final ObjectMapper JSON = new ObjectMapper();
    static Path home;
    static int httpPort;
    static int thriftPort;
    static int sshPort;
    static Process karaf;
    static Path console;

    @BeforeClass
    public static void unpack() throws Exception {
        Path work = Files.createDirectories(Path.of("target", "distribution-it"));
        run(work, List.of("rm", "-rf", "openemp"));
        run(work, List.of("tar", "xzf", new File(System.getProperty("emp.assembly")).getAbsolutePath()));
        home = work.resolve("openemp").toAbsolutePath();
        httpPort = freePort();
        thriftPort = freePort();
        sshPort = freePort();
        replace(home.resolve("etc/org.ops4j.pax.web.cfg"), "org.osgi.service.http.port = 8181",
                "org.osgi.service.http.port = " + httpPort);
        replace(home.resolve("etc/org.apache.karaf.shell.cfg"), "sshPort = 8101", "sshPort = " + sshPort);
        Files.writeString(home.resolve("etc/io.openemp.access.thrift.cfg"), "port = " + thriftPort + "\n");
        console = home.resolve("console.out");
    }

    @AfterClass
    public static void stop() throws Exception {
        if (karaf != null) {
            karaf.descendants().forEach(ProcessHandle::destroyForcibly);
            if (karaf.isAlive()) {
                karaf.destroyForcibly();
                karaf.waitFor(60, TimeUnit.SECONDS);
            }
        }
    }

    private static void start() throws Exception {
        ProcessBuilder builder = new ProcessBuilder("bin/karaf", "server").directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(console.toFile()));
        builder.environment().remove("OPENEMP_ADMIN_PASSWORD");
        // bin/karaf then execs java, so this process is Karaf itself and SIGTERM stops it.
        builder.environment().put("KARAF_EXEC", "exec");
        karaf = builder.start();
    }

    private static void stopKaraf() throws Exception {
        karaf.destroy();
        assertTrue("karaf stops on SIGTERM", karaf.waitFor(60, TimeUnit.SECONDS));
        try {
            http("admin", "x");
            throw new AssertionError("HTTP still answers after the stop");
        } catch (IOException down) {
            // nothing listens any more: the next start is a new process
        }
    }

    @Test
    public void firstStartGeneratesTheAdminPasswordAndEveryTransportUsesIt() throws Exception {
        start();
        Path file = home.resolve("data/openemp/admin-password");
        HttpResponse<String> first = awaitHttp("nobody", "nothing");
        assertEquals("without credentials of a user: 401", 401, first.statusCode());
        awaitFile(file);
        String password = Files.readString(file).trim();
        assertTrue(password.length() >= 20);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        String users = Files.readString(home.resolve("etc/users.properties"));
        assertFalse("the password is not stored in clear", users.contains(password));
        assertTrue("the admin user is stored with a hash", users.contains("admin") && users.contains("{CRYPT}"));
        assertEquals("printed once in the log", 1, count(home.resolve("data/log/karaf.log"), password));

        HttpResponse<String> ping = awaitHttp("admin", password);
        assertEquals(200, ping.statusCode());
        assertEquals("pong", JSON.readTree(ping.body()).get("result").asText());
        assertEquals(401, http("karaf", "karaf").statusCode());

        thrift(password, new TBinaryProtocol.Factory());
        thrift(password, new TCompactProtocol.Factory());

        stopKaraf();
        start();
        assertEquals(200, awaitHttp("admin", password).statusCode());
        assertEquals("not printed again", 1, count(home.resolve("data/log/karaf.log"), password));
        assertEquals(1, count(console, password));
        stopKaraf();
    }

    private static void thrift(String password, org.apache.thrift.protocol.TProtocolFactory factory) throws Exception {
        TFramedTransport transport = new TFramedTransport(new TSocket("127.0.0.1", thriftPort, 10_000));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (true) {
            try {
                transport.open();
                break;
            } catch (org.apache.thrift.transport.TTransportException notYet) {
                // the Thrift feature may start a moment after HTTP
                if (System.nanoTime() > deadline) {
                    throw notYet;
                }
                Thread.sleep(200);
            }
        }
        try {
            TProtocol protocol = factory.getProtocol(transport);
            JsonRpc.Client client = new JsonRpc.Client(protocol);
            JsonNode before = JSON.readTree(client.call("{\"jsonrpc\":\"2.0\",\"method\":\"system.ping\",\"id\":1}"));
            assertEquals(-32000, before.at("/error/code").asInt());
            try {
                client.login("admin", "wrong");
                throw new AssertionError("a wrong password logs in");
            } catch (AuthenticationFailed expected) {
                assertNotNull(expected.getMessage());
            }
            client.login("admin", password);
            JsonNode pong = JSON.readTree(client.call("{\"jsonrpc\":\"2.0\",\"method\":\"system.ping\",\"id\":2}"));
            assertEquals("pong", pong.get("result").asText());
            List<String> batch = client.batch(List.of("{\"jsonrpc\":\"2.0\",\"method\":\"system.ping\",\"id\":3}",
                    "{\"jsonrpc\":\"2.0\",\"method\":\"system.ping\"}"));
            assertEquals(2, batch.size());
            assertEquals(3, JSON.readTree(batch.get(0)).get("id").asInt());
            assertEquals("", batch.get(1));
        } finally {
            transport.close();
        }
    }

    private static HttpResponse<String> awaitHttp(String user, String password) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (true) {
            try {
                HttpResponse<String> response = http(user, password);
                if (response.statusCode() != 404 && response.statusCode() != 503) {
                    return response;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            if (System.nanoTime() > deadline || !karaf.isAlive()) {
                throw new AssertionError("no answer from the distribution; console:\n" + Files.readString(console));
            }
            Thread.sleep(250);
        }
    }

    private static HttpResponse<String> http(String user, String password) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + "/api/rpc"))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString("{\"jsonrpc\":\"2.0\",\"method\":\"system.ping\",\"id\":1}"))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static void awaitFile(Path file) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.exists(file) || Files.size(file) == 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(file + " was not written; console:\n" + Files.readString(console));
            }
            Thread.sleep(100);
        }
    }

    private static int count(Path file, String needle) throws IOException {
        String text = Files.readString(file);
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertTrue(file + " holds " + from, text.contains(from));
        Files.writeString(file, text.replace(from, to), StandardOpenOption.TRUNCATE_EXISTING);
    }

    private static void run(Path dir, List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).inheritIO().start();
        assertEquals(String.join(" ", command), 0, p.waitFor());
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
