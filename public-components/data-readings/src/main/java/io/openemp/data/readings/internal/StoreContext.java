package io.openemp.data.readings.internal;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import io.openemp.data.readings.api.ReadingInputException;
import io.openemp.data.readings.api.ReadingStoreException;
import io.openemp.data.readings.api.ReadingTypeInfo;
import io.openemp.data.relational.api.Dialect;

/** What the store's parts share: the DataSource and its dialect's SQL, the dictionaries, the directory. */
final class StoreContext {

    /** One key of the store as a reader asks for it: the meter and reading type resolved. */
    record Series(String meter, long meterKey, ReadingTypeInfo type, Integer typeKey) {
    }

    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    final DataSource dataSource;
    final Dialect dialect;
    final BucketSql sql;
    final Dictionaries dictionaries;
    final DirectoryCache directory;
    final int queryLimit;

    StoreContext(DataSource dataSource, Dialect dialect, BucketSql sql, DirectoryCache directory, int queryLimit) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.sql = sql;
        this.dictionaries = new Dictionaries(dialect);
        this.directory = directory;
        this.queryLimit = queryLimit;
    }

    /** Runs read-only work on a connection of its own (autocommit). */
    <T> T read(String what, Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new ReadingStoreException(what + " failed: " + e.getMessage(), e);
        }
    }

    /** The meter and reading type of a read request, or a {@link ReadingInputException} naming the parameter. */
    Series series(Connection connection, String meter, String readingType) throws SQLException {
        String m = BatchPreparer.name(meter, "meter");
        long key = directory.meterKey(m).orElseThrow(
                () -> new ReadingInputException("meter", "unknown meter '" + Values.shortText(m) + "'"));
        ReadingTypeInfo type = type(readingType, "readingType");
        return new Series(m, key, type, dictionaries.types.find(connection, type.code()));
    }

    ReadingTypeInfo type(String readingType, String field) {
        String t = BatchPreparer.name(readingType, field);
        return directory.readingType(t).orElseThrow(
                () -> new ReadingInputException(field, "unknown reading type '" + Values.shortText(t) + "'"));
    }
}
