package io.openemp.data.readings.api;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Told of every batch the platform's store has committed that inserted or revised something (an OSGi whiteboard:
 * register one as a service). Called on the appending thread right after the commit, so it must hand the batch on
 * quickly (to a bounded queue of its own, say) and never block; an exception is logged and does not affect the
 * append. This, not the bus, carries the readings themselves: an Event Admin event may be kept by event collectors
 * (Karaf keeps the last hundred), and a batch of 10,000 readings per event would be kept with it.
 */
@ConsumerType
public interface CommittedReadingsListener {

    /** @param batch the committed batch, unchanged readings included; unmodifiable */
    void committed(List<Reading> batch);
}
