package io.openemp.plugins.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;

import io.openemp.plugin.api.RpcException;
import io.openemp.plugins.api.Outcome;
import io.openemp.plugins.api.Plugin;
import io.openemp.rpc.api.ComponentInfo;
import io.openemp.rpc.api.RpcRegistry;

/**
 * Install, upgrade and uninstall of plugin features, one operation at a time, each checked against what the
 * RPC registry reports: the components a feature brings are the registry entries that appear after it is
 * installed. An entry the registry refused (a component id another bundle already serves) makes the install
 * {@code refused} and it is rolled back.
 *
 * <p>Upgrade keeps the old version serving until the new one is active: the new feature is installed first,
 * its components are registered as waiting ({@code failed}: "already served by" the old bundle), then the old
 * feature is uninstalled; the registry hands the id to the waiting component in the same table update that
 * drops the old one, so every call finds one of them.
 */
final class PluginManager {

    /** Application error codes of the plugins component. */
    static final int BUSY = 4701;
    static final int OPERATION_FAILED = 4702;

    private final FeatureBackend backend;
    private final RpcRegistry registry;
    private final PluginCatalog catalog;
    private final ReentrantLock lock = new ReentrantLock();
    private volatile long waitMillis;

    PluginManager(FeatureBackend backend, RpcRegistry registry, PluginCatalog catalog, long waitMillis) {
        this.backend = backend;
        this.registry = registry;
        this.catalog = catalog;
        this.waitMillis = waitMillis;
    }

    void setWaitMillis(long waitMillis) {
        this.waitMillis = waitMillis;
    }

    List<Plugin> list() throws Exception {
        return catalog.plugins();
    }

    Outcome install(String name, String version) throws Exception {
        return exclusive(() -> {
            long start = System.nanoTime();
            Plugin target = catalog.find(name, version);
            if (target.installed()) {
                throw RpcException.invalidParams("name", name + " " + target.version() + " is already installed");
            }
            Optional<Plugin> other = catalog.installed(name);
            if (other.isPresent()) {
                throw RpcException.invalidParams("name", name + " " + other.get().version()
                        + " is installed: use plugins.upgrade to change its version");
            }
            Set<String> before = keys(registry.components());
            backend.install(target.name(), target.version());
            List<ComponentInfo> added = awaitNew(before, c -> true);
            List<ComponentInfo> refused = added.stream().filter(c -> ComponentInfo.FAILED.equals(c.state())).toList();
            if (!refused.isEmpty()) {
                backend.uninstall(target.name(), target.version());
                return outcome("install", target, null, "refused", added,
                        "refused and rolled back: " + reasons(refused), start);
            }
            return outcome("install", target, null, "installed", added, added.isEmpty()
                    ? "installed; no RPC component registered within " + waitMillis + " ms" : "installed and active", start);
        });
    }

    Outcome upgrade(String name, String version) throws Exception {
        return exclusive(() -> {
            long start = System.nanoTime();
            Plugin old = catalog.installed(name).orElseThrow(() -> RpcException.invalidParams("name",
                    name + " is not installed: use plugins.install"));
            Plugin target = version == null ? catalog.newest(name) : catalog.find(name, version);
            if (Versions.compare(target.version(), old.version()) <= 0) {
                throw RpcException.invalidParams("version", target.version() + " is not newer than the installed "
                        + old.version());
            }
            Set<String> before = keys(registry.components());
            backend.install(target.name(), target.version());
            // the new components are listed as waiting behind the old ones, or active when the id is new
            List<ComponentInfo> added = awaitNew(before, c -> true);
            List<ComponentInfo> broken = added.stream().filter(c -> ComponentInfo.FAILED.equals(c.state())
                    && (c.reason() == null || !c.reason().contains("already served by"))).toList();
            if (!broken.isEmpty()) {
                backend.uninstall(target.name(), target.version());
                return outcome("upgrade", target, old.version(), "refused", added,
                        "new version refused and rolled back; " + old.version() + " still serves: " + reasons(broken), start);
            }
            backend.uninstall(old.name(), old.version());
            List<ComponentInfo> active = awaitActive(added);
            if (active.size() < added.size()) {
                return outcome("upgrade", target, old.version(), "failed", added, "old version uninstalled but only "
                        + active.size() + " of " + added.size() + " new components became active", start);
            }
            return outcome("upgrade", target, old.version(), "upgraded", added,
                    "new version active; " + old.version() + " uninstalled", start);
        });
    }

    Outcome uninstall(String name, String version) throws Exception {
        return exclusive(() -> {
            long start = System.nanoTime();
            Plugin target = version == null ? catalog.installed(name).orElseThrow(() -> RpcException.invalidParams(
                    "name", name + " is not installed")) : catalog.find(name, version);
            if (!target.installed()) {
                throw RpcException.invalidParams("version", name + " " + target.version() + " is not installed");
            }
            List<ComponentInfo> beforeList = registry.components();
            backend.uninstall(target.name(), target.version());
            Set<String> after = keys(registry.components());
            List<ComponentInfo> gone = beforeList.stream().filter(c -> !after.contains(key(c))).toList();
            return outcome("uninstall", target, null, "uninstalled", gone, "uninstalled", start);
        });
    }

    private interface Operation {
        Outcome run() throws Exception;
    }

    private Outcome exclusive(Operation operation) throws Exception {
        if (!lock.tryLock(5, TimeUnit.SECONDS)) {
            throw new RpcException(BUSY, "Another plugin operation is running; try again when it has finished", null);
        }
        try {
            return operation.run();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits for registry entries not in {@code before}: until some have appeared and nothing changed for a
     * settling period (a feature may hold several components), or until the wait limit.
     */
    private List<ComponentInfo> awaitNew(Set<String> before, Predicate<ComponentInfo> filter) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(waitMillis);
        long settle = TimeUnit.MILLISECONDS.toNanos(Math.min(300, Math.max(50, waitMillis / 10)));
        Map<String, ComponentInfo> seen = new LinkedHashMap<>();
        long lastChange = System.nanoTime();
        while (System.nanoTime() < deadline) {
            Map<String, ComponentInfo> now = new LinkedHashMap<>();
            for (ComponentInfo c : registry.components()) {
                if (!before.contains(key(c)) && filter.test(c)) {
                    now.put(key(c) + "|" + c.state(), c);
                }
            }
            if (!now.keySet().equals(seen.keySet())) {
                seen = now;
                lastChange = System.nanoTime();
            } else if (!seen.isEmpty() && System.nanoTime() - lastChange >= settle) {
                break;
            }
            Thread.sleep(20);
        }
        return new ArrayList<>(seen.values());
    }

    /** Waits until each of {@code components} (by id, bundle and version) is active; returns the active ones. */
    private List<ComponentInfo> awaitActive(List<ComponentInfo> components) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(waitMillis);
        List<ComponentInfo> active = List.of();
        while (true) {
            Set<String> wanted = keys(components);
            active = registry.components().stream()
                    .filter(c -> wanted.contains(key(c)) && ComponentInfo.ACTIVE.equals(c.state())).toList();
            if (active.size() >= components.size() || System.nanoTime() >= deadline) {
                return active;
            }
            Thread.sleep(20);
        }
    }

    static String key(ComponentInfo c) {
        return c.id() + "@" + c.bundleSymbolicName() + "/" + c.bundleVersion();
    }

    private static Set<String> keys(List<ComponentInfo> components) {
        Set<String> keys = new HashSet<>();
        components.forEach(c -> keys.add(key(c)));
        return keys;
    }

    private static String reasons(List<ComponentInfo> refused) {
        List<String> lines = new ArrayList<>();
        refused.forEach(c -> lines.add("component '" + c.id() + "': " + c.reason()));
        return String.join("; ", lines);
    }

    private static Outcome outcome(String operation, Plugin target, String previous, String result,
            List<ComponentInfo> components, String detail, long startNanos) {
        return new Outcome(operation, target.name(), target.version(), previous, result,
                components.stream().map(ComponentInfo::id).distinct().sorted().toList(), detail,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos));
    }
}
