package io.openemp.event.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.bson.Document;
import org.junit.Test;

import io.openemp.data.documents.internal.InMemoryDocumentStore;
import io.openemp.event.api.Alarm;
import io.openemp.event.api.RuleKind;
import io.openemp.event.api.RuleSpec;

/**
 * The service as DS starts it: configuration, the document store, the bus, its own worker and timer threads
 * on the system clock; and nothing left running after deactivation.
 */
public class ActivationTest {

    static EventConfig config(Map<String, Object> values) {
        return (EventConfig) Proxy.newProxyInstance(EventConfig.class.getClassLoader(), new Class<?>[] { EventConfig.class },
                (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "annotationType": return EventConfig.class;
                        case "toString": return values.toString();
                        case "hashCode": return 0;
                        case "equals": return proxy == args[0];
                        default: return values.getOrDefault(method.getName(), method.getDefaultValue());
                    }
                });
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long end = System.currentTimeMillis() + 10_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                fail("timed out waiting for " + what);
            }
            Thread.sleep(20);
        }
    }

    private static long eventThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("openemp-event-")).count();
    }

    @Test
    public void readingsFromTheBusAndTheStaleTimerWorkUntilDeactivation() throws Exception {
        try (InMemoryDocumentStore store = new InMemoryDocumentStore()) {
            for (String name : store.database(EventService.COMPONENT).listCollectionNames()) {
                store.database(EventService.COMPONENT).getCollection(name).deleteMany(new Document());
            }
            DirectBus bus = new DirectBus();
            EventService events = new EventService(store, bus, config(Map.of("sweepSeconds", 1)));
            try {
                events.createRule(RuleValidator.validate(new RuleSpec("hi", RuleKind.HIGH, "M-1", "power", new BigDecimal("100"),
                        null, null, null, null, null, null), "ann", Instant.now()));
                events.createRule(RuleValidator.validate(new RuleSpec("quiet", RuleKind.STALE, "M-2", "power", null,
                        null, null, null, 1, 1, null), "ann", Instant.now()));
                bus.publish("emp/reading/modbus", Map.of("meter", "M-1", "readingType", "power",
                        "at", Instant.now().toString(), "value", 120.5));
                await("the high alarm", () -> events.list(Fixture.ANN, null, "M-1", false, 10).size() == 1);
                await("the stale alarm from the timer", () -> events.list(Fixture.ANN, null, "M-2", false, 10).size() == 1);
                Alarm stale = events.list(Fixture.ANN, null, "M-2", false, 10).get(0);
                assertTrue(stale.message(), stale.message().startsWith("no power reading since"));
                assertEquals(List.of(), events.list(Fixture.ANN, null, "M-3", false, 10));
                assertTrue(eventThreads() >= 1);
            } finally {
                events.deactivate();
            }
            await("the service threads to end", () -> eventThreads() == 0);
            bus.publish("emp/reading/modbus", Map.of("meter", "M-3", "readingType", "power", "at", 0L, "value", 1));
        }
    }

    @Test
    public void aConfigurationOutOfRangeIsRefusedNamingTheKey() {
        try {
            Settings.of(config(Map.of("ringSize", -1)));
            fail();
        } catch (IllegalArgumentException e) {
            assertEquals("ringSize = -1 is out of range 0..100000", e.getMessage());
        }
        assertEquals(Settings.DEFAULTS, Settings.of(config(Map.of())));
    }

    @Test
    public void readingPropertiesInEveryAcceptedForm() {
        Instant at = Instant.parse("2026-11-25T10:00:00Z");
        for (Object when : new Object[] { at, java.util.Date.from(at), at.toEpochMilli(), "2026-11-25T10:00:00Z" }) {
            assertEquals(at, BusReadings.parse(Map.of("meter", "M", "readingType", "t", "at", when, "value", "1")).at());
        }
        for (Object[] v : new Object[][] { { "230.10", "230.10" }, { 230.1, "230.1" }, { 7, "7" }, { 7L, "7" },
                { new BigDecimal("1.5"), "1.5" }, { 0.1f, "0.10000000149011612" } }) {
            assertEquals(new BigDecimal((String) v[1]),
                    BusReadings.parse(Map.of("meter", "M", "readingType", "t", "at", 0L, "value", v[0])).value());
        }
        for (Map<String, Object> bad : List.<Map<String, Object>>of(
                Map.of("meter", "", "readingType", "t", "at", 0L, "value", "1"),
                Map.of("meter", "x".repeat(101), "readingType", "t", "at", 0L, "value", "1"),
                Map.of("meter", "M", "readingType", "t", "at", 1.5, "value", "1"),
                Map.of("meter", "M", "readingType", "t", "at", 0L, "value", Double.POSITIVE_INFINITY),
                Map.of("meter", "M", "readingType", "t", "at", 0L, "value", "1".repeat(60)),
                Map.of("meter", "M", "readingType", "t", "at", 0L, "value", "1e-40"),
                Map.of("meter", "M", "readingType", "t", "at", 0L))) {
            try {
                BusReadings.parse(bad);
                fail(bad.toString());
            } catch (IllegalArgumentException e) {
                assertTrue(e.getMessage(), e.getMessage().startsWith("property "));
            }
        }
    }
}
