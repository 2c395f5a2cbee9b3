package io.openemp.plugin.degreedays.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.Test;

import io.openemp.plugin.api.RpcException;
import io.openemp.plugin.degreedays.api.DegreeDayErrors;
import io.openemp.plugin.degreedays.api.Observation;
import io.openemp.plugin.degreedays.api.TemperatureOutOfRange;

/** What degree-days.compute refuses, and how. */
public class ErrorsTest {

    private final DegreeDaysComponent component = new DegreeDaysComponent();

    private RpcException refused(List<Observation> series, String zone, Duration interval) {
        try {
            component.compute(series, zone, null, null, interval);
        } catch (RpcException e) {
            return e;
        }
        fail("expected an RpcException");
        return null;
    }

    private static List<Observation> withTemperatureAt(int index, double celsius) {
        List<Observation> series = new ArrayList<>(Series.hourly("2024-01-15T00:00:00Z", Series.repeat(6, 10.0)));
        series.set(index, new Observation(series.get(index).at(), celsius));
        return series;
    }

    @Test
    public void anImpossibleTemperatureIsAnApplicationErrorNamingItsIndex() {
        RpcException e = refused(withTemperatureAt(3, -90.1), "UTC", null);
        assertEquals(DegreeDayErrors.TEMPERATURE_OUT_OF_RANGE, e.code());
        assertTrue("outside the range JSON-RPC reserves", e.code() > -32000 || e.code() < -32768);
        assertEquals(new TemperatureOutOfRange(3, Instant.parse("2024-01-15T03:00:00Z"), -90.1, -90.0, 60.0), e.data());
        assertTrue(e.getMessage(), e.getMessage().contains("observation 3"));

        RpcException hot = refused(withTemperatureAt(5, 60.5), "UTC", null);
        assertEquals(5, ((TemperatureOutOfRange) hot.data()).index());

        // A Java caller can pass NaN, which JSON cannot carry: refused the same way.
        assertEquals(DegreeDayErrors.TEMPERATURE_OUT_OF_RANGE, refused(withTemperatureAt(0, Double.NaN), "UTC", null).code());
    }

    @Test
    public void theLimitsThemselvesAreAccepted() throws Exception {
        component.compute(withTemperatureAt(0, -90.0), "UTC", null, null, null);
        component.compute(withTemperatureAt(0, 60.0), "UTC", null, null, null);
    }

    @Test
    public void anUnknownZoneIsInvalidParams() {
        RpcException e = refused(Series.hourly("2024-01-15T00:00:00Z", 1.0, 2.0), "Mars/Olympus_Mons", null);
        assertEquals(RpcException.INVALID_PARAMS, e.code());
        assertEquals("zone", ((Map<?, ?>) e.data()).get("param"));
        assertEquals(RpcException.INVALID_PARAMS, refused(List.of(), "", null).code());
    }

    @Test
    public void duplicateInstantsAreInvalidParams() {
        List<Observation> series = new ArrayList<>(Series.hourly("2024-01-15T00:00:00Z", 1.0, 2.0, 3.0));
        series.add(new Observation(Instant.parse("2024-01-15T02:00:00Z"), 3.5));
        RpcException e = refused(series, "UTC", null);
        assertEquals(RpcException.INVALID_PARAMS, e.code());
        Map<?, ?> data = (Map<?, ?>) e.data();
        assertEquals("observations", data.get("param"));
        assertEquals("observations 2 and 3 have the same instant 2024-01-15T02:00:00Z", data.get("reason"));
    }

    @Test
    public void unorderedInstantsAreInvalidParams() {
        List<Observation> series = new ArrayList<>(Series.hourly("2024-01-15T00:00:00Z", 1.0, 2.0, 3.0));
        series.add(1, new Observation(Instant.parse("2024-01-15T05:00:00Z"), 3.5));
        RpcException e = refused(series, "UTC", null);
        assertEquals(RpcException.INVALID_PARAMS, e.code());
        assertTrue(e.getMessage(), e.getMessage().contains("observation 2 (2024-01-15T01:00:00Z) is earlier than observation 1"));
    }

    @Test
    public void aSingleObservationNeedsAnInterval() {
        RpcException e = refused(Series.hourly("2024-01-15T00:00:00Z", 1.0), "UTC", null);
        assertEquals(RpcException.INVALID_PARAMS, e.code());
        assertEquals("interval", ((Map<?, ?>) e.data()).get("param"));
    }

    @Test
    public void anIntervalOutsideOneMinuteToOneDayIsInvalidParams() {
        List<Observation> series = Series.hourly("2024-01-15T00:00:00Z", 1.0, 2.0);
        assertEquals("interval", ((Map<?, ?>) refused(series, "UTC", Duration.ofSeconds(30)).data()).get("param"));
        assertEquals("interval", ((Map<?, ?>) refused(series, "UTC", Duration.ofHours(25)).data()).get("param"));
    }

    @Test
    public void anImpossibleBaseIsInvalidParams() {
        try {
            component.compute(List.of(), "UTC", 75.0, null, null);
            fail();
        } catch (RpcException e) {
            assertEquals(RpcException.INVALID_PARAMS, e.code());
            assertEquals("heatingBase", ((Map<?, ?>) e.data()).get("param"));
        }
    }

    @Test
    public void aSeriesOverTenYearsIsRefused() {
        List<Observation> series = List.of(new Observation(Instant.parse("2010-01-01T00:00:00Z"), 1.0),
                new Observation(Instant.parse("2020-01-10T00:00:00Z"), 1.0));
        RpcException e = refused(series, "UTC", Duration.ofHours(1));
        assertEquals(RpcException.INVALID_PARAMS, e.code());
        assertTrue(e.getMessage(), e.getMessage().contains("at most 3660"));
    }
}
