package io.openemp.plugin.efficiency.monitoring.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.openemp.plugin.efficiency.monitoring.api.Tariff;
import io.openemp.plugin.efficiency.monitoring.api.TouCalendar;

/**
 * Time-of-use calendars and tariffs, each kept whole as one JSON document in a row: they are small, nested, and
 * only ever read and written whole, so tables of their parts would buy nothing but joins.
 */
final class DefinitionStore {

    private static final String CALENDAR = "CALENDAR";
    private static final String TARIFF = "TARIFF";

    private final DataSource dataSource;
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    DefinitionStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void saveCalendar(TouCalendar calendar) throws SQLException {
        save(CALENDAR, calendar.id(), calendar);
    }

    Optional<TouCalendar> calendar(String id) throws SQLException {
        return load(CALENDAR, id).map(body -> read(body, TouCalendar.class));
    }

    void saveTariff(Tariff tariff) throws SQLException {
        save(TARIFF, tariff.id(), tariff);
    }

    Optional<Tariff> tariff(String id) throws SQLException {
        return load(TARIFF, id).map(body -> read(body, Tariff.class));
    }

    List<String> calendarIds() throws SQLException {
        return ids(CALENDAR);
    }

    List<String> tariffIds() throws SQLException {
        return ids(TARIFF);
    }

    /** The ids of the tariffs whose calendar is {@code calendar}. */
    List<String> tariffsUsing(String calendar) throws SQLException {
        List<String> out = new ArrayList<>();
        for (String id : tariffIds()) {
            if (tariff(id).map(t -> t.calendar().equals(calendar)).orElse(false)) {
                out.add(id);
            }
        }
        return out;
    }

    boolean deleteCalendar(String id) throws SQLException {
        return delete(CALENDAR, id);
    }

    boolean deleteTariff(String id) throws SQLException {
        return delete(TARIFF, id);
    }

    private void save(String kind, String id, Object value) throws SQLException {
        String body;
        try {
            body = json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                try (PreparedStatement s = c.prepareStatement("DELETE FROM effmon_definition WHERE kind = ? AND id = ?")) {
                    s.setString(1, kind);
                    s.setString(2, id);
                    s.executeUpdate();
                }
                try (PreparedStatement s = c.prepareStatement("INSERT INTO effmon_definition (kind, id, body) VALUES (?, ?, ?)")) {
                    s.setString(1, kind);
                    s.setString(2, id);
                    s.setString(3, body);
                    s.executeUpdate();
                }
                c.commit();
            } catch (SQLException ex) {
                c.rollback();
                throw ex;
            }
        }
    }

    private Optional<String> load(String kind, String id) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT body FROM effmon_definition WHERE kind = ? AND id = ?")) {
            s.setString(1, kind);
            s.setString(2, id);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    private List<String> ids(String kind) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT id FROM effmon_definition WHERE kind = ? ORDER BY id")) {
            s.setString(1, kind);
            List<String> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        }
    }

    private boolean delete(String kind, String id) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("DELETE FROM effmon_definition WHERE kind = ? AND id = ?")) {
            s.setString(1, kind);
            s.setString(2, id);
            return s.executeUpdate() > 0;
        }
    }

    private <T> T read(String body, Class<T> type) {
        try {
            return json.readValue(body, type);
        } catch (IOException e) {
            throw new UncheckedIOException("stored " + type.getSimpleName() + " unreadable", e);
        }
    }
}
