package io.openemp.data.readings.internal;

import java.sql.Connection;
import java.sql.SQLException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * H2: the plain batched statements of {@link BucketSql}, and durability. H2 keeps a commit in memory and writes
 * it to its file within {@code WRITE_DELAY} (500 ms by default); {@code CHECKPOINT SYNC} after the commit writes
 * and forces it to disk before the batch is acknowledged.
 */
final class H2BucketSql extends BucketSql {

    private static final Logger LOG = LoggerFactory.getLogger(H2BucketSql.class);

    private volatile boolean sync;

    H2BucketSql(boolean syncAfterCommit) {
        this.sync = syncAfterCommit;
    }

    /** H2 uses the primary key for a join with UNNEST, not for {@code = ANY(?)} with an array parameter. */
    @Override
    String readSql() {
        return "SELECT b.meter_key, b.data, b.version FROM UNNEST(?) u(m) JOIN reading_bucket b ON b.meter_key = u.m"
                + " AND b.type_key = ? AND b.utc_day = ? ORDER BY b.meter_key";
    }

    @Override
    void afterCommit(Connection connection) throws SQLException {
        if (!sync) {
            return;
        }
        try {
            execute(connection, "CHECKPOINT SYNC");
        } catch (SQLException e) {
            if (e.getErrorCode() == 90040) { // ADMIN_RIGHTS_REQUIRED
                sync = false;
                LOG.warn("The H2 user may not run CHECKPOINT SYNC: a committed batch may stay in memory up to H2's"
                        + " WRITE_DELAY. Give the platform DataSource an admin user, or add WRITE_DELAY=0 to its URL.");
                return;
            }
            throw e;
        }
    }
}
