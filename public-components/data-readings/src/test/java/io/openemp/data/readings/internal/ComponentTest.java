package io.openemp.data.readings.internal;

import static io.openemp.data.readings.internal.FixtureDirectory.ENERGY;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameter;
import org.junit.runners.Parameterized.Parameters;

import io.openemp.bus.api.BusEvent;
import io.openemp.bus.api.EventBus;
import io.openemp.bus.api.Subscription;
import io.openemp.data.readings.api.AppendResult;
import io.openemp.data.readings.api.CommittedReadingsListener;
import io.openemp.data.readings.api.Reading;
import io.openemp.data.readings.api.ReadingStore;
import io.openemp.testing.TestDatabases;

/**
 * The DS component's life on an empty database, as Declarative Services drives it: references injected,
 * activated with its configuration (the schema is migrated), used, activated again on the same database (the
 * migration is idempotent and the data stays). On H2 and PostgreSQL.
 */
@RunWith(Parameterized.class)
public class ComponentTest {

    @Parameters(name = "{0}")
    public static List<Object[]> databases() {
        return Fixture.BOTH;
    }

    @Parameter
    public String db;

    /** The component as DS would make it: field references set, then activate(config) with the defaults. */
    private static ReadingsComponent activated(DataSource dataSource) throws Exception {
        ReadingsComponent component = new ReadingsComponent();
        set(component, "dataSource", dataSource);
        set(component, "directory", Fixture.DIRECTORY);
        ReadingsConfig defaults = (ReadingsConfig) Proxy.newProxyInstance(ReadingsConfig.class.getClassLoader(),
                new Class<?>[] { ReadingsConfig.class }, (proxy, method, args) -> method.getDefaultValue());
        component.activate(defaults);
        return component;
    }

    private static void set(Object target, String field, Object value) throws Exception {
        Field f = target.getClass().getDeclaredField(field);
        f.setAccessible(true);
        f.set(target, value);
    }

    @Test
    public void activationMigratesAnEmptyDatabaseAndAgainKeepsTheData() throws Exception {
        DataSource fresh = db.equals(Fixture.H2) ? TestDatabases.h2("component") : TestDatabases.postgres("component");
        String m = Fixture.meter("Europe/Berlin");
        Reading r = Reading.of(m, ENERGY, Instant.parse("2024-07-01T00:15:00Z"), new BigDecimal("0.5"));
        ReadingStore first = activated(fresh);
        assertEquals("readings", ((ReadingsComponent) first).id());
        assertEquals(new AppendResult(1, 1, 0, 0), first.append(List.of(r)));
        ReadingStore second = activated(fresh);
        assertEquals(new AppendResult(1, 0, 0, 1), second.append(List.of(r)));
        assertTrue(Fixture.countOn(fresh, "SELECT COUNT(*) FROM reading_flag") >= 4);
    }

    @Test
    @SuppressWarnings("unchecked")
    public void committedBatchesGoToListenersAndTheirCountsToTheBus() throws Exception {
        ReadingsComponent component = activated(Fixture.database(db));
        List<BusEvent> seen = new ArrayList<>();
        set(component, "bus", new EventBus() {
            @Override
            public void publish(String topic, Map<String, ?> properties) {
                seen.add(new BusEvent(topic, properties));
            }

            @Override
            public Subscription subscribe(String topicPattern, Consumer<BusEvent> handler) {
                throw new UnsupportedOperationException();
            }
        });
        List<List<Reading>> batches = new ArrayList<>();
        Field listeners = ReadingsComponent.class.getDeclaredField("listeners");
        listeners.setAccessible(true);
        ((List<CommittedReadingsListener>) listeners.get(component)).add(batches::add);
        ((List<CommittedReadingsListener>) listeners.get(component)).add(batch -> {
            throw new IllegalStateException("a broken listener");
        });
        String m = Fixture.meter("UTC");
        Reading r = Reading.of(m, ENERGY, Instant.parse("2024-07-01T00:15:00Z"), new BigDecimal("0.5"));
        assertEquals(new AppendResult(1, 1, 0, 0), component.append(List.of(r)));
        component.append(List.of(r));
        component.append(List.of(Reading.of(m, ENERGY, r.at(), new BigDecimal("0.6"))));
        assertEquals("the unchanged second append is not announced", 2, seen.size());
        assertEquals(List.of(r), batches.get(0));
        assertEquals(2, batches.size());
        assertEquals(ReadingStore.STORED_TOPIC, seen.get(0).topic());
        assertEquals("counts only on the bus", Map.of("count", 1, "inserted", 1, "revised", 0), seen.get(0).properties());
        assertEquals(1, seen.get(1).get(ReadingStore.EVENT_REVISED));
        try {
            component.append(List.of(Reading.of("no-such-meter", ENERGY, r.at(), BigDecimal.ONE)));
        } catch (RuntimeException refused) {
            // refused batches are not announced
        }
        assertEquals(2, seen.size());
        assertEquals(2, batches.size());
    }
}
