package io.openemp.data.metering.internal.store;

import java.math.BigDecimal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

/** Row of {@code metering_usage_point}. */
@Entity(name = "UsagePoint")
@Table(name = "metering_usage_point")
public class UsagePointEntity extends MasterEntity {

    @Id
    @SequenceGenerator(name = "metering_usage_point_seq", sequenceName = "metering_usage_point_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "metering_usage_point_seq")
    @Column(name = "id")
    long id;

    @Column(name = "name", nullable = false, length = 200)
    String name;

    @Column(name = "org_unit_id", nullable = false)
    long orgUnitId;

    @Column(name = "service_location_id")
    Long serviceLocationId;

    @Column(name = "account_id")
    Long accountId;

    @Column(name = "connection_state", nullable = false, length = 32)
    String connectionState;

    @Column(name = "phase_code", length = 8)
    String phaseCode;

    @Column(name = "nominal_voltage", precision = 12, scale = 3)
    BigDecimal nominalVoltage;

    @Column(name = "rated_power", precision = 14, scale = 3)
    BigDecimal ratedPower;

    @Override
    long id() {
        return id;
    }
}
