package io.openemp.bus.api;

/**
 * Topic names of the platform, namespaced like methods and separated by {@code /}. A subscription pattern may
 * end in {@code /*} to take every topic below it ({@code emp/plugin/*}).
 */
public final class Topics {

    /** Root of every platform topic. */
    public static final String ROOT = "emp";

    /** {@code emp/plugin/<state>}: a component was registered, unregistered or refused. */
    public static final String PLUGIN = "emp/plugin";

    /** {@code emp/reading/<protocol>}: readings from a protocol plugin. */
    public static final String READING = "emp/reading";

    /** {@code emp/alarm/<component>}: alarms raised by a component. */
    public static final String ALARM = "emp/alarm";

    /** {@code emp/device/<state>}: device online, offline and other device events. */
    public static final String DEVICE = "emp/device";

    private Topics() {
    }

    /** {@code prefix/leaf}, with the leaf checked to be one topic token. */
    public static String of(String prefix, String leaf) {
        if (leaf == null || leaf.isEmpty() || !leaf.matches("[A-Za-z0-9_-]+")) {
            throw new IllegalArgumentException("invalid topic token: " + leaf);
        }
        return prefix + "/" + leaf;
    }
}
