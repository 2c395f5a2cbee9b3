package io.openemp.plugins.api;

import java.util.List;

import io.openemp.plugin.api.Nullable;

/**
 * What an install, upgrade or uninstall did.
 *
 * @param operation {@code install}, {@code upgrade} or {@code uninstall}
 * @param name the feature
 * @param version the version installed, upgraded to, or uninstalled
 * @param previousVersion for an upgrade, the version it replaced; else null
 * @param outcome {@code installed}, {@code upgraded}, {@code uninstalled}, {@code refused} (rolled back) or {@code failed}
 * @param components the RPC component ids the operation brought or took away
 * @param detail one line: why it was refused or failed, or what was waited for
 * @param durationMillis how long the operation took
 */
public record Outcome(String operation, String name, String version, @Nullable String previousVersion, String outcome,
        List<String> components, String detail, long durationMillis) {
}
