package io.openemp.event.api;

import org.osgi.annotation.versioning.ConsumerType;

import io.openemp.plugin.api.Caller;

/**
 * The data-scope hook: decides whether a caller may see an event or an alarm about {@code source}. Register one
 * service of this type (for example one that maps meters to organisation units and compares them with the
 * user's units); the event service asks it for every event it streams to a client and for every alarm and
 * stored event it answers with. Without such a service every authenticated viewer sees everything.
 *
 * <p>It is called on the publishing thread for every connected client: keep it fast (cache the user's scope).
 */
@ConsumerType
public interface EventScope {

    /**
     * @param caller the authenticated caller
     * @param topic the stream topic of the event: {@code alarm}, {@code device}, {@code audit} or {@code plugin}
     * @param source the meter, device or component the event is about; {@code null} for platform-wide events
     * @return whether {@code caller} may see it
     */
    boolean permits(Caller caller, String topic, String source);
}
