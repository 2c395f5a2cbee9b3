package io.openemp.system.internal;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Vector;

import org.junit.Test;
import org.osgi.service.metatype.AttributeDefinition;

/** The metatype rules, on a definition shaped like io.openemp.rpc's. */
public class MetatypeValidatorTest {

    static Ocd rpc() {
        return new Ocd("io.openemp.rpc")
                .add(new Ocd.Ad("maxBatchLength", AttributeDefinition.INTEGER, 0).defaults("1000").range("1", "100000"), true)
                .add(new Ocd.Ad("maxRequestBytes", AttributeDefinition.LONG, 0).defaults("10485760"), true)
                .add(new Ocd.Ad("ratio", AttributeDefinition.DOUBLE, 0), false)
                .add(new Ocd.Ad("open", AttributeDefinition.BOOLEAN, 0).defaults("false"), true)
                .add(new Ocd.Ad("mode", AttributeDefinition.STRING, 0).options("fast", "safe").defaults("safe"), true)
                .add(new Ocd.Ad("roles", AttributeDefinition.STRING, 3).defaults("admin"), true)
                .add(new Ocd.Ad("ports", AttributeDefinition.INTEGER, -10), false)
                .add(new Ocd.Ad("secret", AttributeDefinition.PASSWORD, 0), true);
    }

    static String refusal(Map<String, Object> changes) {
        try {
            MetatypeValidator.apply(rpc(), Map.of("maxBatchLength", 1000), changes);
        } catch (MetatypeValidator.Invalid e) {
            return e.key + ": " + e.reason;
        }
        fail("accepted " + changes);
        return null;
    }

    @Test
    public void convertsJsonValuesToTheDeclaredTypes() throws Exception {
        Map<String, Object> changes = new HashMap<>();
        changes.put("maxBatchLength", 500);
        changes.put("maxRequestBytes", "20971520");
        changes.put("ratio", 0.25);
        changes.put("open", "TRUE");
        changes.put("mode", "fast");
        changes.put("roles", List.of("admin", "manager"));
        changes.put("ports", List.of(8181, "8182"));
        Map<String, Object> next = MetatypeValidator.apply(rpc(), Map.of("maxBatchLength", 1000, "other", "kept"), changes);
        assertEquals(500, next.get("maxBatchLength"));
        assertEquals(20971520L, next.get("maxRequestBytes"));
        assertEquals(0.25, next.get("ratio"));
        assertEquals(Boolean.TRUE, next.get("open"));
        assertEquals("fast", next.get("mode"));
        assertArrayEquals(new String[] { "admin", "manager" }, (String[]) next.get("roles"));
        assertEquals(new Vector<>(List.of(8181, 8182)), next.get("ports"));
        assertEquals("kept", next.get("other"));
    }

    @Test
    public void nullRemovesAKeySoItsDefaultApplies() throws Exception {
        Map<String, Object> changes = new HashMap<>();
        changes.put("maxBatchLength", null);
        assertFalse(MetatypeValidator.apply(rpc(), Map.of("maxBatchLength", 7), changes).containsKey("maxBatchLength"));
        Map<String, Object> secret = new HashMap<>();
        secret.put("secret", null);
        assertEquals("secret: required and without a default: it cannot be removed", refusal(secret));
    }

    @Test
    public void refusalsNameTheKeyAndTheReason() {
        assertEquals("maxBatchLength: Value 0 is less than the minimum 1", refusal(Map.of("maxBatchLength", 0)));
        assertEquals("maxBatchLength: Value 100001 is greater than the maximum 100000",
                refusal(Map.of("maxBatchLength", "100001")));
        assertEquals("maxBatchLength: 'ten' is not an integer in its range, without a fraction",
                refusal(Map.of("maxBatchLength", "ten")));
        assertEquals("maxBatchLength: '2.5' is not an integer in its range, without a fraction",
                refusal(Map.of("maxBatchLength", 2.5)));
        assertEquals("maxBatchLength: '99999999999' is not an integer in its range, without a fraction",
                refusal(Map.of("maxBatchLength", 99999999999L)));
        assertEquals("open: 'yes' is not a boolean (true or false)", refusal(Map.of("open", "yes")));
        assertEquals("ratio: must be a finite number", refusal(Map.of("ratio", "NaN")));
        assertEquals("mode: 'reckless' is not one of [fast, safe]", refusal(Map.of("mode", "reckless")));
        assertEquals("roles: takes at most 3 values, got 4", refusal(Map.of("roles", List.of("a", "b", "c", "d"))));
        assertEquals("maxBatchLength: takes one value, not a list", refusal(Map.of("maxBatchLength", List.of(1, 2))));
        assertEquals("mode: takes string values, not nested objects or lists", refusal(Map.of("mode", Map.of("x", 1))));
        assertTrue(refusal(Map.of("maxBatchLenght", 5)).startsWith("maxBatchLenght: unknown key; io.openemp.rpc has [maxBatchLength,"));
        assertEquals("service.pid: reserved: set by the framework, not by configuration", refusal(Map.of("service.pid", "x")));
        assertEquals("mode: value longer than 65536 characters", refusal(Map.of("mode", "x".repeat(70_000))));
    }

    @Test
    public void oneBadValueRefusesTheWholeChangeAndLeavesTheInputAlone() {
        Map<String, Object> current = new HashMap<>(Map.of("maxBatchLength", 1000, "mode", "safe"));
        Map<String, Object> changes = new java.util.LinkedHashMap<>();
        changes.put("mode", "fast");
        changes.put("maxBatchLength", -1);
        try {
            MetatypeValidator.apply(rpc(), current, changes);
            fail();
        } catch (MetatypeValidator.Invalid e) {
            assertEquals("maxBatchLength", e.key);
        }
        assertEquals(Map.of("maxBatchLength", 1000, "mode", "safe"), current);
        assertTrue(Arrays.asList(MetatypeValidator.RESERVED.toArray()).contains("service.factoryPid"));
    }
}
