package io.openemp.data.metering.internal.store;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

/** Row of {@code metering_customer}. References are kept as keys: no lazy loading, no object graphs. */
@Entity(name = "Customer")
@Table(name = "metering_customer")
public class CustomerEntity extends MasterEntity {

    @Id
    @SequenceGenerator(name = "metering_customer_seq", sequenceName = "metering_customer_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "metering_customer_seq")
    @Column(name = "id")
    long id;

    @Column(name = "name", nullable = false, length = 200)
    String name;

    @Column(name = "kind", nullable = false, length = 32)
    String kind;

    @Column(name = "org_unit_id", nullable = false)
    long orgUnitId;

    @Column(name = "status", nullable = false, length = 16)
    String status;

    @Column(name = "phone", length = 32)
    String phone;

    @Override
    long id() {
        return id;
    }
}
