package io.openemp.data.metering.internal.store;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

/** Row of {@code metering_customer_account}. */
@Entity(name = "Account")
@Table(name = "metering_customer_account")
public class AccountEntity extends MasterEntity {

    @Id
    @SequenceGenerator(name = "metering_account_seq", sequenceName = "metering_account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "metering_account_seq")
    @Column(name = "id")
    long id;

    @Column(name = "name", nullable = false, length = 200)
    String name;

    @Column(name = "customer_id", nullable = false)
    long customerId;

    @Column(name = "billing_cycle", length = 32)
    String billingCycle;

    @Column(name = "status", nullable = false, length = 16)
    String status;

    @Override
    long id() {
        return id;
    }
}
