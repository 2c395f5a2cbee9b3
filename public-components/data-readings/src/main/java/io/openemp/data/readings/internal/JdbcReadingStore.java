package io.openemp.data.readings.internal;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import javax.sql.DataSource;

import io.openemp.data.readings.api.AppendResult;
import io.openemp.data.readings.api.Aggregates;
import io.openemp.data.readings.api.AggregationPeriod;
import io.openemp.data.readings.api.GapReport;
import io.openemp.data.readings.api.History;
import io.openemp.data.readings.api.MeterDirectory;
import io.openemp.data.readings.api.Reading;
import io.openemp.data.readings.api.ReadingStore;
import io.openemp.data.readings.api.Series;
import io.openemp.data.relational.api.Dialect;
import io.openemp.data.relational.api.SchemaMigrations;

/**
 * The {@link ReadingStore} on a relational database through plain JDBC: day buckets per meter and reading type
 * (see the module README for the layout and its figures), one code path with a fast path per dialect.
 */
public final class JdbcReadingStore implements ReadingStore {

    /** The store's Liquibase changelog, a resource of this bundle. */
    public static final String CHANGELOG = "db/readings/changelog.xml";

    /**
     * How the store runs.
     *
     * @param queryLimit most readings one query page may hold
     * @param directoryCacheSeconds how long answers of the meter directory are kept
     * @param h2SyncAfterCommit on H2, force each committed batch to disk before acknowledging it
     */
    public record Settings(int queryLimit, long directoryCacheSeconds, boolean h2SyncAfterCommit) {
        public static final Settings DEFAULTS = new Settings(100_000, 300, true);
    }

    private final Dialect dialect;
    private final Appender appender;
    private final Reader reader;
    private final Aggregator aggregator;
    private final GapFinder gaps;

    private JdbcReadingStore(DataSource dataSource, Dialect dialect, MeterDirectory directory, Settings settings) {
        this.dialect = dialect;
        BucketSql sql = dialect == Dialect.H2 ? new H2BucketSql(settings.h2SyncAfterCommit()) : BucketSql.of(dialect);
        StoreContext context = new StoreContext(dataSource, dialect, sql,
                new DirectoryCache(directory, settings.directoryCacheSeconds()), settings.queryLimit());
        this.appender = new Appender(context);
        this.reader = new Reader(context);
        this.aggregator = new Aggregator(context, reader);
        this.gaps = new GapFinder(context, reader);
    }

    /** Brings the schema up to date (Liquibase) and opens the store on {@code dataSource}. */
    public static JdbcReadingStore open(DataSource dataSource, MeterDirectory directory, Settings settings)
            throws SQLException {
        SchemaMigrations.apply(dataSource, JdbcReadingStore.class.getClassLoader(), CHANGELOG);
        return new JdbcReadingStore(dataSource, Dialect.of(dataSource), directory, settings);
    }

    public Dialect dialect() {
        return dialect;
    }

    @Override
    public AppendResult append(List<Reading> readings) {
        return appender.append(readings);
    }

    @Override
    public Series query(String meter, String readingType, Instant from, Instant to, int limit) {
        return reader.query(meter, readingType, from, to, limit);
    }

    @Override
    public Aggregates aggregate(String meter, String readingType, Instant from, Instant to, AggregationPeriod period) {
        return aggregator.aggregate(meter, readingType, from, to, period);
    }

    @Override
    public List<Reading> latest(Collection<String> meters, String readingType) {
        return reader.latest(meters, readingType);
    }

    @Override
    public GapReport gaps(String meter, String readingType, Instant from, Instant to, Duration interval) {
        return gaps.gaps(meter, readingType, from, to, interval);
    }

    @Override
    public History history(String meter, String readingType, Instant at) {
        return reader.history(meter, readingType, at);
    }
}
