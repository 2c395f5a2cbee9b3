package io.openemp.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import javax.inject.Inject;

import org.junit.Test;
import org.osgi.framework.ServiceRegistration;

import io.openemp.bus.api.BusEvent;
import io.openemp.bus.api.EventBus;
import io.openemp.bus.api.Subscription;
import io.openemp.plugin.api.RpcComponent;

/** The bus on Event Admin: the registry announces components as emp/plugin/&lt;state&gt;. */
public class BusIT extends PlatformTestSupport {

    @Inject
    private EventBus bus;

    @Test
    public void componentsAreAnnouncedOnTheBus() throws Exception {
        BlockingQueue<BusEvent> events = new LinkedBlockingQueue<>();
        try (Subscription subscription = bus.subscribe("emp/plugin/*", event -> {
            if ("bus-test".equals(event.get("id")) || "system".equals(event.get("id"))) {
                events.add(event);
            }
        })) {
            ServiceRegistration<RpcComponent> registration = context.registerService(RpcComponent.class, new ItestComponent("bus-test"), null);
            BusEvent registered = events.poll(10, TimeUnit.SECONDS);
            assertNotNull("registered announced", registered);
            assertEquals("emp/plugin/registered", registered.topic());
            assertEquals("1.0.0", registered.get("version"));
            assertEquals("active", registered.get("state"));

            ServiceRegistration<RpcComponent> duplicate = context.registerService(RpcComponent.class, new ItestComponent("system"), null);
            BusEvent failed = events.poll(10, TimeUnit.SECONDS);
            assertNotNull("refusal announced", failed);
            assertEquals("emp/plugin/failed", failed.topic());
            assertTrue(String.valueOf(failed.get("reason")).contains("already served"));
            duplicate.unregister();
            assertEquals("emp/plugin/unregistered", events.poll(10, TimeUnit.SECONDS).topic());

            registration.unregister();
            BusEvent unregistered = events.poll(10, TimeUnit.SECONDS);
            assertNotNull(unregistered);
            assertEquals("emp/plugin/unregistered", unregistered.topic());
            assertEquals("bus-test", unregistered.get("id"));
        }
    }

    @Test
    public void publishAndSubscribeByPattern() throws Exception {
        BlockingQueue<BusEvent> events = new LinkedBlockingQueue<>();
        try (Subscription subscription = bus.subscribe("emp/reading/*", events::add)) {
            bus.publish("emp/reading/dlt645", Map.of("meter", "M1", "kwh", 12.5));
            bus.publish("emp/alarm/other", Map.of("meter", "M1"));
            BusEvent event = events.poll(10, TimeUnit.SECONDS);
            assertNotNull(event);
            assertEquals("emp/reading/dlt645", event.topic());
            assertEquals("M1", event.get("meter"));
            assertEquals(12.5, (Double) event.get("kwh"), 0.0);
            assertEquals("only the pattern's topics", null, events.poll(500, TimeUnit.MILLISECONDS));
        }
    }
}
