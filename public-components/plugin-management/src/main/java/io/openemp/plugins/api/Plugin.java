package io.openemp.plugins.api;

import io.openemp.plugin.api.Nullable;

/**
 * A plugin: one version of a plugin feature.
 *
 * @param name the feature name, e.g. {@code openemp-plugin-degree-days}
 * @param version the feature version
 * @param installed whether this version is installed now
 * @param source {@code distribution} (the distribution's features repositories) or {@code folder} (the local plugin folder)
 * @param repository the features repository that declares it
 * @param description the feature's description
 */
public record Plugin(String name, String version, boolean installed, String source, String repository,
        @Nullable String description) {
}
