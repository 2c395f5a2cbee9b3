package io.openemp.data.metering.internal.store;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import javax.persistence.EntityManager;

import io.openemp.data.metering.api.Filter;
import io.openemp.data.metering.api.MeteringException;
import io.openemp.data.metering.api.OrgUnit;
import io.openemp.data.metering.api.OrgUnitDraft;
import io.openemp.data.metering.api.OrgUnitKind;

/**
 * Organisation units: the scope tree. A unit's kind is below its parent's; a root gives its time zone, a child
 * takes its parent's unless it gives its own. Moving a unit (a new parent) moves its subtree: the paths below it
 * are rewritten in the same transaction.
 */
final class OrgUnits extends Kind<OrgUnitEntity, OrgUnitDraft, OrgUnit> {

    OrgUnits() {
        super(Table.ORG_UNIT, OrgUnitEntity.class);
    }

    @Override
    String mridOf(OrgUnitDraft draft) {
        return draft.mrid();
    }

    @Override
    OrgUnitEntity newEntity() {
        return new OrgUnitEntity();
    }

    @Override
    void fill(OrgUnitEntity unit, OrgUnitDraft draft, Refs refs) {
        String name = Checks.text("name", draft.name(), 200);
        OrgUnitKind kind = Checks.required("kind", draft.kind());
        String parentMrid = Checks.optionalMrid("parent", draft.parent());
        OrgUnitEntity parent = parentMrid == null ? null : refs.orgUnit("parent", parentMrid);
        if (parent != null) {
            if (parent.id == unit.id || unit.id != 0 && parent.path.startsWith(unit.path)) {
                throw new MeteringException("parent", "'" + parentMrid + "' lies within '" + unit.mrid
                        + "': a unit cannot move below itself");
            }
            OrgUnitKind parentKind = OrgUnitKind.valueOf(parent.kind);
            if (parentKind.compareTo(kind) >= 0) {
                throw new MeteringException("kind", "a " + kind + " cannot sit below the " + parentKind + " '"
                        + parentMrid + "'; the levels are " + Arrays.toString(OrgUnitKind.values()));
            }
        }
        String zone = draft.zone() != null ? Checks.zone("zone", draft.zone())
                : parent != null ? parent.zone : null;
        if (zone == null) {
            throw new MeteringException("zone", "required for a unit without a parent, e.g. Asia/Shanghai");
        }
        if (unit.id != 0) {
            checkChildrenBelow(unit, kind, refs.em());
        }
        unit.name = name;
        unit.kind = kind.name();
        unit.zone = zone;
        Long oldParent = unit.parentId;
        unit.parentId = parent == null ? null : parent.id;
        unit.depth = parent == null ? 0 : parent.depth + 1;
        if (unit.id == 0) {
            unit.path = "/";
        } else if (!Objects.equals(oldParent, unit.parentId)) {
            move(unit, parent, refs.em());
        }
    }

    @Override
    void afterPersist(OrgUnitEntity unit, Refs refs) {
        if (unit.id == 0) {
            refs.em().flush();
        }
        OrgUnitEntity parent = unit.parentId == null ? null : refs.em().find(OrgUnitEntity.class, unit.parentId);
        unit.path = (parent == null ? "/" : parent.path) + unit.id + "/";
    }

    /** A unit whose kind changes must stay above all its children. */
    private static void checkChildrenBelow(OrgUnitEntity unit, OrgUnitKind kind, EntityManager em) {
        List<String> childKinds = em.createQuery("SELECT DISTINCT o.kind FROM OrgUnit o WHERE o.parentId = :id", String.class)
                .setParameter("id", unit.id).getResultList();
        for (String childKind : childKinds) {
            if (OrgUnitKind.valueOf(childKind).compareTo(kind) <= 0) {
                throw new MeteringException("kind", "'" + unit.mrid + "' has a " + childKind + " below it: it cannot be a "
                        + kind);
            }
        }
    }

    /** Rewrites the paths and depths of the subtree of {@code unit}, which moves below {@code parent}. */
    private static void move(OrgUnitEntity unit, OrgUnitEntity parent, EntityManager em) {
        String oldPath = unit.path;
        String newPath = (parent == null ? "/" : parent.path) + unit.id + "/";
        int oldDepth = oldPath.split("/").length - 2;
        unit.path = newPath;
        em.createQuery("UPDATE OrgUnit o SET o.path = CONCAT(:newPath, SUBSTRING(o.path, :cut)), "
                + "o.depth = o.depth + :delta WHERE o.path LIKE :oldPrefix AND o.id <> :id")
                .setParameter("newPath", newPath)
                .setParameter("cut", oldPath.length() + 1)
                .setParameter("delta", unit.depth - oldDepth)
                .setParameter("oldPrefix", oldPath + "%")
                .setParameter("id", unit.id)
                .executeUpdate();
    }

    @Override
    OrgUnit toRecord(OrgUnitEntity unit, Refs refs) {
        return new OrgUnit(unit.mrid, unit.name, OrgUnitKind.valueOf(unit.kind), refs.mrid(Table.ORG_UNIT, unit.parentId),
                unit.zone, unit.depth, unit.version, unit.createdAt, unit.updatedAt);
    }

    @Override
    void where(Filter filter, Where where, Refs refs) {
        refuse(filter, "status", "customer", "account", "serviceLocation", "usagePoint");
        if (filter.orgUnit() != null) {
            where.and("e.path LIKE :orgPath", "orgPath", orgPath(refs, filter.orgUnit()));
        }
        if (filter.parent() != null) {
            where.and("e.parentId = :parent", "parent", refs.require(Table.ORG_UNIT, "parent", Checks.mrid("parent", filter.parent())));
        }
        if (filter.kind() != null) {
            where.and("e.kind = :kind", "kind", Checks.constant("kind", OrgUnitKind.class, filter.kind()).name());
        }
    }

    @Override
    void prefetch(List<OrgUnitEntity> page, Refs refs) {
        refs.prefetchMrids(Table.ORG_UNIT, page.stream().map(u -> u.parentId).toList());
    }

    @Override
    void prefetchDrafts(List<OrgUnitDraft> drafts, Refs refs) {
        refs.prefetchIds(Table.ORG_UNIT, drafts.stream().map(OrgUnitDraft::mrid).toList());
    }
}
