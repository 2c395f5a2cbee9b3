package io.openemp.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Set;

import javax.inject.Inject;

import org.junit.Test;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

import com.fasterxml.jackson.databind.JsonNode;

import io.openemp.plugin.api.Caller;

/**
 * Access control in the distribution: API tokens (use, expiry, revocation), lockout after repeated failed logins and
 * its clearing by an admin, and the audit log of logins and state-changing calls.
 */
public class AccessIT extends PlatformTestSupport {

    @Inject
    private ConfigurationAdmin configAdmin;

    private HttpResponse<String> bearer(String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(rpcUri()).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString("{\"jsonrpc\":\"2.0\",\"method\":\"system.ping\",\"id\":1}", StandardCharsets.UTF_8))
                .build();
        return http().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode as(String user, String password, String method, String params) throws Exception {
        HttpResponse<String> response = post(user, password, "{\"jsonrpc\":\"2.0\",\"method\":\"" + method + "\",\"id\":1"
                + (params == null ? "" : ",\"params\":" + params) + "}");
        assertEquals(response.body(), 200, response.statusCode());
        return JSON.readTree(response.body());
    }

    @Test
    public void aTokenWorksUntilItIsRevokedOrExpires() throws Exception {
        ensureUser("tomas", "tomas-viewer-password", "viewer");
        JsonNode created = as("tomas", "tomas-viewer-password", "access.token.create", "{\"name\":\"meter-reader\"}");
        String token = created.at("/result/token").asText();
        assertTrue(created.toString(), token.startsWith("emp_"));
        assertEquals(200, bearer(token).statusCode());
        assertEquals("a token that was never issued", 401, bearer("emp_" + "A".repeat(43)).statusCode());

        assertTrue(as("tomas", "tomas-viewer-password", "access.token.revoke",
                "{\"id\":" + JSON.writeValueAsString(created.at("/result/info/id")) + "}").has("result"));
        assertEquals("revoked", 401, bearer(token).statusCode());

        Instant soon = Instant.now().plusSeconds(3);
        String shortLived = as("tomas", "tomas-viewer-password", "access.token.create",
                "{\"name\":\"short\",\"expiresAt\":\"" + soon + "\"}").at("/result/token").asText();
        assertEquals(200, bearer(shortLived).statusCode());
        Thread.sleep(Math.max(0, soon.toEpochMilli() - System.currentTimeMillis()) + 1500);
        assertEquals("expired", 401, bearer(shortLived).statusCode());
    }

    @Test
    public void repeatedFailedLoginsLockTheUserOutUntilAnAdminClearsIt() throws Exception {
        ensureUser("lola", "lola-viewer-password", "viewer");
        Configuration config = configAdmin.getConfiguration("io.openemp.access", null);
        Dictionary<String, Object> fast = new Hashtable<>();
        fast.put("backoffAfterFailures", 2);
        fast.put("backoffBaseMillis", 10);
        fast.put("backoffMaxMillis", 50);
        fast.put("lockoutAfterFailures", 4);
        fast.put("lockoutMinutes", 5);
        config.update(fast);
        try {
            awaitHttpEndpoint();
            for (int i = 0; i < 6; i++) {
                assertEquals(401, post("lola", "wrong-password-" + i, "{\"jsonrpc\":\"2.0\",\"method\":\"system.ping\",\"id\":1}").statusCode());
            }
            assertEquals("locked: even the right password is refused", 401,
                    post("lola", "lola-viewer-password", "{\"jsonrpc\":\"2.0\",\"method\":\"system.ping\",\"id\":1}").statusCode());
            // every failure came from 127.0.0.1 too, so that address may be locked as well: clear through the dispatcher
            Caller admin = Caller.of("admin", Set.of("admin", "manager", "viewer"), "itest");
            JsonNode lockouts = inside(admin, "access.lockout.list", null);
            assertTrue(lockouts.toString(), lockouts.toString().contains("lola"));
            for (JsonNode l : lockouts.get("result")) {
                inside(admin, "access.lockout.clear", "{\"kind\":\"" + l.get("kind").asText() + "\",\"key\":\"" + l.get("key").asText() + "\"}");
            }
            assertEquals("cleared", 200,
                    post("lola", "lola-viewer-password", "{\"jsonrpc\":\"2.0\",\"method\":\"system.ping\",\"id\":1}").statusCode());
            JsonNode audit = call("audit.query", "{\"filter\":{\"user\":\"lola\",\"kind\":\"login\"},\"limit\":100}");
            assertTrue(audit.toString(), audit.at("/result/total").asInt() >= 5);
        } finally {
            config.delete();
            awaitHttpEndpoint();
        }
    }

    @Test
    public void stateChangingCallsAreAuditedAndReadsAreNot() throws Exception {
        ensureUser("audra", "audra-viewer-password", "viewer");
        JsonNode refused = as("audra", "audra-viewer-password", "access.user.create",
                "{\"user\":{\"name\":\"mallory\",\"roles\":[\"admin\"],\"password\":\"mallory-password\"}}");
        assertEquals(-32001, refused.at("/error/code").asInt());
        as("audra", "audra-viewer-password", "system.ping", null);
        JsonNode audit = call("audit.query", "{\"filter\":{\"user\":\"audra\",\"kind\":\"call\"},\"limit\":100}");
        assertEquals(audit.toString(), 1, audit.at("/result/total").asInt());
        JsonNode entry = audit.at("/result/items/0");
        assertEquals("access.user.create", entry.get("method").asText());
        assertEquals("error:-32001", entry.get("outcome").asText());
        assertFalse("the parameters are kept only as a digest", audit.toString().contains("mallory-password"));
    }

    private JsonNode inside(Caller caller, String method, String params) throws Exception {
        String request = "{\"jsonrpc\":\"2.0\",\"method\":\"" + method + "\",\"id\":1" + (params == null ? "" : ",\"params\":" + params) + "}";
        JsonNode answer = JSON.readTree(dispatcher.dispatch(request.getBytes(StandardCharsets.UTF_8), caller));
        assertTrue(answer.toString(), answer.has("result"));
        return answer;
    }
}
