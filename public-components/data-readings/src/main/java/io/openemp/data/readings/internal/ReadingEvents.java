package io.openemp.data.readings.internal;

import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.openemp.bus.api.EventBus;
import io.openemp.data.readings.api.AppendResult;
import io.openemp.data.readings.api.CommittedReadingsListener;
import io.openemp.data.readings.api.Reading;
import io.openemp.data.readings.api.ReadingStore;

/**
 * What happens after a batch committed and changed something: every {@link CommittedReadingsListener} gets the
 * readings, and the bus gets one event with the counts ({@link ReadingStore#STORED_TOPIC}). A batch that changed
 * nothing is not announced; a refused batch never reaches here.
 */
final class ReadingEvents {

    private static final Logger LOG = LoggerFactory.getLogger(ReadingEvents.class);

    private ReadingEvents() {
    }

    static void announce(EventBus bus, Iterable<CommittedReadingsListener> listeners, List<Reading> batch, AppendResult result) {
        if (result.inserted() + result.revised() == 0) {
            return;
        }
        List<Reading> committed = null;
        for (CommittedReadingsListener listener : listeners) {
            if (committed == null) {
                committed = List.copyOf(batch);
            }
            try {
                listener.committed(committed);
            } catch (RuntimeException e) {
                LOG.warn("A committed-readings listener ({}) failed; the batch is stored all the same", listener, e);
            }
        }
        if (bus != null) {
            bus.publish(ReadingStore.STORED_TOPIC, Map.of(
                    ReadingStore.EVENT_COUNT, batch.size(),
                    ReadingStore.EVENT_INSERTED, result.inserted(),
                    ReadingStore.EVENT_REVISED, result.revised()));
        }
    }
}
