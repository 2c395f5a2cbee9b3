package io.openemp.data.metering.internal.store;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** Row of {@code metering_reading_type}: the registry, seeded by the schema migration. */
@Entity(name = "ReadingType")
@Table(name = "metering_reading_type")
public class ReadingTypeEntity {

    @Id
    @Column(name = "id")
    int id;

    @Column(name = "code", nullable = false, length = 64, updatable = false)
    String code;

    @Column(name = "name", nullable = false, length = 200)
    String name;

    @Column(name = "measurement_kind", nullable = false, length = 16)
    String measurementKind;

    @Column(name = "flow_direction", nullable = false, length = 16)
    String flowDirection;

    @Column(name = "phase", length = 4)
    String phase;

    @Column(name = "unit", nullable = false, length = 16)
    String unit;

    @Column(name = "interval_minutes", nullable = false)
    int intervalMinutes;

    @Column(name = "accumulation", nullable = false, length = 16)
    String accumulation;

    @Convert(converter = InstantConverter.class)
    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;
}
