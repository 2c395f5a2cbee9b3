package io.openemp.data.metering.internal.store;

import java.math.BigDecimal;
import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

/** Row of {@code metering_meter}. Its primary key is the meter key the reading store files readings under. */
@Entity(name = "Meter")
@Table(name = "metering_meter")
public class MeterEntity extends MasterEntity {

    @Id
    @SequenceGenerator(name = "metering_meter_seq", sequenceName = "metering_meter_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "metering_meter_seq")
    @Column(name = "id")
    long id;

    @Column(name = "serial_number", nullable = false, length = 64)
    String serialNumber;

    @Column(name = "org_unit_id", nullable = false)
    long orgUnitId;

    @Column(name = "usage_point_id")
    Long usagePointId;

    @Column(name = "status", nullable = false, length = 16)
    String status;

    @Column(name = "ct_ratio", nullable = false, precision = 14, scale = 4)
    BigDecimal ctRatio;

    @Column(name = "pt_ratio", nullable = false, precision = 14, scale = 4)
    BigDecimal ptRatio;

    @Column(name = "manufacturer", length = 100)
    String manufacturer;

    @Column(name = "model", length = 100)
    String model;

    @Column(name = "comm_address", length = 64)
    String commAddress;

    @Convert(converter = InstantConverter.class)
    @Column(name = "installed_at")
    Instant installedAt;

    @Override
    long id() {
        return id;
    }
}
