package io.openemp.data.metering.internal.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import javax.persistence.EntityManager;

import io.openemp.data.metering.api.Filter;
import io.openemp.data.metering.api.Metering;
import io.openemp.data.metering.api.MeteringException;
import io.openemp.data.metering.api.Page;

/**
 * What creating, updating, getting and listing one kind of master data have in common. A subclass says how a
 * draft is checked and copied into an entity ({@link #fill}), how an entity becomes the record callers see
 * ({@link #toRecord}) and which filters its list honours ({@link #where}).
 *
 * @param <E> the entity
 * @param <D> the draft callers give
 * @param <R> the record callers get
 */
abstract class Kind<E extends MasterEntity, D, R> {

    final Table table;
    private final Class<E> type;

    Kind(Table table, Class<E> type) {
        this.table = table;
        this.type = type;
    }

    abstract String mridOf(D draft);

    abstract E newEntity();

    /**
     * Checks {@code draft} and copies it into {@code entity} (new when {@code entity.id() == 0}); throws
     * {@link MeteringException} naming the first wrong field.
     */
    abstract void fill(E entity, D draft, Refs refs);

    abstract R toRecord(E entity, Refs refs);

    /** Adds the conditions of {@code filter}; refuses a filter field this kind does not have. */
    abstract void where(Filter filter, Where where, Refs refs);

    /** Loads at once the mRIDs {@link #toRecord} will need for {@code page}. */
    abstract void prefetch(List<E> page, Refs refs);

    /** Loads at once the keys {@link #fill} will need for {@code drafts} (an import). */
    abstract void prefetchDrafts(List<D> drafts, Refs refs);

    /** Checks {@code draft} and makes the entity a create would store, without storing it. */
    E build(D draft, Refs refs, Instant now) {
        String mrid = Checks.mrid("mrid", mridOf(draft));
        if (refs.id(table, mrid) != null) {
            throw new MeteringException("mrid", "'" + mrid + "' is already the mRID of another " + table.noun);
        }
        E entity = newEntity();
        entity.mrid = mrid;
        fill(entity, draft, refs);
        entity.createdAt = now;
        entity.updatedAt = now;
        return entity;
    }

    /** Stores an entity made by {@link #build}. */
    void persist(E entity, Refs refs) {
        refs.em().persist(entity);
        afterPersist(entity, refs);
        refs.remember(table, entity.id(), entity.mrid);
    }

    /** Hook for values that depend on the new key. */
    void afterPersist(E entity, Refs refs) {
    }

    R create(EntityManager em, D draft, Instant now) {
        Refs refs = new Refs(em);
        E entity = build(draft, refs, now);
        persist(entity, refs);
        em.flush();
        return toRecord(entity, refs);
    }

    R update(EntityManager em, D draft, Long expectedVersion, Instant now) {
        Refs refs = new Refs(em);
        String mrid = Checks.mrid("mrid", mridOf(draft));
        E entity = find(em, mrid).orElseThrow(
                () -> new MeteringException("mrid", "no " + table.noun + " has the mRID '" + mrid + "'"));
        if (expectedVersion != null && entity.version != expectedVersion) {
            throw new MeteringException("expectedVersion", "the " + table.noun + " is at version " + entity.version
                    + ", not " + expectedVersion + ": someone changed it; get it again");
        }
        entity.updatedAt = now;
        fill(entity, draft, refs);
        em.flush();
        return toRecord(entity, refs);
    }

    Optional<E> find(EntityManager em, String mrid) {
        List<E> found = em.createQuery("SELECT e FROM " + table.entity + " e WHERE e.mrid = :mrid", type)
                .setParameter("mrid", mrid).getResultList();
        return found.stream().findFirst();
    }

    Optional<R> get(EntityManager em, String mrid) {
        Checks.mrid("mrid", mrid);
        Refs refs = new Refs(em);
        return find(em, mrid).map(e -> toRecord(e, refs));
    }

    Page<R> list(EntityManager em, Filter filter, int offset, int limit) {
        if (offset < 0) {
            throw new MeteringException("offset", "must be 0 or more, not " + offset);
        }
        if (limit < 1 || limit > Metering.MAX_LIMIT) {
            throw new MeteringException("limit", "must lie within 1.." + Metering.MAX_LIMIT
                    + ", not " + limit);
        }
        Refs refs = new Refs(em);
        Where where = new Where();
        Filter f = filter == null ? Filter.none() : filter;
        if (f.mridPrefix() != null && !f.mridPrefix().isEmpty()) {
            if (f.mridPrefix().length() > Checks.MRID_MAX) {
                throw new MeteringException("mridPrefix", "longer than " + Checks.MRID_MAX + " characters");
            }
            where.and("e.mrid LIKE :mridPrefix ESCAPE '\\'", "mridPrefix", Where.startsWith(f.mridPrefix()));
        }
        where(f, where, refs);
        long total = where.bind(em.createQuery("SELECT COUNT(e) FROM " + table.entity + " e" + where.jpql(), Long.class))
                .getSingleResult();
        List<E> items = total <= offset ? List.of()
                : where.bind(em.createQuery("SELECT e FROM " + table.entity + " e" + where.jpql() + " ORDER BY e.mrid", type))
                        .setFirstResult(offset).setMaxResults(limit).getResultList();
        prefetch(items, refs);
        return new Page<>(items.stream().map(e -> toRecord(e, refs)).toList(), total, offset, limit);
    }

    /** The subtree condition on an {@code orgUnitId} column: units whose path starts with the root's. */
    static void subtree(Where where, String column, Refs refs, String orgUnitMrid) {
        where.and(column + " IN (SELECT o.id FROM OrgUnit o WHERE o.path LIKE :orgPath)", "orgPath",
                orgPath(refs, orgUnitMrid));
    }

    /** The LIKE pattern of the paths within the subtree of the unit {@code orgUnitMrid} (the filter "orgUnit"). */
    static String orgPath(Refs refs, String orgUnitMrid) {
        return refs.orgUnit("orgUnit", Checks.mrid("orgUnit", orgUnitMrid)).path + "%";
    }

    /** Refuses every filter field in {@code names} that {@code filter} sets: this kind has no such filter. */
    void refuse(Filter filter, String... names) {
        for (String name : names) {
            Object value = switch (name) {
                case "orgUnit" -> filter.orgUnit();
                case "parent" -> filter.parent();
                case "kind" -> filter.kind();
                case "status" -> filter.status();
                case "customer" -> filter.customer();
                case "account" -> filter.account();
                case "serviceLocation" -> filter.serviceLocation();
                case "usagePoint" -> filter.usagePoint();
                default -> throw new IllegalArgumentException(name);
            };
            if (value != null) {
                throw new MeteringException(name, "is not a filter of " + table.noun + "s");
            }
        }
    }
}
