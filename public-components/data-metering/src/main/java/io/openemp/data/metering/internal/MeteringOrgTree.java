package io.openemp.data.metering.internal;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.openemp.access.api.OrgTree;
import io.openemp.data.metering.api.Filter;
import io.openemp.data.metering.api.Metering;
import io.openemp.data.metering.api.OrgUnit;
import io.openemp.data.metering.api.Page;

/**
 * Access control's {@link OrgTree} on the metering master data: a unit's subtree is the org-unit list filtered by
 * that unit.
 */
@Component(service = OrgTree.class)
public class MeteringOrgTree implements OrgTree {

    private final Metering metering;

    @Activate
    public MeteringOrgTree(@Reference Metering metering) {
        this.metering = metering;
    }

    @Override
    public Optional<Set<String>> subtree(String orgUnit) {
        if (metering.orgUnit(orgUnit).isEmpty()) {
            return Optional.empty();
        }
        Set<String> units = new HashSet<>();
        Filter filter = Filter.none().withOrgUnit(orgUnit);
        for (int offset = 0;; offset += Metering.MAX_LIMIT) {
            Page<OrgUnit> page = metering.orgUnits(filter, offset, Metering.MAX_LIMIT);
            page.items().forEach(u -> units.add(u.mrid()));
            if (page.items().size() < Metering.MAX_LIMIT || offset + page.items().size() >= page.total()) {
                break;
            }
        }
        units.add(orgUnit);
        return Optional.of(Set.copyOf(units));
    }
}
