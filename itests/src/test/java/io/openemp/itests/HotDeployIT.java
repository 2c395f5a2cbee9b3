package io.openemp.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import javax.inject.Inject;

import org.apache.karaf.features.FeaturesService;
import org.junit.Test;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleListener;
import org.osgi.framework.ServiceReference;

import com.fasterxml.jackson.databind.JsonNode;

import io.openemp.rpc.api.RpcDispatcher;

/**
 * A plugin installed and removed at run time: callable within a second of its bundle starting, -32601 once it
 * stops, and no other bundle stopped, refreshed or failing a call meanwhile.
 */
public class HotDeployIT extends PlatformTestSupport {

    static final String FEATURE = "openemp-plugin-degree-days";
    static final String BUNDLE = "io.openemp.degree-days";

    @Inject
    private FeaturesService features;

    @Test
    public void installAndUninstallAPluginWithoutDisturbingTheOthers() throws Exception {
        long dispatcherServiceId = (Long) context.getServiceReference(RpcDispatcher.class).getProperty("service.id");
        List<String> othersDisturbed = Collections.synchronizedList(new ArrayList<>());
        AtomicLong pluginStarted = new AtomicLong();
        BundleListener listener = event -> {
            String name = event.getBundle().getSymbolicName();
            if (BUNDLE.equals(name)) {
                if (event.getType() == BundleEvent.STARTED) {
                    pluginStarted.set(System.nanoTime());
                }
            } else if (event.getType() == BundleEvent.STOPPING || event.getType() == BundleEvent.STOPPED
                    || event.getType() == BundleEvent.UNRESOLVED) {
                othersDisturbed.add(name + " " + event.getType());
            }
        };
        context.addBundleListener(listener);

        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger calls = new AtomicInteger();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        Thread loop = new Thread(() -> {
            while (running.get()) {
                try {
                    HttpResponse<String> r = post("admin", ADMIN_PASSWORD, "{\"jsonrpc\":\"2.0\",\"method\":\"system.ping\",\"id\":1}");
                    if (r.statusCode() != 200 || !"pong".equals(JSON.readTree(r.body()).path("result").asText())) {
                        failures.add(r.statusCode() + " " + r.body());
                    }
                } catch (Exception e) {
                    failures.add(e.toString());
                }
                calls.incrementAndGet();
            }
        }, "call-loop");
        loop.start();
        try {
            assertEquals(-32601, call("degree-days.bases", null).at("/error/code").asInt());

            AtomicLong callable = new AtomicLong();
            Thread poller = new Thread(() -> {
                long deadline = System.nanoTime() + 60_000_000_000L;
                while (System.nanoTime() < deadline) {
                    try {
                        if (call("degree-days.bases", null).has("result")) {
                            callable.set(System.nanoTime());
                            return;
                        }
                        Thread.sleep(2);
                    } catch (Exception e) {
                        return;
                    }
                }
            }, "poller");
            poller.start();
            features.installFeature(FEATURE, EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
            poller.join(30_000);
            assertTrue("the plugin's bundle started", pluginStarted.get() > 0);
            assertTrue("the plugin's methods became callable", callable.get() > 0);
            long millis = (callable.get() - pluginStarted.get()) / 1_000_000;
            System.out.println("degree-days callable " + millis + " ms after its bundle started");
            assertTrue("callable " + millis + " ms after start", millis < 1000);
            JsonNode bases = call("degree-days.bases", null).get("result");
            assertEquals(15.5, bases.get("heatingBase").asDouble(), 1e-9);

            // An update of the plugin's bundle restarts that bundle only.
            org.osgi.framework.Bundle plugin = java.util.Arrays.stream(context.getBundles())
                    .filter(b -> BUNDLE.equals(b.getSymbolicName())).findFirst().orElseThrow();
            plugin.update();
            long deadline = System.currentTimeMillis() + 10_000;
            while (!call("degree-days.bases", null).has("result") && System.currentTimeMillis() < deadline) {
                Thread.sleep(10);
            }
            assertTrue("callable again after the update", call("degree-days.bases", null).has("result"));

            features.uninstallFeature(FEATURE);
            assertEquals(-32601, call("degree-days.bases", null).at("/error/code").asInt());
        } finally {
            running.set(false);
            loop.join(10_000);
            context.removeBundleListener(listener);
        }
        assertTrue("calls ran during the install and uninstall: " + calls.get(), calls.get() > 20);
        assertEquals("failed calls during install and uninstall", List.of(), failures);
        assertEquals("no other bundle stopped or was refreshed", List.of(), othersDisturbed);
        ServiceReference<RpcDispatcher> after = context.getServiceReference(RpcDispatcher.class);
        assertEquals("the registry was not restarted", dispatcherServiceId, (long) (Long) after.getProperty("service.id"));
    }
}
