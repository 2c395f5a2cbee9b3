package io.openemp.data.relational.api;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import liquibase.Scope;
import liquibase.changelog.ChangeLogParameters;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DatabaseChangelogCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;

/**
 * Applies a module's versioned schema migrations (a Liquibase changelog kept in the module's bundle) to the
 * platform DataSource. Idempotent: changesets already applied are skipped; concurrent starts wait on
 * Liquibase's lock table. A failing changeset throws and leaves the schema at the last one that succeeded.
 */
public final class SchemaMigrations {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrations.class);

    private SchemaMigrations() {
    }

    /**
     * Applies {@code changelog} (a resource path such as {@code db/readings/changelog.xml}) found through
     * {@code resources} (the module's class loader) to {@code dataSource}.
     *
     * @throws SQLException when a migration fails; its message names the changeset
     */
    public static void apply(DataSource dataSource, ClassLoader resources, String changelog) throws SQLException {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // Liquibase finds its own extensions through the context class loader.
        thread.setContextClassLoader(SchemaMigrations.class.getClassLoader());
        try (Connection connection = dataSource.getConnection()) {
            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            Map<String, Object> scope = new LinkedHashMap<>();
            scope.put(Scope.Attr.resourceAccessor.name(), new ClassLoaderResourceAccessor(resources));
            scope.put("liquibase.analytics.enabled", false);
            Scope.child(scope, () -> new CommandScope(UpdateCommandStep.COMMAND_NAME)
                    .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                    .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, changelog)
                    .addArgumentValue(DatabaseChangelogCommandStep.CHANGELOG_PARAMETERS,
                            new ChangeLogParameters(database))
                    .execute());
            LOG.info("Schema migrations of {} applied", changelog);
        } catch (SQLException e) {
            throw e;
        } catch (Exception e) {
            throw new SQLException("schema migration " + changelog + " failed: " + e.getMessage(), e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
