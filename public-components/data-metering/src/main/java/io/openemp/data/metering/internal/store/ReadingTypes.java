package io.openemp.data.metering.internal.store;

import java.util.List;
import java.util.Optional;

import javax.persistence.EntityManager;

import io.openemp.data.metering.api.Accumulation;
import io.openemp.data.metering.api.FlowDirection;
import io.openemp.data.metering.api.MeasurementKind;
import io.openemp.data.metering.api.ReadingType;

/**
 * The reading-type registry. Read only through the API: its rows come from schema migrations, because stored
 * readings depend on a type's unit, interval and accumulation never changing.
 */
final class ReadingTypes {

    List<ReadingType> all(EntityManager em) {
        return em.createQuery("SELECT r FROM ReadingType r ORDER BY r.id", ReadingTypeEntity.class).getResultList()
                .stream().map(ReadingTypes::toRecord).toList();
    }

    Optional<ReadingType> byCode(EntityManager em, String code) {
        return em.createQuery("SELECT r FROM ReadingType r WHERE r.code = :code", ReadingTypeEntity.class)
                .setParameter("code", code).getResultList().stream().findFirst().map(ReadingTypes::toRecord);
    }

    static ReadingType toRecord(ReadingTypeEntity r) {
        return new ReadingType(r.code, r.id, r.name, MeasurementKind.valueOf(r.measurementKind),
                FlowDirection.valueOf(r.flowDirection), r.phase, r.unit, r.intervalMinutes,
                Accumulation.valueOf(r.accumulation));
    }
}
