package io.openemp.data.metering.internal.store;

import java.math.BigDecimal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

/** Row of {@code metering_service_location}. */
@Entity(name = "ServiceLocation")
@Table(name = "metering_service_location")
public class ServiceLocationEntity extends MasterEntity {

    @Id
    @SequenceGenerator(name = "metering_service_location_seq", sequenceName = "metering_service_location_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "metering_service_location_seq")
    @Column(name = "id")
    long id;

    @Column(name = "name", nullable = false, length = 200)
    String name;

    @Column(name = "org_unit_id", nullable = false)
    long orgUnitId;

    @Column(name = "address", length = 500)
    String address;

    @Column(name = "latitude", precision = 9, scale = 6)
    BigDecimal latitude;

    @Column(name = "longitude", precision = 9, scale = 6)
    BigDecimal longitude;

    @Override
    long id() {
        return id;
    }
}
