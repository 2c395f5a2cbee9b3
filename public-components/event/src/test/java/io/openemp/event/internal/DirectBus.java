package io.openemp.event.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import io.openemp.bus.api.BusEvent;
import io.openemp.bus.api.EventBus;
import io.openemp.bus.api.Subscription;

/**
 * The bus contract without OSGi: topic patterns as Event Admin matches them (a topic, or a prefix ending in
 * {@code /*}), delivered on the publishing thread. The OSGi implementation is exercised by the itests.
 */
final class DirectBus implements EventBus {

    private record Handler(String pattern, Consumer<BusEvent> consumer) {
        boolean matches(String topic) {
            return pattern.endsWith("/*") ? topic.startsWith(pattern.substring(0, pattern.length() - 1)) : pattern.equals(topic);
        }
    }

    private final List<Handler> handlers = new CopyOnWriteArrayList<>();

    @Override
    public void publish(String topic, Map<String, ?> properties) {
        BusEvent event = new BusEvent(topic, properties);
        for (Handler h : handlers) {
            if (h.matches(topic)) {
                h.consumer().accept(event);
            }
        }
    }

    @Override
    public Subscription subscribe(String topicPattern, Consumer<BusEvent> handler) {
        Handler h = new Handler(topicPattern, handler);
        handlers.add(h);
        return () -> handlers.remove(h);
    }
}
