package io.openemp.rpc.api;

import java.util.List;

/**
 * A component as the registry sees it.
 *
 * @param id the component id (method namespace)
 * @param version the component's semantic version
 * @param description one line
 * @param bundleSymbolicName the bundle that published it
 * @param bundleVersion that bundle's version
 * @param state {@code active} (serving) or {@code failed} (refused; see reason)
 * @param reason why it was refused, or {@code null}
 * @param methods full method names ({@code id.method}), sorted
 */
public record ComponentInfo(String id, String version, String description, String bundleSymbolicName,
        String bundleVersion, String state, String reason, List<String> methods) {

    public static final String ACTIVE = "active";
    public static final String FAILED = "failed";
}
