package io.openemp.plugin.api;

/** Role names used across the platform. A component may define more of its own. */
public final class Roles {

    /** May call every method. */
    public static final String ADMIN = "admin";

    /** Operates the platform: changes data and configuration within their scope. */
    public static final String MANAGER = "manager";

    /** Reads data within their scope. */
    public static final String VIEWER = "viewer";

    private Roles() {
    }
}
