package io.openemp.system.internal;

import java.io.IOException;
import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.osgi.service.metatype.AttributeDefinition;
import org.osgi.service.metatype.ObjectClassDefinition;

import io.openemp.plugin.api.Nullable;
import io.openemp.plugin.api.RpcException;

/** system.config.*: read and change {@code io.openemp.*} configurations, validated against their metatype. */
final class ConfigService {

    static final String PREFIX = "io.openemp.";
    static final int MAX_CHANGES = 100;
    private static final Pattern PID = Pattern.compile("io\\.openemp\\.[A-Za-z0-9_.~-]{1,200}");
    private static final String MASK = "********";

    /** A PID and what is known of it. */
    public record Entry(String pid, boolean configured, boolean described, @Nullable String bundle, @Nullable String name) {
    }

    /** One attribute: its definition (when described) and its value now ({@code null} when unset: the default applies). */
    public record Attribute(String key, @Nullable String name, @Nullable String description, String type,
            int cardinality, @Nullable List<String> defaultValue, @Nullable List<String> options,
            @Nullable Object value) {
    }

    public record View(String pid, @Nullable String factoryPid, boolean configured, @Nullable String bundle,
            @Nullable String name, @Nullable String description, List<Attribute> attributes) {
    }

    private final ConfigBackend backend;

    ConfigService(ConfigBackend backend) {
        this.backend = backend;
    }

    List<Entry> list() throws IOException {
        List<Entry> entries = new ArrayList<>();
        for (String pid : backend.pids()) {
            Optional<ConfigBackend.Stored> stored = backend.read(pid);
            Optional<ConfigBackend.Described> described = backend.describe(pid,
                    stored.map(ConfigBackend.Stored::factoryPid).orElse(null));
            entries.add(new Entry(pid, stored.isPresent(), described.isPresent(),
                    described.map(ConfigBackend.Described::bundle).orElse(null),
                    described.map(d -> d.ocd().getName()).orElse(null)));
        }
        return entries;
    }

    View get(String pid) throws IOException, RpcException {
        checkPid(pid);
        Optional<ConfigBackend.Stored> stored = backend.read(pid);
        Optional<ConfigBackend.Described> described = backend.describe(pid,
                stored.map(ConfigBackend.Stored::factoryPid).orElse(null));
        if (stored.isEmpty() && described.isEmpty()) {
            throw RpcException.invalidParams("pid", "no configuration and no metatype definition for " + pid
                    + "; system.config.list lists them");
        }
        return view(pid, stored.orElse(null), described.orElse(null));
    }

    /** Validates every change first; on the first refusal nothing is written and the old configuration stays. */
    View set(String pid, Map<String, Object> values) throws IOException, RpcException {
        checkPid(pid);
        if (values == null || values.isEmpty()) {
            throw RpcException.invalidParams("values", "give at least one key and its new value");
        }
        if (values.size() > MAX_CHANGES) {
            throw RpcException.invalidParams("values", "at most " + MAX_CHANGES + " keys in one change");
        }
        Optional<ConfigBackend.Stored> stored = backend.read(pid);
        String factoryPid = stored.map(ConfigBackend.Stored::factoryPid).orElse(null);
        ConfigBackend.Described described = backend.describe(pid, factoryPid).orElseThrow(() -> RpcException.invalidParams(
                "pid", "no metatype definition describes " + pid + ": only described configurations can be changed here"));
        Map<String, Object> next;
        try {
            next = MetatypeValidator.apply(described.ocd(),
                    stored.map(ConfigBackend.Stored::properties).orElse(Map.of()), values);
        } catch (MetatypeValidator.Invalid e) {
            throw new RpcException(RpcException.INVALID_PARAMS, "Invalid params: values." + e.key + ": " + e.reason
                    + " (the configuration is unchanged)", Map.of("param", "values." + e.key, "key", e.key, "reason", e.reason));
        }
        backend.write(pid, next);
        return view(pid, backend.read(pid).orElse(null), described);
    }

    static void checkPid(String pid) throws RpcException {
        if (pid == null || !PID.matcher(pid).matches()) {
            throw RpcException.invalidParams("pid", "'" + Levels.shorten(pid)
                    + "' is not a platform PID: io.openemp. followed by letters, digits, '.', '_', '-' or '~'");
        }
    }

    private static View view(String pid, ConfigBackend.Stored stored, ConfigBackend.Described described) {
        Map<String, Object> values = stored == null ? Map.of() : stored.properties();
        Map<String, Attribute> attributes = new LinkedHashMap<>();
        if (described != null) {
            ObjectClassDefinition ocd = described.ocd();
            AttributeDefinition[] all = ocd.getAttributeDefinitions(ObjectClassDefinition.ALL);
            for (AttributeDefinition ad : all == null ? new AttributeDefinition[0] : all) {
                Object value = values.get(ad.getID());
                if (value != null && ad.getType() == AttributeDefinition.PASSWORD) {
                    value = MASK;
                }
                attributes.put(ad.getID(), new Attribute(ad.getID(), ad.getName(), ad.getDescription(),
                        MetatypeValidator.typeName(ad.getType()), ad.getCardinality(), list(ad.getDefaultValue()),
                        options(ad), plain(value)));
            }
        }
        for (Map.Entry<String, Object> e : values.entrySet()) {
            attributes.putIfAbsent(e.getKey(), new Attribute(e.getKey(), null, "not in the metatype definition",
                    "undescribed", 0, null, null, looksSecret(e.getKey()) ? MASK : plain(e.getValue())));
        }
        return new View(pid, stored == null ? null : stored.factoryPid(), stored != null,
                described == null ? null : described.bundle(), described == null ? null : described.ocd().getName(),
                described == null ? null : described.ocd().getDescription(), List.copyOf(attributes.values()));
    }

    /** An undescribed key can still hold a secret (a password in a pax-jdbc file): never echo such a value. */
    static boolean looksSecret(String key) {
        String k = key.toLowerCase(java.util.Locale.ROOT);
        return k.contains("password") || k.contains("secret") || k.contains("token") || k.contains("credential");
    }

    private static List<String> options(AttributeDefinition ad) {
        String[] values = ad.getOptionValues();
        return values == null || values.length == 0 ? null : Arrays.asList(values);
    }

    private static List<String> list(String[] values) {
        return values == null ? null : Arrays.asList(values);
    }

    /** Arrays and vectors as lists, so that Jackson writes them as JSON arrays. */
    private static Object plain(Object value) {
        if (value != null && value.getClass().isArray()) {
            List<Object> list = new ArrayList<>();
            for (int i = 0; i < Array.getLength(value); i++) {
                list.add(Array.get(value, i));
            }
            return list;
        }
        if (value instanceof Collection<?> c) {
            return List.copyOf(c);
        }
        return value;
    }
}
