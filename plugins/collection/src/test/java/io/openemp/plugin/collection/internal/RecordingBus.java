package io.openemp.plugin.collection.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import io.openemp.bus.api.BusEvent;
import io.openemp.bus.api.EventBus;
import io.openemp.bus.api.Subscription;

/** An event bus that keeps what is published (Event Admin needs a framework; the station only publishes). */
final class RecordingBus implements EventBus {

    final List<BusEvent> events = new CopyOnWriteArrayList<>();

    @Override
    public void publish(String topic, Map<String, ?> properties) {
        events.add(new BusEvent(topic, properties));
    }

    @Override
    public Subscription subscribe(String topicPattern, Consumer<BusEvent> handler) {
        throw new UnsupportedOperationException("the station does not subscribe");
    }

    long count(String topic, String device) {
        return events.stream().filter(e -> e.topic().equals(topic) && device.equals(e.get("device"))).count();
    }
}
