package io.openemp.bus.api;

import java.util.Map;
import java.util.Objects;

/**
 * An event on the bus: its topic and its properties. Property values are plain values (strings, numbers,
 * booleans, instants, lists of them); they are copied and unmodifiable.
 */
public final class BusEvent {

    private final String topic;
    private final Map<String, Object> properties;

    public BusEvent(String topic, Map<String, ?> properties) {
        this.topic = Objects.requireNonNull(topic, "topic");
        this.properties = Map.copyOf(properties);
    }

    public String topic() {
        return topic;
    }

    public Map<String, Object> properties() {
        return properties;
    }

    /** The property {@code name}, or {@code null}. */
    public Object get(String name) {
        return properties.get(name);
    }

    @Override
    public String toString() {
        return topic + properties;
    }
}
