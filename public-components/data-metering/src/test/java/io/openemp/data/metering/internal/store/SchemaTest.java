package io.openemp.data.metering.internal.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;

import javax.persistence.Column;

import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.jpa.JpaHelper;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.junit.BeforeClass;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameter;
import org.junit.runners.Parameterized.Parameters;

import io.openemp.data.metering.api.MeterDraft;
import io.openemp.data.metering.api.OrgUnitDraft;
import io.openemp.data.metering.api.OrgUnitKind;
import io.openemp.data.relational.api.SchemaMigrations;

/**
 * The entities match the schema the changelog makes (EclipseLink generates none): every mapped column exists with
 * a fitting type, length, precision and nullability, and every column of the tables is mapped. Runs on a fresh
 * database of each kind.
 */
@RunWith(Parameterized.class)
public class SchemaTest {

    private static final Map<String, Databases.Db> FRESH = new HashMap<>();

    @Parameters(name = "{0}")
    public static List<Object[]> databases() {
        return List.of(new Object[] { "h2" }, new Object[] { "postgres" });
    }

    @Parameter
    public String database;

    @BeforeClass
    public static void open() {
        for (String name : Databases.NAMES) {
            FRESH.put(name, Databases.fresh(name, new MeteringStore.ImportLimits(1_000_000, 1_000)));
        }
    }

    private Databases.Db db() {
        return FRESH.get(database);
    }

    @Test
    public void migratingAgainChangesNothing() throws Exception {
        SchemaMigrations.apply(db().dataSource(), getClass().getClassLoader(), "db/metering/changelog.xml");
        try (Connection c = db().dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM databasechangelog WHERE filename = 'db/metering/changelog.xml'")) {
            rs.next();
            int expected = "postgres".equals(database) ? 7 : 6;
            assertEquals("changesets applied once (the prefix indexes only on PostgreSQL)", expected, rs.getInt(1));
        }
        assertEquals(20, db().store().readingTypes().size());
    }

    @Test
    public void eclipseLinkGeneratesNoDdl() {
        Map<String, Object> properties = db().emf().getProperties();
        assertEquals("none", properties.get("eclipselink.ddl-generation"));
        assertEquals("none", properties.get("javax.persistence.schema-generation.database.action"));
    }

    @Test
    public void entitiesMatchTheMigratedSchema() throws Exception {
        int checked = 0;
        try (Connection c = db().dataSource().getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            for (ClassDescriptor descriptor : JpaHelper.getServerSession(db().emf()).getDescriptors().values()) {
                String table = descriptor.getTableName();
                Map<String, ColumnInfo> columns = columns(meta, table);
                assertTrue("table " + table + " exists", !columns.isEmpty());
                Set<String> mapped = new HashSet<>();
                for (DatabaseMapping mapping : descriptor.getMappings()) {
                    String column = mapping.getField().getName().toLowerCase(Locale.ROOT);
                    mapped.add(column);
                    ColumnInfo info = columns.get(column);
                    assertNotNull(table + "." + column + " exists", info);
                    Field field = field(descriptor.getJavaClass(), mapping.getAttributeName());
                    check(table + "." + column, field, info);
                    checked++;
                }
                Set<String> unmapped = new HashSet<>(columns.keySet());
                unmapped.removeAll(mapped);
                assertTrue(table + " has no unmapped columns: " + unmapped, unmapped.isEmpty());
            }
        }
        assertTrue("all columns of all entities checked: " + checked, checked > 60);
    }

    @Test
    public void instantsSurviveAJvmOutsideUtc() throws Exception {
        String t = Databases.tag();
        TimeZone previous = TimeZone.getDefault();
        Instant installed = Instant.parse("2026-01-31T16:30:00Z");
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
            MeteringStore store = db().store();
            store.createOrgUnit(new OrgUnitDraft(t + "-p", "p", OrgUnitKind.PROVINCE, null, "Asia/Shanghai"));
            store.createMeter(new MeterDraft(t + "-m", "S", t + "-p", null, null, null, null, null, null, null, installed));
            assertEquals(installed, store.meter(t + "-m").orElseThrow().installedAt());
            try (Connection c = db().dataSource().getConnection();
                    PreparedStatement s = c.prepareStatement("SELECT installed_at FROM metering_meter WHERE mrid = ?")) {
                s.setString(1, t + "-m");
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    assertEquals("the column holds the instant itself", installed,
                            rs.getObject(1, OffsetDateTime.class).toInstant());
                }
            }
        } finally {
            TimeZone.setDefault(previous);
        }
    }

    @Test
    public void keysComeFromTheSequencesAndArePositive() {
        String t = Databases.tag();
        MeteringStore store = db().store();
        store.createOrgUnit(new OrgUnitDraft(t + "-p", "p", OrgUnitKind.PROVINCE, null, "UTC"));
        long first = store.createMeter(new MeterDraft(t + "-1", "S", t + "-p", null, null, null, null, null, null, null, null)).key();
        long second = store.createMeter(new MeterDraft(t + "-2", "S", t + "-p", null, null, null, null, null, null, null, null)).key();
        assertTrue(first >= 1);
        assertTrue(second > first);
    }

    private record ColumnInfo(int type, String typeName, int size, int scale, boolean nullable) {
    }

    private static Map<String, ColumnInfo> columns(DatabaseMetaData meta, String table) throws Exception {
        Map<String, ColumnInfo> columns = new HashMap<>();
        for (String name : List.of(table.toUpperCase(Locale.ROOT), table.toLowerCase(Locale.ROOT))) {
            try (ResultSet rs = meta.getColumns(null, null, name, null)) {
                while (rs.next()) {
                    columns.put(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT), new ColumnInfo(rs.getInt("DATA_TYPE"),
                            rs.getString("TYPE_NAME"), rs.getInt("COLUMN_SIZE"), rs.getInt("DECIMAL_DIGITS"),
                            rs.getInt("NULLABLE") == DatabaseMetaData.columnNullable));
                }
            }
        }
        return columns;
    }

    private static Field field(Class<?> type, String name) throws NoSuchFieldException {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                return c.getDeclaredField(name);
            } catch (NoSuchFieldException e) {
                // look in the superclass
            }
        }
        throw new NoSuchFieldException(name);
    }

    private static void check(String where, Field field, ColumnInfo column) {
        Class<?> type = field.getType();
        Column annotation = field.getAnnotation(Column.class);
        boolean mandatory = type.isPrimitive() || annotation != null && !annotation.nullable()
                || field.isAnnotationPresent(javax.persistence.Id.class);
        assertEquals(where + " NOT NULL as the entity says", mandatory, !column.nullable());
        if (type == String.class) {
            assertEquals(where + " is text", Types.VARCHAR, column.type());
            assertEquals(where + " length", annotation.length(), column.size());
        } else if (type == long.class || type == Long.class) {
            assertEquals(where + " is bigint", Types.BIGINT, column.type());
        } else if (type == int.class) {
            assertEquals(where + " is integer", Types.INTEGER, column.type());
        } else if (type == BigDecimal.class) {
            assertTrue(where + " is numeric", column.type() == Types.NUMERIC || column.type() == Types.DECIMAL);
            assertEquals(where + " precision", annotation.precision(), column.size());
            assertEquals(where + " scale", annotation.scale(), column.scale());
        } else if (type == Instant.class) {
            assertTrue(where + " is a timestamp with time zone, not " + column.typeName(),
                    column.type() == Types.TIMESTAMP_WITH_TIMEZONE || "timestamptz".equals(column.typeName()));
        } else {
            throw new AssertionError(where + ": no check for " + type);
        }
    }
}
