package io.openemp.event.internal;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.openemp.data.readings.api.CommittedReadingsListener;
import io.openemp.data.readings.api.Reading;

/** Feeds every batch the reading store commits to the limit rules. */
@Component(service = CommittedReadingsListener.class)
public class StoredReadings implements CommittedReadingsListener {

    private final EventService events;

    @Activate
    public StoredReadings(@Reference EventService events) {
        this.events = events;
    }

    @Override
    public void committed(List<Reading> batch) {
        events.onCommitted(batch);
    }
}
