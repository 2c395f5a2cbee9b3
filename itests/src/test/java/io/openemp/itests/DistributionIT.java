package io.openemp.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    static final ObjectMapper JSON = Distribution.JSON;
    static Distribution platform;
    static Path home;

    @BeforeClass
    public static void unpack() throws Exception {
        platform = Distribution.unpack("distribution-it");
        home = platform.home;
    }

    @AfterClass
    public static void stop() {
        if (platform != null) {
            platform.close();
        }
    }

    private static void start() throws Exception {
        Map<String, String> env = new HashMap<>();
        env.put("OPENEMP_ADMIN_PASSWORD", null);
        platform.start(env);
    }

    @Test
    public void firstStartGeneratesTheAdminPasswordAndEveryTransportUsesIt() throws Exception {
        start();
        Path file = home.resolve("data/openemp/admin-password");
        HttpResponse<String> first = platform.awaitHttp("nobody", "nothing");
        assertEquals("without credentials of a user: 401", 401, first.statusCode());
        awaitFile(file);
        String password = Files.readString(file).trim();
        assertTrue(password.length() >= 20);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        HttpResponse<String> ping = platform.awaitHttp("admin", password);
        assertEquals(200, ping.statusCode());
        assertEquals("pong", JSON.readTree(ping.body()).get("result").asText());
        // the admin is a user of the relational store, with an argon2id hash, never the password itself
        byte[] database = Files.readAllBytes(home.resolve("data/openemp/emp.mv.db"));
        String text = new String(database, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertFalse("the password is not stored in clear", text.contains(password));
        assertTrue("the admin's password is stored as an argon2id hash", text.contains("$argon2id$"));
        assertFalse("etc/users.properties holds no password", Files.readString(home.resolve("etc/users.properties")).contains(password));
        assertEquals("printed once in the log", 1, count(home.resolve("data/log/karaf.log"), password));

        assertEquals(401, platform.post("karaf", "karaf", PING).statusCode());

        thrift(password, new TBinaryProtocol.Factory());
        thrift(password, new TCompactProtocol.Factory());

        platform.stop();
        start();
        assertEquals(200, platform.awaitHttp("admin", password).statusCode());
        assertEquals("not printed again", 1, count(home.resolve("data/log/karaf.log"), password));
        assertEquals(1, count(platform.console, password));
        platform.stop();
    }

    private static final String PING = "{\"jsonrpc\":\"2.0\",\"method\":\"system.ping\",\"id\":1}";

    private static void thrift(String password, org.apache.thrift.protocol.TProtocolFactory factory) throws Exception {
        TFramedTransport transport = new TFramedTransport(new TSocket("127.0.0.1", platform.thriftPort, 10_000));
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

    private static void awaitFile(Path file) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.exists(file) || Files.size(file) == 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(file + " was not written; console:\n" + Files.readString(platform.console));
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
}
