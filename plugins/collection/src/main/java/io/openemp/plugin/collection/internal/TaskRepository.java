package io.openemp.plugin.collection.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.openemp.data.relational.api.SchemaMigrations;
import io.openemp.plugin.collection.api.CollectionTask;

/**
 * The tasks in the platform's relational store (table {@code collection_task}, Liquibase changelog
 * {@value #CHANGELOG}), each kept whole as JSON. Plain JDBC: a handful of rows read and written whole.
 */
final class TaskRepository {

    static final String CHANGELOG = "db/collection/changelog.xml";

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final DataSource dataSource;

    private TaskRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Brings the schema up to date and opens the repository. */
    static TaskRepository open(DataSource dataSource) throws SQLException {
        SchemaMigrations.apply(dataSource, TaskRepository.class.getClassLoader(), CHANGELOG);
        return new TaskRepository(dataSource);
    }

    List<CollectionTask> list() throws SQLException {
        List<CollectionTask> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT definition FROM collection_task ORDER BY id");
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                out.add(parse(rs.getString(1)));
            }
        }
        return out;
    }

    /** Inserts {@code task}; false when a task of that id exists. */
    boolean insert(CollectionTask task, Instant now) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "INSERT INTO collection_task (id, definition, created_at, updated_at) SELECT ?, ?, ?, ? "
                                + "WHERE NOT EXISTS (SELECT 1 FROM collection_task WHERE id = ?)")) {
            s.setString(1, task.id());
            s.setString(2, json(task));
            s.setTimestamp(3, Timestamp.from(now));
            s.setTimestamp(4, Timestamp.from(now));
            s.setString(5, task.id());
            return s.executeUpdate() == 1;
        } catch (SQLException e) {
            if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
                return false; // a concurrent insert of the same id won
            }
            throw e;
        }
    }

    /** Replaces {@code task}; false when there is no task of that id. */
    boolean update(CollectionTask task, Instant now) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("UPDATE collection_task SET definition = ?, updated_at = ? WHERE id = ?")) {
            s.setString(1, json(task));
            s.setTimestamp(2, Timestamp.from(now));
            s.setString(3, task.id());
            return s.executeUpdate() == 1;
        }
    }

    boolean delete(String id) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("DELETE FROM collection_task WHERE id = ?")) {
            s.setString(1, id);
            return s.executeUpdate() == 1;
        }
    }

    private static String json(CollectionTask task) {
        try {
            return JSON.writeValueAsString(task);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("task " + task.id() + " cannot be written as JSON", e);
        }
    }

    private static CollectionTask parse(String json) throws SQLException {
        try {
            return JSON.readValue(json, CollectionTask.class);
        } catch (JsonProcessingException e) {
            throw new SQLException("a stored collection task is not readable: " + e.getOriginalMessage(), e);
        }
    }
}
