package io.openemp.plugin.collection.internal;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;

import javax.sql.DataSource;

import io.openemp.data.readings.api.Point;
import io.openemp.data.readings.api.ReadingStore;
import io.openemp.data.readings.internal.JdbcReadingStore;
import io.openemp.testing.TestDatabases;

/** A master station on a fresh H2 database with a real reading store, listening on a free loopback port. */
final class StationFixture implements AutoCloseable {

    final DataSource database = TestDatabases.h2("collection");
    final TestDirectory directory = new TestDirectory();
    final JdbcReadingStore store;
    final RecordingBus bus = new RecordingBus();
    final Station station;

    StationFixture() throws Exception {
        this(UnaryOperator.identity(), s -> s);
    }

    StationFixture(UnaryOperator<Settings> settings, UnaryOperator<ReadingStore> wrap) throws Exception {
        store = JdbcReadingStore.open(database, directory, JdbcReadingStore.Settings.DEFAULTS);
        station = open(settings, wrap);
    }

    Station open(UnaryOperator<Settings> settings, UnaryOperator<ReadingStore> wrap) throws SQLException, InterruptedException {
        Settings base = new Settings("127.0.0.1", 0, Duration.ofSeconds(30), 1000, Duration.ofMillis(20), 100_000,
                16391, 8, Settings.DEFAULTS.zone(), 1, Duration.ofMillis(100));
        Station s = new Station(settings.apply(base), wrap.apply(store), TaskRepository.open(database), () -> bus,
                () -> null, () -> null, Clock.systemUTC());
        s.start();
        return s;
    }

    int port() {
        return station.port();
    }

    /** The stored values of one meter and reading type. */
    List<Point> points(String meter, String type) {
        return store.query(meter, type, ReadingStore.EARLIEST, ReadingStore.LATEST.minusSeconds(1), 1000).points();
    }

    static BigDecimal kwh(String v) {
        return new BigDecimal(v);
    }

    static Instant at(String iso) {
        return Instant.parse(iso);
    }

    @Override
    public void close() {
        station.close();
    }
}
