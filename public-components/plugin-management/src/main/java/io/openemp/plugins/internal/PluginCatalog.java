package io.openemp.plugins.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import io.openemp.plugin.api.RpcException;
import io.openemp.plugins.api.Plugin;

/**
 * The plugins there are: features whose names start with a plugin prefix, from the distribution's repositories
 * and from the files of the local plugin folder (made known to the feature service as they are found).
 */
final class PluginCatalog {

    static final String DISTRIBUTION = "distribution";
    static final String FOLDER = "folder";
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9.-]{0,99}");

    private final FeatureBackend backend;
    private final PluginFolder folder;
    private final List<String> prefixes;

    PluginCatalog(FeatureBackend backend, PluginFolder folder, List<String> prefixes) {
        this.backend = backend;
        this.folder = folder;
        this.prefixes = List.copyOf(prefixes);
    }

    /** Every plugin version, sorted by name then version. */
    List<Plugin> plugins() throws Exception {
        List<String> folderRepositories = new ArrayList<>();
        for (PluginFolder.Release release : folder.scan()) {
            if (release.features().stream().anyMatch(f -> isPlugin(f.name()))) {
                backend.addRepository(release.uri());
                folderRepositories.add(release.uri().toString());
            }
        }
        Map<String, Plugin> plugins = new LinkedHashMap<>();
        for (FeatureBackend.Feature f : backend.features()) {
            if (isPlugin(f.name()) && Versions.valid(f.version())) {
                String source = folderRepositories.contains(f.repository()) ? FOLDER : DISTRIBUTION;
                plugins.merge(f.name() + "/" + f.version(),
                        new Plugin(f.name(), f.version(), f.installed(), source, f.repository(), f.description()),
                        (a, b) -> a.installed() ? a : b);
            }
        }
        List<Plugin> sorted = new ArrayList<>(plugins.values());
        sorted.sort(Comparator.comparing(Plugin::name).thenComparing(Plugin::version, Versions.ORDER));
        return sorted;
    }

    boolean isPlugin(String name) {
        return name != null && prefixes.stream().anyMatch(name::startsWith);
    }

    /** The plugin {@code name} at {@code version}, or at its newest version when {@code version} is null. */
    Plugin find(String name, String version) throws Exception {
        checkName(name);
        if (version != null && !Versions.valid(version)) {
            throw RpcException.invalidParams("version", "'" + shorten(version) + "' is not a version such as 1.2.0");
        }
        List<Plugin> versions = versions(name);
        if (version == null) {
            return versions.get(versions.size() - 1);
        }
        return versions.stream().filter(p -> Versions.compare(p.version(), version) == 0).findFirst()
                .orElseThrow(() -> RpcException.invalidParams("version", name + " has no version " + version
                        + "; available: " + versions.stream().map(Plugin::version).toList()));
    }

    Plugin newest(String name) throws Exception {
        return find(name, null);
    }

    Optional<Plugin> installed(String name) throws Exception {
        checkName(name);
        return plugins().stream().filter(p -> p.name().equals(name) && p.installed()).findFirst();
    }

    private List<Plugin> versions(String name) throws Exception {
        List<Plugin> versions = plugins().stream().filter(p -> p.name().equals(name)).toList();
        if (versions.isEmpty()) {
            throw RpcException.invalidParams("name", "no plugin " + name + " in the distribution or the plugin folder "
                    + folder.folder() + "; plugins.list lists them");
        }
        return versions;
    }

    private void checkName(String name) throws RpcException {
        if (name == null || !NAME.matcher(name).matches()) {
            throw RpcException.invalidParams("name", "'" + shorten(name) + "' is not a feature name");
        }
        if (!isPlugin(name)) {
            throw RpcException.invalidParams("name", name + " is not a plugin: plugin features start with " + prefixes);
        }
    }

    static String shorten(String text) {
        return text == null ? "null" : text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }
}
