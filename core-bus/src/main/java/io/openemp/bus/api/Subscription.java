package io.openemp.bus.api;

import org.osgi.annotation.versioning.ProviderType;

/** A live subscription; closing it stops delivery. */
@ProviderType
public interface Subscription extends AutoCloseable {

    @Override
    void close();
}
