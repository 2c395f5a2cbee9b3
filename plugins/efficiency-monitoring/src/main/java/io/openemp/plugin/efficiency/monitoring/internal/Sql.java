package io.openemp.plugin.efficiency.monitoring.internal;

import java.sql.SQLException;

import io.openemp.plugin.api.RpcException;

/** Database failures as the caller sees them: a platform error code, the cause only in the log. */
final class Sql {

    /** Error code of a call the database could not serve. */
    static final int STORE_FAILED = 4602;

    private Sql() {
    }

    static RpcException failed(String what, SQLException e) {
        org.slf4j.LoggerFactory.getLogger(Sql.class).error("efficiency-monitoring: {} failed", what, e);
        return new RpcException(STORE_FAILED, "The database could not " + what);
    }
}
