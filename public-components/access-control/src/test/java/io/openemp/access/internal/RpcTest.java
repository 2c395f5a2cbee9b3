package io.openemp.access.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.util.Set;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.openemp.plugin.api.Caller;
import io.openemp.plugin.api.Roles;
import io.openemp.rpc.internal.StandaloneRegistry;

/** The access.* and audit.* methods as a client sees them: JSON through the real registry and dispatcher. */
public class RpcTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Caller ADMIN = Caller.of("admin", Set.of(Roles.ADMIN), "test");
    private static final Caller ANN = Caller.of("ann", Set.of(Roles.VIEWER), "test");

    private Fixture f;
    private StandaloneRegistry registry;

    @Before
    public void start() throws Exception {
        f = new Fixture();
        f.access.createAdminIfMissing("admin-password-long".toCharArray());
        registry = new StandaloneRegistry();
        registry.add(new AccessRpc(f.access), "io.openemp.access-control");
        registry.add(new AuditRpc(f.access), "io.openemp.access-control");
        ok(ADMIN, "access.user.create", "{'user':{'name':'ann','displayName':'Ann','roles':['viewer'],'password':'ann-password-long'}}");
    }

    @After
    public void stop() {
        registry.close();
    }

    private JsonNode call(Caller caller, String method, String params) throws Exception {
        ObjectNode request = JSON.createObjectNode().put("jsonrpc", "2.0").put("id", 1).put("method", method);
        if (params != null) {
            request.set("params", JSON.readTree(params.replace('\'', '"')));
        }
        byte[] response = registry.dispatch(JSON.writeValueAsBytes(request), caller);
        assertNotNull(response);
        return JSON.readTree(response);
    }

    private JsonNode ok(Caller caller, String method, String params) throws Exception {
        JsonNode response = call(caller, method, params);
        assertTrue(response.toString(), response.has("result"));
        return response.get("result");
    }

    private JsonNode error(Caller caller, String method, String params, int code) throws Exception {
        JsonNode response = call(caller, method, params);
        assertEquals(response.toString(), code, response.at("/error/code").asInt());
        return response.get("error");
    }

    @Test
    public void adminsManageUsers() throws Exception {
        JsonNode ann = ok(ADMIN, "access.user.get", "{'name':'ann'}");
        assertEquals("Ann", ann.get("displayName").asText());
        assertTrue("no password or hash in the answer", !ann.toString().contains("argon2") && !ann.has("password"));
        JsonNode updated = ok(ADMIN, "access.user.update", "{'user':{'name':'ann','roles':['viewer','manager'],'expectedVersion':1}}");
        assertEquals("[\"manager\",\"viewer\"]", updated.get("roles").toString());
        assertEquals(2, updated.get("version").asInt());
        error(ADMIN, "access.user.update", "{'user':{'name':'ann','roles':['viewer'],'expectedVersion':1}}", AccessException.CONFLICT);
        assertEquals(false, ok(ADMIN, "access.user.disable", "{'name':'ann'}").get("enabled").asBoolean());
        assertEquals(true, ok(ADMIN, "access.user.enable", "{'name':'ann'}").get("enabled").asBoolean());
        JsonNode list = ok(ADMIN, "access.user.list", "{'limit':1}");
        assertEquals(2, list.get("total").asInt());
        assertEquals("admin", list.at("/items/0/name").asText());
        assertEquals(5, ok(ANN, "access.role.list", null).size());
    }

    @Test
    public void changesNeedTheAdminRole() throws Exception {
        for (String method : new String[] { "access.user.create", "access.user.update", "access.user.disable",
                "access.user.list", "access.lockout.list", "access.lockout.clear", "audit.query" }) {
            JsonNode e = error(ANN, method, "{}", -32001);
            assertEquals(method, e.at("/data/method").asText());
        }
        error(ANN, "access.user.get", "{'name':'admin'}", AccessException.NOT_PERMITTED);
        error(ANN, "access.scope", "{'user':'admin'}", AccessException.NOT_PERMITTED);
        assertEquals("ann", ok(ANN, "access.user.get", null).get("name").asText());
        assertTrue(ok(ANN, "access.scope", null).get("all").asBoolean());
    }

    @Test
    public void badInputNamesTheField() throws Exception {
        String[][] cases = {
            { "{'user':{'name':'Bad Name','roles':['viewer'],'password':'long-enough-pw'}}", "user.name" },
            { "{'user':{'name':'ann','roles':['viewer'],'password':'long-enough-pw'}}", "user.name" },
            { "{'user':{'name':'bob','roles':['root'],'password':'long-enough-pw'}}", "user.roles" },
            { "{'user':{'name':'bob','roles':['viewer'],'password':'short'}}", "user.password" },
            { "{'user':{'name':'bob','roles':['viewer'],'password':'" + "x".repeat(2000) + "'}}", "user.password" },
            { "{'user':{'name':'bob','roles':['viewer'],'password':'bob'}}", "user.password" },
            { "{'user':{'name':'" + "b".repeat(100) + "','roles':['viewer'],'password':'long-enough-pw'}}", "user.name" },
            { "{'user':{'name':'bob','displayName':'" + "d".repeat(300) + "','roles':['viewer'],'password':'long-enough-pw'}}", "user.displayName" },
            { "{'user':{'name':'bob','orgUnit':'SZ','roles':['viewer'],'password':'long-enough-pw'}}", "user.orgUnit" },
        };
        for (String[] c : cases) {
            JsonNode e = error(ADMIN, "access.user.create", c[0], -32602);
            assertEquals(c[0], c[1], e.at("/data/param").asText());
        }
        assertEquals("user", error(ADMIN, "access.user.create", "{'user':{'name':'bob','roles':[],'password':'long-enough-pw','admin':true}}",
                -32602).at("/data/param").asText());
        assertEquals("name", error(ADMIN, "access.user.disable", "{'name':'nobody'}", -32602).at("/data/param").asText());
        assertEquals("kind", error(ADMIN, "access.lockout.clear", "{'kind':'x','key':'y'}", -32602).at("/data/param").asText());
        assertEquals("id", error(ANN, "access.token.revoke", "{'id':'tok_0000000000000000'}", -32602).at("/data/param").asText());
        assertEquals("id", error(ANN, "access.token.revoke", "{'id':'tok_x OR 1=1 --'}", -32602).at("/data/param").asText());
    }

    @Test
    public void theLastAdminStays() throws Exception {
        error(ADMIN, "access.user.disable", "{'name':'admin'}", AccessException.CONFLICT);
        error(ADMIN, "access.user.update", "{'user':{'name':'admin','roles':['viewer']}}", AccessException.CONFLICT);
        ok(ADMIN, "access.user.update", "{'user':{'name':'ann','roles':['admin']}}");
        ok(ADMIN, "access.user.disable", "{'name':'admin'}");
    }

    @Test
    public void passwordsChangeWithTheOldOneOrByAnAdmin() throws Exception {
        error(ANN, "access.user.setPassword", "{'newPassword':'ann-new-password'}", -32602);
        assertEquals("oldPassword", error(ANN, "access.user.setPassword",
                "{'oldPassword':'wrong-old-pw','newPassword':'ann-new-password'}", -32602).at("/data/param").asText());
        ok(ANN, "access.user.setPassword", "{'oldPassword':'ann-password-long','newPassword':'ann-new-password'}");
        assertTrue(f.access.authenticate("ann", "ann-password-long".toCharArray(), "http").isEmpty());
        assertTrue(f.access.authenticate("ann", "ann-new-password".toCharArray(), "http").isPresent());
        error(ANN, "access.user.setPassword", "{'name':'admin','newPassword':'taken-over-pw'}", AccessException.NOT_PERMITTED);
        ok(ADMIN, "access.user.setPassword", "{'name':'ann','newPassword':'reset-by-admin'}");
        assertTrue(f.access.authenticate("ann", "reset-by-admin".toCharArray(), "http").isPresent());
    }

    @Test
    public void tokensThroughRpc() throws Exception {
        JsonNode created = ok(ANN, "access.token.create", "{'name':'import job','expiresAt':'2026-12-01T00:00:00Z'}");
        String token = created.get("token").asText();
        assertEquals("[\"viewer\"]", created.at("/info/roles").toString());
        assertEquals("ann", f.access.authenticateToken(token, "http", null).get().user());
        JsonNode listed = ok(ANN, "access.token.list", null);
        assertEquals(1, listed.size());
        assertTrue("the list never shows the token", !listed.toString().contains(token.substring(4)));
        assertEquals("expiresAt", error(ANN, "access.token.create", "{'name':'x','expiresAt':'yesterday'}", -32602)
                .at("/data/param").asText());
        ok(ANN, "access.token.revoke", "{'id':'" + created.at("/info/id").asText() + "'}");
        assertTrue(f.access.authenticateToken(token, "http", null).isEmpty());
    }

    @Test
    public void lockoutsAndTheAuditLogThroughRpc() throws Exception {
        for (int i = 0; i < 10; i++) {
            f.clock.advance(java.time.Duration.ofMinutes(1));
            f.access.authenticate("ann", "wrong-password".toCharArray(), "http", "10.3.3.3");
        }
        JsonNode lockouts = ok(ADMIN, "access.lockout.list", null);
        assertEquals(2, lockouts.size());
        assertTrue(lockouts.get(0).hasNonNull("lockedUntil"));
        assertTrue(ok(ADMIN, "access.lockout.clear", "{'kind':'user','key':'ann'}").get("cleared").asBoolean());
        assertEquals(1, ok(ADMIN, "access.lockout.list", null).size());
        JsonNode audit = ok(ADMIN, "audit.query", "{'filter':{'user':'ann','outcome':'failed'},'limit':3}");
        assertEquals(10, audit.get("total").asInt());
        assertEquals(3, audit.get("items").size());
        assertEquals("10.3.3.3", audit.at("/items/0/source").asText());
        assertEquals("limit", error(ADMIN, "audit.query", "{'limit':5000}", -32602).at("/data/param").asText());
        assertEquals(10, ok(ADMIN, "audit.query", "{'filter':{'kind':'login'}}").get("total").asInt());
    }

    @Test
    public void stateChangingCallsThroughTheDispatcherAreAuditedReadsAreNot() throws Exception {
        registry.auditor(new DispatcherAudit(f.access));
        ok(ADMIN, "access.user.create", "{'user':{'name':'bob','roles':['viewer'],'password':'bob-password-long'}}");
        error(ANN, "access.user.create", "{'user':{'name':'eve','roles':['admin'],'password':'eve-password-long'}}", -32001);
        ok(ADMIN, "access.user.list", null);
        JsonNode calls = ok(ADMIN, "audit.query", "{'filter':{'kind':'call'}}");
        assertEquals(calls.toString(), 2, calls.get("total").asInt());
        JsonNode refused = calls.at("/items/0");
        assertEquals("ann", refused.get("user").asText());
        assertEquals("access.user.create", refused.get("method").asText());
        assertEquals("error:-32001", refused.get("outcome").asText());
        assertEquals("admin", calls.at("/items/1/user").asText());
        assertEquals("ok", calls.at("/items/1/outcome").asText());
        assertEquals("a SHA-256 of the parameters, never the password itself", 64, calls.at("/items/1/paramsSha256").asText().length());
        assertTrue(!calls.toString().contains("bob-password-long"));
    }
}
