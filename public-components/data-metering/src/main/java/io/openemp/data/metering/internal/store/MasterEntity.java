package io.openemp.data.metering.internal.store;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.MappedSuperclass;
import javax.persistence.Version;

/**
 * What every master-data row has: an mRID, an optimistic-lock version and its creation and change times. The
 * primary key is declared by each entity, with its own sequence.
 */
@MappedSuperclass
public abstract class MasterEntity {

    @Column(name = "mrid", nullable = false, length = 64, updatable = false)
    String mrid;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    @Convert(converter = InstantConverter.class)
    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    /** The primary key; 0 until the entity is persisted. */
    abstract long id();
}
