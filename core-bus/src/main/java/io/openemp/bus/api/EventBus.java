package io.openemp.bus.api;

import java.util.Map;
import java.util.function.Consumer;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The platform bus over OSGi Event Admin. Publishing is asynchronous and ordered per publishing thread;
 * handlers run on Event Admin's delivery threads and must not block (hand long work to an executor).
 */
@ProviderType
public interface EventBus {

    /** Publishes {@code properties} on {@code topic} (for example {@code emp/plugin/registered}). */
    void publish(String topic, Map<String, ?> properties);

    /**
     * Delivers every event whose topic matches {@code topicPattern} (a topic, or a prefix ending in {@code /*})
     * to {@code handler} until the returned subscription is closed.
     */
    Subscription subscribe(String topicPattern, Consumer<BusEvent> handler);
}
