package io.openemp.rpc.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.openemp.plugin.api.RpcComponent;
import io.openemp.rpc.api.ComponentInfo;

/**
 * The components known now and the methods they serve. One component per id serves; a second one with the same
 * id is refused (state failed) and takes over, without a gap, when the serving one goes. Writes are serialised;
 * reads see an immutable snapshot, so the dispatcher never takes a lock.
 */
final class ComponentTable {

    private static final Logger LOG = LoggerFactory.getLogger(ComponentTable.class);

    /** Ids no plugin may take. */
    static final String RESERVED_ID = "rpc";

    /** What changed, for the bus: state is registered, unregistered or failed. */
    record Change(String state, ComponentInfo component) {
    }

    private static final class Entry {
        final long key;
        final RpcComponent instance;
        final String bundle;
        final String bundleVersion;
        final ComponentModel model;
        final boolean builtIn;
        String state;
        String reason;

        Entry(long key, RpcComponent instance, String bundle, String bundleVersion, ComponentModel model,
                boolean builtIn) {
            this.key = key;
            this.instance = instance;
            this.bundle = bundle;
            this.bundleVersion = bundleVersion;
            this.model = model;
            this.builtIn = builtIn;
        }

        String id() {
            return model != null ? model.id() : safeId(instance);
        }

        ComponentInfo info() {
            List<String> methods = model == null ? List.of() : model.methods().keySet().stream().sorted().toList();
            return new ComponentInfo(id(), model != null ? model.version() : safeVersion(instance),
                    model != null ? model.description() : "", bundle, bundleVersion, state, reason, methods);
        }
    }

    private final Introspector introspector;
    private final Map<Long, Entry> entries = new LinkedHashMap<>();
    private volatile Map<String, MethodModel> methods = Map.of();
    private volatile List<ComponentInfo> infos = List.of();
    private volatile Map<String, String> unavailable = Map.of();

    ComponentTable(Introspector introspector) {
        this.introspector = introspector;
    }

    /**
     * Adds a component published under {@code key} (the service id) by {@code bundle}.
     *
     * @return what changed
     */
    synchronized List<Change> add(long key, RpcComponent instance, String bundle, String bundleVersion, boolean builtIn) {
        List<Change> changes = new ArrayList<>();
        ComponentModel model = null;
        String failure = null;
        try {
            model = introspector.introspect(instance);
            if (RESERVED_ID.equals(model.id()) && !builtIn) {
                failure = "id 'rpc' is reserved for the registry";
            }
        } catch (InvalidComponentException e) {
            failure = e.getMessage();
        }
        Entry entry = new Entry(key, instance, bundle, bundleVersion, model, builtIn);
        entries.put(key, entry);
        if (failure == null) {
            Optional<Entry> serving = serving(model.id());
            if (serving.isPresent()) {
                failure = "id '" + model.id() + "' is already served by " + serving.get().bundle + " "
                        + serving.get().bundleVersion;
            }
        }
        if (failure != null) {
            entry.state = ComponentInfo.FAILED;
            entry.reason = failure;
            LOG.error("Component '{}' from {} {} refused: {}", entry.id(), bundle, bundleVersion, failure);
            changes.add(new Change("failed", entry.info()));
        } else {
            entry.state = ComponentInfo.ACTIVE;
            LOG.info("Component '{}' {} from {} {} registered with {} methods", model.id(), model.version(), bundle,
                    bundleVersion, model.methods().size());
            changes.add(new Change("registered", entry.info()));
        }
        publish();
        return changes;
    }

    /** Removes what was published under {@code key}; a refused duplicate of it, if any, takes over. */
    synchronized List<Change> remove(long key) {
        List<Change> changes = new ArrayList<>();
        Entry gone = entries.remove(key);
        if (gone == null) {
            return changes;
        }
        changes.add(new Change("unregistered", gone.info()));
        if (ComponentInfo.ACTIVE.equals(gone.state)) {
            LOG.info("Component '{}' from {} {} unregistered", gone.id(), gone.bundle, gone.bundleVersion);
            entries.values().stream()
                    .filter(e -> e.model != null && e.model.id().equals(gone.model.id()))
                    .filter(e -> !RESERVED_ID.equals(e.model.id()) || e.builtIn)
                    .findFirst()
                    .ifPresent(next -> {
                        next.state = ComponentInfo.ACTIVE;
                        next.reason = null;
                        LOG.info("Component '{}' from {} {} takes over", next.id(), next.bundle, next.bundleVersion);
                        changes.add(new Change("registered", next.info()));
                    });
        }
        publish();
        return changes;
    }

    private Optional<Entry> serving(String id) {
        return entries.values().stream()
                .filter(e -> ComponentInfo.ACTIVE.equals(e.state) && e.model.id().equals(id))
                .findFirst();
    }

    private void publish() {
        Map<String, MethodModel> newMethods = new HashMap<>();
        Map<String, String> newUnavailable = new HashMap<>();
        List<ComponentInfo> newInfos = new ArrayList<>();
        for (Entry entry : entries.values()) {
            newInfos.add(entry.info());
            if (ComponentInfo.ACTIVE.equals(entry.state)) {
                newMethods.putAll(entry.model.methods());
            } else {
                newUnavailable.putIfAbsent(entry.id(), entry.reason);
            }
        }
        newMethods.keySet().forEach(name -> newUnavailable.remove(name.substring(0, name.indexOf('.'))));
        newInfos.sort(Comparator.comparing(ComponentInfo::id, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(ComponentInfo::bundleSymbolicName, Comparator.nullsFirst(Comparator.naturalOrder())));
        methods = Map.copyOf(newMethods);
        unavailable = Map.copyOf(newUnavailable);
        infos = List.copyOf(newInfos);
    }

    /** The method serving {@code fullName} now, or {@code null}. */
    MethodModel method(String fullName) {
        return methods.get(fullName);
    }

    /** Every method serving now. */
    Map<String, MethodModel> methods() {
        return methods;
    }

    /** Why no component serves {@code componentId} although one is known, or {@code null}. */
    String unavailableReason(String componentId) {
        return unavailable.get(componentId);
    }

    /** Whether {@code model} is still served (it may have been unregistered during a call). */
    boolean isServing(MethodModel model) {
        return methods.get(model.fullName) == model;
    }

    List<ComponentInfo> infos() {
        return infos;
    }

    private static String safeId(RpcComponent component) {
        try {
            return String.valueOf(component.id());
        } catch (RuntimeException e) {
            return "?";
        }
    }

    private static String safeVersion(RpcComponent component) {
        try {
            return String.valueOf(component.version());
        } catch (RuntimeException e) {
            return "?";
        }
    }
}
