package io.openemp.plugin.efficiency.grid.internal;

import java.sql.SQLException;

import org.slf4j.LoggerFactory;

import io.openemp.plugin.api.RpcException;

/** Database failures as the caller sees them: a platform error code, the cause only in the log. */
final class Sql {

    /** Error code of a call the database could not serve. */
    static final int STORE_FAILED = 4902;

    private Sql() {
    }

    static RpcException failed(String what, SQLException e) {
        LoggerFactory.getLogger(Sql.class).error("efficiency-grid: {} failed", what, e);
        return new RpcException(STORE_FAILED, "The database could not " + what);
    }
}
