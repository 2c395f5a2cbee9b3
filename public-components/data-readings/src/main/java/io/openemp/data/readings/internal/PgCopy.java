package io.openemp.data.readings.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * PostgreSQL's binary COPY format, written by hand for the few column types the store uses, and sent through
 * pgjdbc's {@link CopyManager}. The only class that touches pgjdbc, so that an H2-only platform needs no driver.
 */
final class PgCopy {

    private static final byte[] SIGNATURE = { 'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0 };
    /** Days from 1970-01-01 to 2000-01-01, PostgreSQL's date epoch. */
    private static final int PG_EPOCH_DAY = 10_957;

    private final ByteArrayOutputStream bytes;
    private final DataOutputStream out;

    PgCopy(int expectedBytes) {
        bytes = new ByteArrayOutputStream(Math.max(64, expectedBytes));
        out = new DataOutputStream(bytes);
        try {
            out.write(SIGNATURE);
            out.writeInt(0);
            out.writeInt(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The COPY API of {@code connection}, or null when it is not (a wrapper of) a pgjdbc connection. */
    static Object copyApi(Connection connection) {
        try {
            if (connection.isWrapperFor(PGConnection.class)) {
                return connection.unwrap(PGConnection.class).getCopyAPI();
            }
        } catch (SQLException | LinkageError e) {
            return null;
        }
        return null;
    }

    PgCopy row(int fields) {
        try {
            out.writeShort(fields);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    PgCopy int8(long v) {
        try {
            out.writeInt(8);
            out.writeLong(v);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    PgCopy int2(int v) {
        try {
            out.writeInt(2);
            out.writeShort(v);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    PgCopy int4(int v) {
        try {
            out.writeInt(4);
            out.writeInt(v);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    PgCopy date(int epochDay) {
        try {
            out.writeInt(4);
            out.writeInt(epochDay - PG_EPOCH_DAY);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    PgCopy bytea(byte[] v) {
        try {
            out.writeInt(v.length);
            out.write(v);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Sends the rows with {@code COPY <target> FROM STDIN (FORMAT binary)}; returns the rows copied. */
    long send(Object copyApi, String target) throws SQLException {
        try {
            out.writeShort(-1);
            out.flush();
            return ((CopyManager) copyApi).copyIn("COPY " + target + " FROM STDIN (FORMAT binary)",
                    new ByteArrayInputStream(bytes.toByteArray()));
        } catch (IOException e) {
            throw new SQLException("COPY into " + target + " failed: " + e.getMessage(), e);
        }
    }
}
