package io.openemp.data.metering.internal.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.EntityTransaction;

import io.openemp.data.metering.api.ImportKind;
import io.openemp.data.metering.api.ImportReport;
import io.openemp.data.metering.api.MeteringException;
import io.openemp.data.metering.api.RowError;
import io.openemp.data.metering.internal.csv.ParsedRow;

/**
 * Checks every row of an import with the same rules as a single create (plus: an mRID used twice in the file),
 * then stores the rows to be stored in one transaction, or none. References are looked up in bulk first.
 */
final class Importer {

    private static final int FLUSH_EVERY = 500;

    private final EntityManagerFactory emf;

    Importer(EntityManagerFactory emf) {
        this.emf = emf;
    }

    <E extends MasterEntity, D> ImportReport run(ImportKind importKind, Kind<E, D, ?> kind, List<ParsedRow<D>> rows,
            boolean dryRun, boolean acceptGoodRows, Instant now) {
        EntityManager em = Tx.open(emf);
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            Refs refs = new Refs(em);
            kind.prefetchDrafts(rows.stream().filter(r -> r.errors().isEmpty()).map(ParsedRow::draft).toList(), refs);
            List<RowError> errors = new ArrayList<>();
            List<E> good = new ArrayList<>();
            Map<String, Long> firstLine = new HashMap<>();
            int bad = 0;
            for (ParsedRow<D> row : rows) {
                List<RowError> problems = new ArrayList<>(row.errors());
                Long earlier = row.mrid() == null ? null : firstLine.putIfAbsent(row.mrid(), row.line());
                if (earlier != null) {
                    problems.add(new RowError(row.line(), row.mrid(), "mrid", "the mRID '" + row.mrid()
                            + "' is also on line " + earlier));
                }
                if (problems.isEmpty()) {
                    try {
                        good.add(kind.build(row.draft(), refs, now));
                    } catch (MeteringException e) {
                        problems.add(new RowError(row.line(), row.mrid(), e.field(), e.reason()));
                    }
                }
                if (!problems.isEmpty()) {
                    bad++;
                    errors.addAll(problems);
                }
            }
            boolean store = !dryRun && !good.isEmpty() && (bad == 0 || acceptGoodRows);
            if (store) {
                int count = 0;
                for (E entity : good) {
                    kind.persist(entity, refs);
                    if (++count % FLUSH_EVERY == 0) {
                        em.flush();
                        em.clear();
                    }
                }
                em.flush();
                tx.commit();
            }
            return new ImportReport(importKind, dryRun, acceptGoodRows, rows.size(), good.size(), bad,
                    store ? good.size() : 0, errors);
        } catch (RuntimeException e) {
            RuntimeException translated = Tx.translate(e);
            if (translated instanceof MeteringException m) {
                throw new MeteringException("csv", "nothing stored: " + m.reason(), e);
            }
            throw translated;
        } finally {
            if (tx.isActive()) {
                tx.rollback();
            }
            em.close();
        }
    }
}
