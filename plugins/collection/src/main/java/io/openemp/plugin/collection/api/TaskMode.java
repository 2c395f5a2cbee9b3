package io.openemp.plugin.collection.api;

/** How a task collects. */
public enum TaskMode {
    /** The master asks each terminal (AFN 0C/0D) or device and waits for the answer. */
    POLL,
    /**
     * The terminals push AFN 0C/0D frames themselves; the task only says how their data items map to reading
     * types and meters. Running it does nothing.
     */
    REPORT,
    /**
     * One freeze command to every online terminal (a DL/T 645 broadcast freeze forwarded by AFN 10 F1), then
     * the frozen values are collected by polling the task's items.
     */
    FREEZE
}
