package io.openemp.plugin.collection.internal;

import java.time.Instant;
import java.util.Map;

import io.openemp.bus.api.EventBus;
import io.openemp.bus.api.Topics;

/**
 * Device events on the bus: {@code emp/device/online} and {@code emp/device/offline}, with properties
 * {@code device} (the terminal, {@code AREA-TERMINAL}), {@code protocol} ({@code gdw376}), {@code remote},
 * {@code at} (ISO-8601 instant) and, for offline, {@code reason}.
 */
final class DeviceEvents {

    static final String ONLINE = Topics.of(Topics.DEVICE, "online");
    static final String OFFLINE = Topics.of(Topics.DEVICE, "offline");

    private final java.util.function.Supplier<EventBus> bus;

    DeviceEvents(java.util.function.Supplier<EventBus> bus) {
        this.bus = bus;
    }

    void online(String device, String remote, Instant at) {
        publish(ONLINE, Map.of("device", device, "protocol", "gdw376", "remote", remote, "at", at.toString()));
    }

    void offline(String device, String remote, Instant at, String reason) {
        publish(OFFLINE, Map.of("device", device, "protocol", "gdw376", "remote", remote, "at", at.toString(),
                "reason", reason));
    }

    private void publish(String topic, Map<String, ?> properties) {
        EventBus b = bus.get();
        if (b != null) {
            b.publish(topic, properties);
        }
    }
}
