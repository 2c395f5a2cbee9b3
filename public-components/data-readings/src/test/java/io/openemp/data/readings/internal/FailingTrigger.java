package io.openemp.data.readings.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.h2.api.Trigger;

/**
 * Makes the database itself fail half-way through a batch: a trigger on {@code reading_revision} that raises an
 * error for one meter's rows, on H2 (this class) or PostgreSQL (PL/pgSQL).
 */
public final class FailingTrigger implements Trigger {

    private static volatile long failingMeter = -1;

    static void install(String db, long meterKey) throws SQLException {
        failingMeter = meterKey;
        try (Connection c = Fixture.database(db).getConnection(); Statement s = c.createStatement()) {
            if (db.equals(Fixture.H2)) {
                s.execute("CREATE TRIGGER reading_revision_fail BEFORE INSERT ON reading_revision FOR EACH ROW CALL '"
                        + FailingTrigger.class.getName() + "'");
            } else {
                s.execute("CREATE OR REPLACE FUNCTION reading_revision_fail() RETURNS trigger AS $$ BEGIN"
                        + " IF NEW.meter_key = " + meterKey + " THEN RAISE EXCEPTION 'injected failure'; END IF;"
                        + " RETURN NEW; END $$ LANGUAGE plpgsql");
                s.execute("CREATE TRIGGER reading_revision_fail BEFORE INSERT ON reading_revision"
                        + " FOR EACH ROW EXECUTE FUNCTION reading_revision_fail()");
            }
        }
    }

    static void remove(String db) throws SQLException {
        try (Connection c = Fixture.database(db).getConnection(); Statement s = c.createStatement()) {
            s.execute(db.equals(Fixture.H2) ? "DROP TRIGGER reading_revision_fail"
                    : "DROP TRIGGER reading_revision_fail ON reading_revision");
        }
        failingMeter = -1;
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        if (newRow != null && newRow[1] != null && ((Number) newRow[1]).longValue() == failingMeter) {
            throw new SQLException("injected failure", "XX000");
        }
    }
}
