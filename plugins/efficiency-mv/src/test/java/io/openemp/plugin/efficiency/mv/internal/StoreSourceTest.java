package io.openemp.plugin.efficiency.mv.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;

import org.junit.Test;

import io.openemp.data.readings.api.Aggregation;
import io.openemp.data.readings.api.MeterDirectory;
import io.openemp.data.readings.api.Reading;
import io.openemp.data.readings.api.ReadingTypeInfo;
import io.openemp.data.readings.internal.JdbcReadingStore;
import io.openemp.plugin.efficiency.mv.api.Driver;
import io.openemp.plugin.efficiency.mv.api.Granularity;
import io.openemp.plugin.efficiency.mv.api.Observation;
import io.openemp.plugin.efficiency.mv.api.Period;
import io.openemp.plugin.efficiency.mv.api.Savings;
import io.openemp.plugin.efficiency.mv.api.Source;
import io.openemp.plugin.efficiency.mv.api.TimeOfWeek;
import io.openemp.testing.TestDatabases;

/**
 * The store path: ETT hourly loads appended to the real JDBC ReadingStore on H2, read back by the component per
 * local day, give the same savings as the same values passed in the call.
 */
public class StoreSourceTest {

    private static final String TYPE = "energy.import.1h";
    private static final String METER = "ETT-H1";

    /** The metering master data of this test: one meter in Asia/Shanghai, one hourly energy type. */
    private static final class Directory implements MeterDirectory {
        @Override
        public OptionalLong meterKey(String meterMrid) {
            return METER.equals(meterMrid) ? OptionalLong.of(1) : OptionalLong.empty();
        }

        @Override
        public Optional<ReadingTypeInfo> readingType(String code) {
            return TYPE.equals(code) ? Optional.of(new ReadingTypeInfo(TYPE, "kWh", Aggregation.SUM, 3600, "hourly energy"))
                    : Optional.empty();
        }

        @Override
        public ZoneId zone(String meterMrid) {
            return Ett.ZONE;
        }
    }

    private static Instant day(String date) {
        return LocalDate.parse(date).atStartOfDay(Ett.ZONE).toInstant();
    }

    private static List<Observation> observations(NavigableMap<Instant, Double> series) {
        List<Observation> out = new ArrayList<>();
        series.forEach((at, v) -> out.add(new Observation(at, v)));
        return out;
    }

    @Test
    public void readingsFromTheStoreGiveTheSameSavingsAsTheSeriesInTheCall() throws Exception {
        Period baseline = new Period(day("2016-10-01"), day("2017-10-01"));
        Period reporting = new Period(day("2017-10-01"), day("2018-01-01"));
        NavigableMap<Instant, Double> hourly = new TreeMap<>();
        for (Map.Entry<Instant, Double> e : Ett.column("ETTh1.csv", "HUFL").subMap(baseline.from(), reporting.to()).entrySet()) {
            // The store keeps decimals: three places, as a meter would send kWh.
            hourly.put(e.getKey(), BigDecimal.valueOf(e.getValue()).setScale(3, RoundingMode.HALF_UP).doubleValue());
        }
        JdbcReadingStore store = JdbcReadingStore.open(TestDatabases.h2("mv"), new Directory(), JdbcReadingStore.Settings.DEFAULTS);
        List<Reading> batch = new ArrayList<>();
        for (Map.Entry<Instant, Double> e : hourly.entrySet()) {
            // An interval reading is stamped at the end of its hour.
            batch.add(Reading.of(METER, TYPE, e.getKey().plus(Duration.ofHours(1)), BigDecimal.valueOf(e.getValue())));
            if (batch.size() == 5000) {
                store.append(batch);
                batch.clear();
            }
        }
        store.append(batch);

        List<Driver> drivers = List.of(
                new Driver("mufl", observations(EttSavingsTest.daily(Ett.column("ETTh1.csv", "MUFL"), false))),
                new Driver("ot", observations(EttSavingsTest.daily(Ett.column("ETTh1.csv", "OT"), true))));
        MvComponent component = new MvComponent(store);
        Savings fromStore = component.savings(Granularity.P1D, "Asia/Shanghai", baseline, reporting, null,
                new Source(METER, TYPE), drivers, TimeOfWeek.DAY_OF_WEEK, null, null);
        Savings inCall = component.savings(Granularity.P1D, "Asia/Shanghai", baseline, reporting,
                observations(EttSavingsTest.daily(hourly, false)), null, drivers, TimeOfWeek.DAY_OF_WEEK, null, null);
        assertEquals(365, fromStore.baseline().observations());
        assertEquals(92, fromStore.reportingIntervals());
        assertEquals(inCall.avoidedKwh(), fromStore.avoidedKwh(), 1e-6);
        assertEquals(inCall.uncertaintyKwh(), fromStore.uncertaintyKwh(), 1e-6);
        assertEquals(inCall.baseline().cvRmse(), fromStore.baseline().cvRmse(), 1e-12);
        assertTrue(fromStore.baseline().passed());
    }
}
