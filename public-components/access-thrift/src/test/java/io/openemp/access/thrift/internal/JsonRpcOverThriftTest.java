package io.openemp.access.thrift.internal;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.ArrayList;
import java.util.List;

import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.openemp.access.thrift.gen.AuthenticationFailed;
import io.openemp.access.thrift.gen.LimitExceeded;
import io.openemp.access.thrift.gen.Session;
import io.openemp.access.thrift.internal.ThriftClient.Protocol;

/**
 * The JsonRpc service as a Java client sees it, once with the binary and once with the compact protocol, both
 * against the same port: login per connection, JSON-RPC calls, notifications and batches through the real
 * registry.
 */
@RunWith(Parameterized.class)
public class JsonRpcOverThriftTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @Parameters(name = "{0}")
    public static Object[] protocols() {
        return Protocol.values();
    }

    @Rule
    public final RunningServer running = new RunningServer();

    private final Protocol protocol;

    public JsonRpcOverThriftTest(Protocol protocol) {
        this.protocol = protocol;
    }

    static String request(String method, String params, int id) {
        return "{\"jsonrpc\":\"2.0\",\"method\":\"" + method + "\"" + (params == null ? "" : ",\"params\":" + params)
                + ",\"id\":" + id + "}";
    }

    static String notification(String method, String params) {
        return "{\"jsonrpc\":\"2.0\",\"method\":\"" + method + "\",\"params\":" + params + "}";
    }

    static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    @Test
    public void afterLoginRpcComponentsListsTheRegistryAndTheTestComponent() throws Exception {
        try (ThriftClient client = running.alice(protocol)) {
            JsonNode response = json(client.rpc.call(request("rpc.components", null, 1)));
            assertEquals(1, response.get("id").asInt());
            List<String> ids = new ArrayList<>();
            response.get("result").forEach(c -> ids.add(c.get("id").asText()));
            assertTrue(ids.toString(), ids.contains("rpc"));
            assertTrue(ids.toString(), ids.contains("echo"));
        }
    }

    @Test
    public void aCallReachesTheComponentAsTheLoggedInUserOverThrift() throws Exception {
        try (ThriftClient client = running.alice(protocol)) {
            JsonNode said = json(client.rpc.call(request("echo.say", "{\"text\":\"Grüße, 電力\"}", 2)));
            assertEquals("Grüße, 電力", said.get("result").asText());

            JsonNode who = json(client.rpc.call(request("echo.whoami", null, 3))).get("result");
            assertEquals("alice", who.get("user").asText());
            assertEquals("thrift", who.get("transport").asText());
            assertEquals("[\"manager\",\"viewer\"]", who.get("roles").toString());
        }
    }

    @Test
    public void loginReturnsTheUserAndSortedRolesAndClearsThePassword() throws Exception {
        try (ThriftClient client = running.client(protocol)) {
            Session session = client.rpc.login(TestAuthenticator.ALICE, TestAuthenticator.ALICE_PASSWORD);
            assertEquals("alice", session.getUser());
            assertEquals(List.of("manager", "viewer"), session.getRoles());
            char[] handedIn = running.authenticator.lastPassword;
            assertArrayEquals(new char[TestAuthenticator.ALICE_PASSWORD.length()], handedIn);
        }
    }

    @Test
    public void withoutLoginEveryCallAnswersUnauthorized() throws Exception {
        try (ThriftClient client = running.client(protocol)) {
            JsonNode response = json(client.rpc.call(request("rpc.components", null, 4)));
            assertEquals(-32000, response.at("/error/code").asInt());
            assertEquals(4, response.get("id").asInt());

            List<String> answers = client.rpc.batch(List.of(request("echo.say", "{\"text\":\"a\"}", 5)));
            assertEquals(-32000, json(answers.get(0)).at("/error/code").asInt());
            assertTrue(running.echo.heard.isEmpty());
        }
    }

    @Test
    public void aWrongPasswordRaisesAuthenticationFailedAndDropsAnEarlierLogin() throws Exception {
        try (ThriftClient client = running.alice(protocol)) {
            assertEquals("alice", json(client.rpc.call(request("echo.whoami", null, 1))).at("/result/user").asText());
            try {
                client.rpc.login(TestAuthenticator.ALICE, "not-her-password");
                fail("a wrong password was accepted");
            } catch (AuthenticationFailed expected) {
                assertEquals("Wrong user name or password", expected.getMessage());
            }
            assertEquals(-32000, json(client.rpc.call(request("echo.whoami", null, 2))).at("/error/code").asInt());
        }
    }

    @Test
    public void anUnknownUserGetsTheSameAnswerAsAWrongPassword() throws Exception {
        try (ThriftClient client = running.client(protocol)) {
            try {
                client.rpc.login("mallory", "guess");
                fail("an unknown user was accepted");
            } catch (AuthenticationFailed expected) {
                assertEquals("Wrong user name or password", expected.getMessage());
            }
            try {
                client.rpc.login("", "");
                fail("an empty user was accepted");
            } catch (AuthenticationFailed expected) {
                assertEquals("Wrong user name or password", expected.getMessage());
            }
        }
    }

    @Test
    public void logoutMakesCallsUnauthorizedUntilTheNextLogin() throws Exception {
        try (ThriftClient client = running.alice(protocol)) {
            client.rpc.logout();
            assertEquals(-32000, json(client.rpc.call(request("echo.say", "{\"text\":\"x\"}", 1))).at("/error/code").asInt());
            client.rpc.login(TestAuthenticator.ROOT, TestAuthenticator.ROOT_PASSWORD);
            assertEquals("root", json(client.rpc.call(request("echo.whoami", null, 2))).at("/result/user").asText());
        }
    }

    @Test
    public void eachConnectionHasItsOwnLogin() throws Exception {
        try (ThriftClient root = running.client(protocol); ThriftClient anonymous = running.client(protocol);
                ThriftClient alice = running.alice(protocol)) {
            root.rpc.login(TestAuthenticator.ROOT, TestAuthenticator.ROOT_PASSWORD);
            assertEquals("42", json(root.rpc.call(request("echo.secret", null, 1))).get("result").asText());
            assertEquals(-32001, json(alice.rpc.call(request("echo.secret", null, 2))).at("/error/code").asInt());
            assertEquals(-32000, json(anonymous.rpc.call(request("echo.secret", null, 3))).at("/error/code").asInt());
        }
    }

    @Test
    public void aNotificationAnswersAnEmptyString() throws Exception {
        try (ThriftClient client = running.alice(protocol)) {
            assertEquals("", client.rpc.call(notification("echo.say", "{\"text\":\"quiet\"}")));
            assertEquals(List.of("quiet"), running.echo.heard);
            String allNotifications = "[" + notification("echo.say", "{\"text\":\"a\"}") + ","
                    + notification("echo.say", "{\"text\":\"b\"}") + "]";
            assertEquals("", client.rpc.call(allNotifications));
        }
    }

    @Test
    public void aJsonRpcBatchInOneCallAnswersAnArray() throws Exception {
        try (ThriftClient client = running.alice(protocol)) {
            String batch = "[" + request("echo.say", "{\"text\":\"one\"}", 1) + ","
                    + notification("echo.say", "{\"text\":\"two\"}") + "," + request("no.such", null, 3) + "]";
            JsonNode answers = json(client.rpc.call(batch));
            assertTrue(answers.isArray());
            assertEquals(2, answers.size());
            for (JsonNode answer : answers) {
                if (answer.get("id").asInt() == 1) {
                    assertEquals("one", answer.get("result").asText());
                } else {
                    assertEquals(-32601, answer.at("/error/code").asInt());
                }
            }
        }
    }

    @Test
    public void batchAnswersEachRequestAtItsPosition() throws Exception {
        try (ThriftClient client = running.alice(protocol)) {
            List<String> answers = client.rpc.batch(List.of(
                    request("echo.say", "{\"text\":\"first\"}", 1),
                    notification("echo.say", "{\"text\":\"second\"}"),
                    "{not json",
                    "[" + request("echo.say", "{\"text\":\"fourth\"}", 4) + "]"));
            assertEquals(4, answers.size());
            assertEquals("first", json(answers.get(0)).get("result").asText());
            assertEquals("", answers.get(1));
            assertEquals(-32700, json(answers.get(2)).at("/error/code").asInt());
            assertEquals("fourth", json(answers.get(3)).at("/0/result").asText());
            assertEquals(List.of("first", "second", "fourth"), running.echo.heard);
            assertEquals(List.of(), client.rpc.batch(List.of()));
        }
    }

    @Test
    public void aBatchLongerThanTheRegistryAllowsRaisesLimitExceededAndRunsNothing() throws Exception {
        try (ThriftClient client = running.alice(protocol)) {
            List<String> requests = new ArrayList<>();
            for (int i = 0; i <= RunningServer.MAX_BATCH; i++) {
                requests.add(request("echo.say", "{\"text\":\"t" + i + "\"}", i));
            }
            try {
                client.rpc.batch(requests);
                fail("a batch over the limit was run");
            } catch (LimitExceeded expected) {
                assertEquals("maxBatchLength", expected.getLimit());
                assertEquals(RunningServer.MAX_BATCH, expected.getValue());
            }
            assertTrue(running.echo.heard.isEmpty());
            assertEquals(RunningServer.MAX_BATCH, client.rpc.batch(requests.subList(0, RunningServer.MAX_BATCH)).size());
        }
    }

    @Test
    public void jsonErrorsAreAnsweredInsideTheJsonAndTheConnectionGoesOn() throws Exception {
        try (ThriftClient client = running.alice(protocol)) {
            assertEquals(-32700, json(client.rpc.call("{\"jsonrpc\":")).at("/error/code").asInt());
            assertEquals(-32700, json(client.rpc.call("")).at("/error/code").asInt());
            assertEquals(-32601, json(client.rpc.call(request("echo.nothing", null, 1))).at("/error/code").asInt());
            assertEquals(-32602, json(client.rpc.call(request("echo.say", "{}", 2))).at("/error/code").asInt());
            assertEquals("still here", json(client.rpc.call(request("echo.say", "{\"text\":\"still here\"}", 3)))
                    .get("result").asText());
            assertFalse(running.server.stats().malformedMessages() > 0);
        }
    }
}
