package io.openemp.plugin.efficiency.potential.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import io.openemp.data.readings.api.Aggregate;
import io.openemp.data.readings.api.AggregationPeriod;
import io.openemp.data.readings.api.Aggregates;
import io.openemp.data.readings.api.ReadingInputException;
import io.openemp.data.readings.api.ReadingStore;
import io.openemp.data.readings.api.ReadingStoreException;
import io.openemp.plugin.api.RpcException;
import io.openemp.plugin.efficiency.potential.api.Features;
import io.openemp.plugin.efficiency.potential.api.LoadProfile;

/** Reads a meter's hourly active and reactive energy from the ReadingStore into a {@link LoadProfile}. */
final class ProfileReader {

    static final Duration MAX_SPAN = Duration.ofDays(366);

    private ProfileReader() {
    }

    static LoadProfile read(ReadingStore store, String meter, String activeType, String reactiveType, Instant from,
            Instant to, double intensityPercentile) throws RpcException {
        text("meter", meter);
        text("activeType", activeType);
        text("reactiveType", reactiveType);
        Inputs.required("from", from);
        Inputs.required("to", to);
        if (!to.isAfter(from)) {
            throw RpcException.invalidParams("to", "must be after from (" + from + ")");
        }
        if (Duration.between(from, to).compareTo(MAX_SPAN) > 0) {
            throw RpcException.invalidParams("to", "the period spans more than 366 days");
        }
        Inputs.within("intensityPercentile", intensityPercentile, 0, 100);
        Aggregates active;
        Aggregates reactive;
        try {
            active = store.aggregate(meter, activeType, from, to, AggregationPeriod.PT1H);
            reactive = store.aggregate(meter, reactiveType, from, to, AggregationPeriod.PT1H);
        } catch (ReadingInputException e) {
            throw RpcException.invalidParams(param(e.field()), e.reason());
        } catch (ReadingStoreException e) {
            org.slf4j.LoggerFactory.getLogger(ProfileReader.class).error("efficiency-potential: reading the profile failed", e);
            throw new RpcException(PotentialComponent.STORE_FAILED, "The reading store could not be read");
        }
        ZoneId zone = ZoneId.of(active.zone());
        Map<Instant, BigDecimal> q = new HashMap<>();
        for (Aggregate a : reactive.periods()) {
            if (a.value() != null) {
                q.put(a.start(), a.value());
            }
        }
        ProfileCalculator calc = new ProfileCalculator();
        int missing = 0;
        for (Aggregate a : active.periods()) {
            BigDecimal kvarh = q.get(a.start());
            if (a.value() == null || kvarh == null) {
                missing++;
                continue;
            }
            calc.add(a.start().atZone(zone).toLocalDateTime(), a.value().doubleValue(), kvarh.doubleValue());
        }
        if (calc.hours() < 24 || !calc.hasWorkingAndBaseHours() || !(calc.max() > 0)) {
            throw RpcException.invalidParams("from", "the period has " + calc.hours() + " hours with both active and"
                    + " reactive energy; a profile needs at least 24, with working hours, base hours and some load");
        }
        Features f = new Features(calc.loadFactor(), calc.powerFactor(), calc.baseLoadShare(), intensityPercentile,
                calc.peakShare());
        return new LoadProfile(meter, from, to, zone.getId(), calc.hours(), missing, calc.energy(), calc.reactive(),
                calc.mean(), calc.max(), calc.workingMean(), calc.baseMean(), calc.peakEnergy(), f);
    }

    private static void text(String name, String value) throws RpcException {
        if (value == null || value.isBlank() || value.length() > 64) {
            throw RpcException.invalidParams(name, "required, at most 64 characters");
        }
    }

    /** The store names its fields as its own API does; the ones a caller gave map to this method's params. */
    private static String param(String field) {
        return switch (field == null ? "" : field) {
            case "meter" -> "meter";
            case "readingType" -> "activeType";
            case "from", "to" -> field;
            default -> "meter";
        };
    }
}
