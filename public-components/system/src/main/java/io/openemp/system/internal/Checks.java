package io.openemp.system.internal;

import java.io.File;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import io.openemp.bus.api.EventBus;
import io.openemp.bus.api.Subscription;
import io.openemp.rpc.api.ComponentInfo;
import io.openemp.system.internal.SystemComponent.Check;

/** The dependency checks of system.health, each bounded in time and never throwing. */
final class Checks {

    /** The topic of the bus round trip; only system publishes and listens on it. */
    static final String BUS_TOPIC = "emp/system/health";

    private Checks() {
    }

    /** A validation query on a pooled connection, limited to the timeout (rounded up to whole seconds). */
    static Check relational(DataSource dataSource, long timeoutMillis) {
        if (dataSource == null) {
            return new Check("relational", SystemComponent.DEGRADED, "missing: no DataSource (dataSourceName=emp) registered");
        }
        long start = System.nanoTime();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.setQueryTimeout((int) Math.max(1, (timeoutMillis + 999) / 1000));
            statement.execute("SELECT 1");
            String product = connection.getMetaData().getDatabaseProductName();
            return new Check("relational", SystemComponent.UP,
                    String.format("%s answered SELECT 1 in %.1f ms", product, (System.nanoTime() - start) / 1e6));
        } catch (SQLException | RuntimeException e) {
            return new Check("relational", SystemComponent.DOWN, "validation query failed: " + e.getMessage());
        }
    }

    static Check documents(Probe probe, long timeoutMillis) {
        if (probe == null) {
            return new Check("documents", SystemComponent.DEGRADED, "missing: no document store installed");
        }
        try {
            return probe.check(timeoutMillis);
        } catch (RuntimeException e) {
            return new Check("documents", SystemComponent.DOWN, "health failed: " + e);
        }
    }

    static Check disk(File directory, long minFreeMb) {
        long free = directory.getUsableSpace();
        long total = directory.getTotalSpace();
        String detail = free / (1024 * 1024) + " MB free of " + total / (1024 * 1024) + " MB under " + directory
                + " (minimum " + minFreeMb + " MB)";
        if (total == 0) {
            return new Check("disk", SystemComponent.DOWN, "cannot read the file system of " + directory);
        }
        return new Check("disk", free < minFreeMb * 1024 * 1024 ? SystemComponent.DEGRADED : SystemComponent.UP, detail);
    }

    /** Publishes a nonce and waits for its delivery back: Event Admin is up and delivering, not just registered. */
    static Check bus(EventBus bus, long timeoutMillis) {
        if (bus == null) {
            return new Check("bus", SystemComponent.DOWN, "missing: no event bus");
        }
        String nonce = UUID.randomUUID().toString();
        CountDownLatch delivered = new CountDownLatch(1);
        long start = System.nanoTime();
        try (Subscription subscription = bus.subscribe(BUS_TOPIC, event -> {
            if (nonce.equals(event.get("nonce"))) {
                delivered.countDown();
            }
        })) {
            bus.publish(BUS_TOPIC, Map.of("nonce", nonce));
            if (delivered.await(timeoutMillis, TimeUnit.MILLISECONDS)) {
                return new Check("bus", SystemComponent.UP,
                        String.format("event delivered back in %.1f ms", (System.nanoTime() - start) / 1e6));
            }
            return new Check("bus", SystemComponent.DOWN, "event not delivered within " + timeoutMillis + " ms");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Check("bus", SystemComponent.DOWN, "interrupted");
        } catch (RuntimeException e) {
            return new Check("bus", SystemComponent.DOWN, "round trip failed: " + e.getMessage());
        }
    }

    /** One check per registered component: refused ones (duplicate id, invalid declaration) are degraded. */
    static List<Check> components(List<ComponentInfo> components) {
        List<Check> checks = new ArrayList<>();
        for (ComponentInfo c : components) {
            String name = "component:" + c.id();
            String from = c.bundleSymbolicName() + " " + c.bundleVersion();
            checks.add(ComponentInfo.ACTIVE.equals(c.state())
                    ? new Check(name, SystemComponent.UP, c.version() + " from " + from + ", " + c.methods().size() + " methods")
                    : new Check(name, SystemComponent.DEGRADED, c.state() + " (" + from + "): " + c.reason()));
        }
        return checks;
    }
}
