package io.openemp.data.metering.internal.store;

import java.sql.SQLException;
import java.util.function.Function;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.EntityTransaction;
import javax.persistence.FlushModeType;
import javax.persistence.OptimisticLockException;

import io.openemp.data.metering.api.MeteringException;

/**
 * Short explicit units of work: an entity manager per call, one resource-local transaction for writes, closed
 * before returning. Database refusals a caller can cause (a unique mRID taken meanwhile, a row changed meanwhile)
 * become {@link MeteringException}s; anything else propagates.
 */
final class Tx {

    /** SQLSTATE of a unique violation, the same on H2 and PostgreSQL. */
    private static final String UNIQUE_VIOLATION = "23505";

    private final EntityManagerFactory emf;

    Tx(EntityManagerFactory emf) {
        this.emf = emf;
    }

    /** Runs {@code work} without a transaction (reads only). */
    <T> T read(Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        try {
            return work.apply(em);
        } finally {
            em.close();
        }
    }

    /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
    <T> T write(Function<EntityManager, T> work) {
        EntityManager em = open(emf);
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            T result = work.apply(em);
            tx.commit();
            return result;
        } catch (RuntimeException e) {
            throw translate(e);
        } finally {
            if (tx.isActive()) {
                tx.rollback();
            }
            em.close();
        }
    }

    /**
     * An entity manager that writes only when told to ({@code flush}) or at commit: lookups made while checking a
     * draft must not push a half-filled entity to the database (which would also count its version up twice).
     */
    static EntityManager open(EntityManagerFactory emf) {
        EntityManager em = emf.createEntityManager();
        em.setFlushMode(FlushModeType.COMMIT);
        return em;
    }

    /** A refusal the caller can act on, or {@code e} itself. */
    static RuntimeException translate(RuntimeException e) {
        if (e instanceof MeteringException) {
            return e;
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException) {
                return new MeteringException("expectedVersion", "the record was changed meanwhile; get it again", e);
            }
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return new MeteringException("mrid", "the mRID was taken meanwhile by another request", e);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return e;
    }
}
