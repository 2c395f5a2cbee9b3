package io.openemp.data.metering.internal.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import javax.persistence.EntityManager;

import io.openemp.data.metering.api.MeteringException;

/**
 * Translates between mRIDs and primary keys within one unit of work, remembering what it has looked up. Lookups
 * one at a time for single records; {@link #prefetchIds} and {@link #prefetchMrids} load many in a few queries
 * (a page of records, an import file).
 */
final class Refs {

    private static final int CHUNK = 500;
    private static final Long MISSING = -1L;

    private final EntityManager em;
    private final Map<Table, Map<String, Long>> ids = new EnumMap<>(Table.class);
    private final Map<Table, Map<Long, String>> mrids = new EnumMap<>(Table.class);
    private final Map<String, OrgUnitEntity> orgUnits = new HashMap<>();

    Refs(EntityManager em) {
        this.em = em;
    }

    EntityManager em() {
        return em;
    }

    /** The key of {@code mrid} in {@code table}, or {@code null} when there is none. */
    Long id(Table table, String mrid) {
        Map<String, Long> known = ids.computeIfAbsent(table, t -> new HashMap<>());
        Long id = known.get(mrid);
        if (id == null) {
            List<Long> found = em.createQuery("SELECT e.id FROM " + table.entity + " e WHERE e.mrid = :mrid", Long.class)
                    .setParameter("mrid", mrid).getResultList();
            id = found.isEmpty() ? MISSING : found.get(0);
            known.put(mrid, id);
            if (!found.isEmpty()) {
                mrids.computeIfAbsent(table, t -> new HashMap<>()).put(id, mrid);
            }
        }
        return id.equals(MISSING) ? null : id;
    }

    /** The key of an existing {@code mrid}, or a refusal naming {@code field}. */
    long require(Table table, String field, String mrid) {
        Long id = id(table, mrid);
        if (id == null) {
            throw new MeteringException(field, "no " + table.noun + " has the mRID '" + mrid + "'");
        }
        return id;
    }

    /** The key of an optional reference: {@code null} stays {@code null}. */
    Long optional(Table table, String field, String mrid) {
        return mrid == null ? null : require(table, field, mrid);
    }

    /** The mRID of key {@code id} in {@code table}; {@code null} for {@code null}. */
    String mrid(Table table, Long id) {
        if (id == null) {
            return null;
        }
        Map<Long, String> known = mrids.computeIfAbsent(table, t -> new HashMap<>());
        String mrid = known.get(id);
        if (mrid == null) {
            prefetchMrids(table, List.of(id));
            mrid = known.get(id);
        }
        return Objects.requireNonNull(mrid, () -> "no " + table.noun + " with key " + id);
    }

    /** Records a key this unit of work has just created. */
    void remember(Table table, long id, String mrid) {
        ids.computeIfAbsent(table, t -> new HashMap<>()).put(mrid, id);
        mrids.computeIfAbsent(table, t -> new HashMap<>()).put(id, mrid);
    }

    /** Looks up the keys of all {@code wanted} mRIDs of {@code table} at once. */
    void prefetchIds(Table table, Collection<String> wanted) {
        Map<String, Long> known = ids.computeIfAbsent(table, t -> new HashMap<>());
        List<String> missing = new ArrayList<>();
        for (String mrid : new LinkedHashSet<>(wanted)) {
            if (mrid != null && !known.containsKey(mrid)) {
                missing.add(mrid);
            }
        }
        for (int from = 0; from < missing.size(); from += CHUNK) {
            List<String> chunk = missing.subList(from, Math.min(missing.size(), from + CHUNK));
            chunk.forEach(m -> known.put(m, MISSING));
            for (Object[] row : em.createQuery("SELECT e.id, e.mrid FROM " + table.entity + " e WHERE e.mrid IN :mrids",
                    Object[].class).setParameter("mrids", chunk).getResultList()) {
                remember(table, ((Number) row[0]).longValue(), (String) row[1]);
            }
        }
    }

    /** Looks up the mRIDs of all {@code wanted} keys of {@code table} at once. */
    void prefetchMrids(Table table, Collection<Long> wanted) {
        Map<Long, String> known = mrids.computeIfAbsent(table, t -> new HashMap<>());
        List<Long> missing = new ArrayList<>();
        for (Long id : new LinkedHashSet<>(wanted)) {
            if (id != null && !known.containsKey(id)) {
                missing.add(id);
            }
        }
        for (int from = 0; from < missing.size(); from += CHUNK) {
            List<Long> chunk = missing.subList(from, Math.min(missing.size(), from + CHUNK));
            for (Object[] row : em.createQuery("SELECT e.id, e.mrid FROM " + table.entity + " e WHERE e.id IN :ids",
                    Object[].class).setParameter("ids", chunk).getResultList()) {
                remember(table, ((Number) row[0]).longValue(), (String) row[1]);
            }
        }
    }

    /** The organisation unit {@code mrid}, or a refusal naming {@code field}. */
    OrgUnitEntity orgUnit(String field, String mrid) {
        OrgUnitEntity unit = orgUnits.get(mrid);
        if (unit == null) {
            List<OrgUnitEntity> found = em.createQuery("SELECT o FROM OrgUnit o WHERE o.mrid = :mrid", OrgUnitEntity.class)
                    .setParameter("mrid", mrid).getResultList();
            if (found.isEmpty()) {
                throw new MeteringException(field, "no " + Table.ORG_UNIT.noun + " has the mRID '" + mrid + "'");
            }
            unit = found.get(0);
            orgUnits.put(mrid, unit);
            remember(Table.ORG_UNIT, unit.id, mrid);
        }
        return unit;
    }
}
