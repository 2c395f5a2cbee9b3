package io.openemp.data.metering.internal.store;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

/**
 * Row of {@code metering_org_unit}. {@code path} is the chain of primary keys from the root, {@code /1/7/42/}:
 * a subtree is every unit whose path starts with its root's.
 */
@Entity(name = "OrgUnit")
@Table(name = "metering_org_unit")
public class OrgUnitEntity extends MasterEntity {

    @Id
    @SequenceGenerator(name = "metering_org_unit_seq", sequenceName = "metering_org_unit_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "metering_org_unit_seq")
    @Column(name = "id")
    long id;

    @Column(name = "name", nullable = false, length = 200)
    String name;

    @Column(name = "kind", nullable = false, length = 16)
    String kind;

    @Column(name = "parent_id")
    Long parentId;

    @Column(name = "path", nullable = false, length = 512)
    String path;

    @Column(name = "depth", nullable = false)
    int depth;

    @Column(name = "zone", nullable = false, length = 64)
    String zone;

    @Override
    long id() {
        return id;
    }
}
