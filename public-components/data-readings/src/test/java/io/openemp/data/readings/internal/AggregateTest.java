package io.openemp.data.readings.internal;

import static io.openemp.data.readings.internal.Fixture.reading;
import static io.openemp.data.readings.internal.FixtureDirectory.ENERGY;
import static io.openemp.data.readings.internal.FixtureDirectory.ENERGY_HOURLY;
import static io.openemp.data.readings.internal.FixtureDirectory.POWER;
import static io.openemp.data.readings.internal.FixtureDirectory.REGISTER;
import static io.openemp.data.readings.internal.FixtureDirectory.VOLTAGE;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameter;
import org.junit.runners.Parameterized.Parameters;

import io.openemp.data.readings.api.Aggregate;
import io.openemp.data.readings.api.Aggregates;
import io.openemp.data.readings.api.Aggregation;
import io.openemp.data.readings.api.AggregationPeriod;
import io.openemp.data.readings.api.Reading;
import io.openemp.data.readings.api.ReadingInputException;

/**
 * Aggregates over the organisation's local calendar: days of 23 and 25 hours, the repeated hour, month
 * boundaries in Asia/Shanghai and Europe/Berlin, sums, means, registers. Expected figures are worked out by hand
 * in the comments. On H2 and PostgreSQL.
 */
@RunWith(Parameterized.class)
public class AggregateTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Parameters(name = "{0}")
    public static List<Object[]> databases() {
        return Fixture.BOTH;
    }

    @Parameter
    public String db;

    private JdbcReadingStore store() {
        return Fixture.store(db);
    }

    private static Instant local(String localDateTime, ZoneId zone) {
        return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
    }

    /** Interval readings of {@code value} covering [from, to): stamped from + step, ..., to. */
    private void fill(String meter, String type, Instant from, Instant to, long stepSeconds, String value) {
        List<Reading> batch = new ArrayList<>();
        for (Instant t = from.plusSeconds(stepSeconds); !t.isAfter(to); t = t.plusSeconds(stepSeconds)) {
            batch.add(Reading.of(meter, type, t, new BigDecimal(value)));
            if (batch.size() == 10_000) {
                store().append(batch);
                batch = new ArrayList<>();
            }
        }
        store().append(batch);
    }

    private static List<String> values(Aggregates a) {
        return a.periods().stream().map(p -> p.value() == null ? null : p.value().toPlainString()).toList();
    }

    private static List<Integer> expected(Aggregates a) {
        return a.periods().stream().map(Aggregate::expected).toList();
    }

    @Test
    public void theBerlinSpringForwardDayHas92QuarterHours() {
        String m = Fixture.meter("Europe/Berlin");
        Instant from = local("2024-03-30T00:00", BERLIN);
        Instant to = local("2024-04-02T00:00", BERLIN);
        fill(m, ENERGY, from, to, 900, "0.250");
        Aggregates days = store().aggregate(m, ENERGY, from, to, AggregationPeriod.P1D);
        assertEquals("Europe/Berlin", days.zone());
        assertEquals(Aggregation.SUM, days.aggregation());
        assertEquals("kWh", days.unit());
        // 96, 92 (23 h) and 96 quarter hours of 0.250 kWh
        assertEquals(List.of("24.000", "23.000", "24.000"), values(days));
        assertEquals(List.of(96, 92, 96), expected(days));
        assertEquals(List.of(96, 92, 96), days.periods().stream().map(Aggregate::count).toList());
        assertEquals(Instant.parse("2024-03-30T23:00:00Z"), days.periods().get(1).start());
        assertEquals(Instant.parse("2024-03-31T22:00:00Z"), days.periods().get(1).end());
    }

    @Test
    public void theBerlinFallBackDayHas25HoursAndItsRepeatedHourIsTwoPeriods() {
        String m = Fixture.meter("Europe/Berlin");
        Instant from = local("2024-10-27T00:00", BERLIN); // 2024-10-26T22:00Z
        Instant to = local("2024-10-28T00:00", BERLIN);   // 2024-10-27T23:00Z
        fill(m, ENERGY, from, to, 900, "0.250");
        Aggregates day = store().aggregate(m, ENERGY, from, to, AggregationPeriod.P1D);
        assertEquals(List.of("25.000"), values(day));
        assertEquals(List.of(100), expected(day));
        Aggregates hours = store().aggregate(m, ENERGY, from, to, AggregationPeriod.PT1H);
        assertEquals(25, hours.periods().size());
        // local 02:00 CEST and 02:00 CET: 00:00Z and 01:00Z, four quarter hours each
        assertEquals(Instant.parse("2024-10-27T00:00:00Z"), hours.periods().get(2).start());
        assertEquals(Instant.parse("2024-10-27T01:00:00Z"), hours.periods().get(3).start());
        for (Aggregate hour : hours.periods()) {
            assertEquals("1.000", hour.value().toPlainString());
            assertEquals(4, hour.count());
        }
        Aggregates quarters = store().aggregate(m, ENERGY, from, to, AggregationPeriod.PT15M);
        assertEquals(100, quarters.periods().size());
    }

    @Test
    public void aShanghaiMonthEndsAtLocalMidnightAndTheReadingStampedThenClosesIt() {
        String m = Fixture.meter("Asia/Shanghai");
        // local 31 Jan and 1 Feb, 1 kWh a quarter hour; the interval ending at local midnight (16:00Z) is 100 kWh
        fill(m, ENERGY, local("2024-01-31T00:00", SHANGHAI), local("2024-02-02T00:00", SHANGHAI), 900, "1");
        store().append(List.of(reading(m, ENERGY, "2024-01-31T16:00:00Z", "100")));
        Aggregates months = store().aggregate(m, ENERGY, local("2024-01-01T00:00", SHANGHAI),
                local("2024-03-01T00:00", SHANGHAI), AggregationPeriod.P1M);
        assertEquals(Instant.parse("2023-12-31T16:00:00Z"), months.periods().get(0).start());
        assertEquals(Instant.parse("2024-01-31T16:00:00Z"), months.periods().get(0).end());
        // January: 95 x 1 + 100; February: 96 x 1
        assertEquals(List.of("195", "96"), values(months));
        assertEquals(List.of(31 * 96, 29 * 96), expected(months));
    }

    @Test
    public void berlinMonthsWithAClockChangeExpectOneHourLessOrMore() {
        String m = Fixture.meter("Europe/Berlin");
        store().append(List.of(reading(m, ENERGY, "2024-03-15T12:00:00Z", "2.5")));
        Aggregates months = store().aggregate(m, ENERGY, local("2024-01-01T00:00", BERLIN),
                local("2025-01-01T00:00", BERLIN), AggregationPeriod.P1M);
        assertEquals(12, months.periods().size());
        // March: 31 x 24 - 1 hours; October: 31 x 24 + 1 hours
        assertEquals(Integer.valueOf((31 * 24 - 1) * 4), months.periods().get(2).expected());
        assertEquals(Integer.valueOf((31 * 24 + 1) * 4), months.periods().get(9).expected());
        assertEquals("2.5", months.periods().get(2).value().toPlainString());
        assertNull("a month without readings has no value", months.periods().get(3).value());
        assertEquals(0, months.periods().get(3).count());
    }

    @Test
    public void shanghaiDaylightSavingIn1991MadeA23HourAndA25HourDay() {
        String m = Fixture.meter("Asia/Shanghai");
        fill(m, ENERGY, local("1991-04-14T00:00", SHANGHAI), local("1991-04-15T00:00", SHANGHAI), 900, "0.5");
        Aggregates spring = store().aggregate(m, ENERGY, local("1991-04-14T00:00", SHANGHAI),
                local("1991-04-15T00:00", SHANGHAI), AggregationPeriod.P1D);
        assertEquals(List.of("46.0"), values(spring));
        assertEquals(List.of(92), expected(spring));
        Aggregates autumn = store().aggregate(m, ENERGY, local("1991-09-15T00:00", SHANGHAI),
                local("1991-09-16T00:00", SHANGHAI), AggregationPeriod.P1D);
        assertEquals(List.of(100), expected(autumn));
    }

    @Test
    public void powerAndVoltageAverageWithMinimumAndMaximum() {
        String m = Fixture.meter("Europe/Berlin");
        store().append(List.of(reading(m, POWER, "2024-06-01T10:15:00Z", "1.0"), reading(m, POWER, "2024-06-01T10:30:00Z", "2.0"),
                reading(m, POWER, "2024-06-01T10:45:00Z", "3.0"), reading(m, POWER, "2024-06-01T11:00:00Z", "6.5"),
                reading(m, VOLTAGE, "2024-06-01T10:15:00Z", "230.1"), reading(m, VOLTAGE, "2024-06-01T10:30:00Z", "229.9"),
                reading(m, VOLTAGE, "2024-06-01T10:45:00Z", "231.0")));
        Aggregate hour = store().aggregate(m, POWER, Instant.parse("2024-06-01T10:00:00Z"),
                Instant.parse("2024-06-01T11:00:00Z"), AggregationPeriod.PT1H).periods().get(0);
        // (1.0 + 2.0 + 3.0 + 6.5) / 4 = 3.125, to 1 + 4 decimals
        assertEquals(new Aggregate(Instant.parse("2024-06-01T10:00:00Z"), Instant.parse("2024-06-01T11:00:00Z"),
                new BigDecimal("3.12500"), new BigDecimal("1.0"), new BigDecimal("6.5"), 4, 4), hour);
        Aggregates day = store().aggregate(m, VOLTAGE, local("2024-06-01T00:00", BERLIN), local("2024-06-02T00:00", BERLIN),
                AggregationPeriod.P1D);
        assertEquals(Aggregation.AVERAGE, day.aggregation());
        // 691.0 / 3 = 230.333333... half-even to 5 decimals
        assertEquals(new BigDecimal("230.33333"), day.periods().get(0).value());
        assertEquals(new BigDecimal("229.9"), day.periods().get(0).min());
        assertEquals(new BigDecimal("231.0"), day.periods().get(0).max());
        assertEquals(Integer.valueOf(96), day.periods().get(0).expected());
    }

    @Test
    public void aRegisterDayIsItsLastReadingAndMidnightOpensTheNextDay() {
        String m = Fixture.meter("Europe/Berlin");
        store().append(List.of(
                Reading.of(m, REGISTER, local("2024-06-01T00:00", BERLIN), new BigDecimal("1000.0")),
                Reading.of(m, REGISTER, local("2024-06-01T06:00", BERLIN), new BigDecimal("1004.5")),
                Reading.of(m, REGISTER, local("2024-06-01T23:59:59", BERLIN), new BigDecimal("1010.2")),
                Reading.of(m, REGISTER, local("2024-06-02T00:00", BERLIN), new BigDecimal("1010.3"))));
        Aggregates days = store().aggregate(m, REGISTER, local("2024-06-01T00:00", BERLIN), local("2024-06-03T00:00", BERLIN),
                AggregationPeriod.P1D);
        assertEquals(Aggregation.LAST, days.aggregation());
        assertEquals(new Aggregate(local("2024-06-01T00:00", BERLIN), local("2024-06-02T00:00", BERLIN),
                new BigDecimal("1010.2"), new BigDecimal("1000.0"), new BigDecimal("1010.2"), 3, null), days.periods().get(0));
        assertEquals(new BigDecimal("1010.3"), days.periods().get(1).value());
        assertEquals(1, days.periods().get(1).count());
    }

    @Test
    public void aRangeNotOnPeriodBoundariesClipsItsFirstAndLastPeriods() {
        String m = Fixture.meter("Europe/Berlin");
        Instant from = local("2024-05-01T06:00", BERLIN);
        Instant to = local("2024-05-02T06:00", BERLIN);
        fill(m, ENERGY, local("2024-05-01T00:00", BERLIN), local("2024-05-03T00:00", BERLIN), 900, "1");
        Aggregates days = store().aggregate(m, ENERGY, from, to, AggregationPeriod.P1D);
        assertEquals(from, days.periods().get(0).start());
        assertEquals(local("2024-05-02T00:00", BERLIN), days.periods().get(0).end());
        assertEquals(to, days.periods().get(1).end());
        assertEquals(List.of("72", "24"), values(days));
        assertEquals(List.of(72, 24), expected(days));
    }

    @Test
    public void aPeriodFinerThanTheIntervalIsRefused() {
        String m = Fixture.meter("UTC");
        ReadingInputException e = assertThrows(ReadingInputException.class, () -> store().aggregate(m, ENERGY_HOURLY,
                Instant.parse("2024-01-01T00:00:00Z"), Instant.parse("2024-01-02T00:00:00Z"), AggregationPeriod.PT15M));
        assertEquals("period", e.field());
        fill(m, ENERGY_HOURLY, Instant.parse("2024-01-01T00:00:00Z"), Instant.parse("2024-01-02T00:00:00Z"), 3600, "2");
        Aggregates hours = store().aggregate(m, ENERGY_HOURLY, Instant.parse("2024-01-01T00:00:00Z"),
                Instant.parse("2024-01-02T00:00:00Z"), AggregationPeriod.PT1H);
        assertEquals(24, hours.periods().size());
        assertEquals(Integer.valueOf(1), hours.periods().get(0).expected());
    }

    @Test
    public void tooManyPeriodsAreRefused() {
        String m = Fixture.meter("UTC");
        ReadingInputException e = assertThrows(ReadingInputException.class, () -> store().aggregate(m, ENERGY,
                Instant.parse("2000-01-01T00:00:00Z"), Instant.parse("2010-01-01T00:00:00Z"), AggregationPeriod.PT15M));
        assertEquals("to", e.field());
    }

    @Test
    public void unknownMetersAndTypesAndBadRangesAreRefusedByName() {
        String m = Fixture.meter("UTC");
        Instant a = Instant.parse("2024-01-01T00:00:00Z");
        Instant b = Instant.parse("2024-01-02T00:00:00Z");
        assertEquals("meter", assertThrows(ReadingInputException.class,
                () -> store().aggregate("NOPE", ENERGY, a, b, AggregationPeriod.P1D)).field());
        assertEquals("readingType", assertThrows(ReadingInputException.class,
                () -> store().aggregate(m, "nope", a, b, AggregationPeriod.P1D)).field());
        assertEquals("to", assertThrows(ReadingInputException.class,
                () -> store().aggregate(m, ENERGY, b, a, AggregationPeriod.P1D)).field());
        assertEquals("period", assertThrows(ReadingInputException.class,
                () -> store().aggregate(m, ENERGY, a, b, null)).field());
    }
}
