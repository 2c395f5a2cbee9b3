package io.openemp.data.readings.internal;

import java.util.List;
import java.util.Map;

import io.openemp.bus.api.EventBus;
import io.openemp.data.readings.api.AppendResult;
import io.openemp.data.readings.api.Reading;
import io.openemp.data.readings.api.ReadingStore;

/**
 * Announces a committed batch on the bus as one event, topic {@value #TOPIC}: one event per batch, not per reading,
 * because the store takes hundreds of thousands of readings a second and Event Admin delivers each event to every
 * handler. Sent only after the commit, so a subscriber never sees a value the store does not hold; a batch that
 * changed nothing is not announced.
 */
final class ReadingEvents {

    /** Topic of a committed batch. */
    static final String TOPIC = ReadingStore.STORED_TOPIC;

    private ReadingEvents() {
    }

    static void announce(EventBus bus, List<Reading> batch, AppendResult result) {
        if (bus == null || result.inserted() + result.revised() == 0) {
            return;
        }
        bus.publish(TOPIC, Map.of(
                ReadingStore.EVENT_READINGS, List.copyOf(batch),
                ReadingStore.EVENT_INSERTED, result.inserted(),
                ReadingStore.EVENT_REVISED, result.revised()));
    }
}
