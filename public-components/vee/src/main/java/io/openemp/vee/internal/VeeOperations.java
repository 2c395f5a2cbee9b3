package io.openemp.vee.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;

import io.openemp.data.documents.api.DocumentStore;
import io.openemp.data.readings.api.AppendResult;
import io.openemp.data.readings.api.Gap;
import io.openemp.data.readings.api.GapReport;
import io.openemp.data.readings.api.History;
import io.openemp.data.readings.api.MeterDirectory;
import io.openemp.data.readings.api.Point;
import io.openemp.data.readings.api.Quality;
import io.openemp.data.readings.api.Reading;
import io.openemp.data.readings.api.ReadingStore;
import io.openemp.data.readings.api.ReadingTypeInfo;
import io.openemp.data.readings.api.Revision;
import io.openemp.plugin.api.Caller;
import io.openemp.vee.api.AuditEntry;
import io.openemp.vee.api.AuditPage;
import io.openemp.vee.api.Estimate;
import io.openemp.vee.api.EstimationResult;
import io.openemp.vee.api.Finding;
import io.openemp.vee.api.RuleSet;
import io.openemp.vee.api.ValidationResult;
import io.openemp.vee.api.VeeFlags;

/** The work behind the {@code vee} methods, on the reading store and the document store; parameters are checked. */
final class VeeOperations {

    /** The document store could not hand out the {@code vee} database (misconfigured or stopped). */
    static final class DocumentsUnavailable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        DocumentsUnavailable(Throwable cause) {
            super(cause.getMessage(), cause);
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(VeeOperations.class);

    /**
     * How far around a range the register and sum rules look: the register reading before the range and the
     * register spans that overlap it. Registers are expected to be read at least daily.
     */
    static final Duration REGISTER_MARGIN = Duration.ofDays(1);

    private final ReadingStore readings;
    private final MeterDirectory directory;
    private final DocumentStore documents;
    private final Settings settings;
    private final Clock clock;
    private volatile boolean auditIndexed;

    VeeOperations(ReadingStore readings, MeterDirectory directory, DocumentStore documents, Settings settings, Clock clock) {
        this.readings = readings;
        this.directory = directory;
        this.documents = documents;
        this.settings = settings;
        this.clock = clock;
    }

    // ---- rules ----

    List<RuleSet> storedRules() {
        return rules().all();
    }

    RuleSet rules(ReadingTypeInfo type) {
        return rules().find(type.code()).orElseGet(() -> settings.defaults(type));
    }

    RuleSet saveRules(RuleSet set, String user) {
        rules().save(set, user);
        return set.withOrigin("stored");
    }

    boolean deleteRules(String readingType) {
        return rules().delete(readingType);
    }

    // ---- validation ----

    ValidationResult validate(String meter, ReadingTypeInfo type, Instant from, Instant to, boolean flag) {
        RuleSet set = rules(type);
        Duration interval = Duration.ofSeconds(type.intervalSeconds());
        Duration margin = Duration.ZERO;
        if (set.spike() != null) {
            margin = max(margin, interval.multipliedBy(set.spike().window()));
        }
        if (set.zeroDays() != null) {
            margin = max(margin, Duration.ofDays(set.zeroDays()));
        }
        if (set.register() != null || set.sumCheck() != null) {
            margin = max(margin, REGISTER_MARGIN);
        }
        List<Point> points = SeriesLoader.load(readings, meter, type.code(), from.minus(margin), to.plus(margin), settings.maxReadings());
        List<Gap> gaps = set.gap() ? gaps(meter, type, from, to) : List.of();
        Validator.RegisterSeries register = null;
        if (set.sumCheck() != null) {
            String registerCode = set.sumCheck().registerType();
            ReadingTypeInfo registerType = directory.readingType(registerCode).orElse(null);
            if (registerType != null) {
                List<Point> registerPoints = SeriesLoader.load(readings, meter, registerCode, from.minus(REGISTER_MARGIN),
                        to.plus(REGISTER_MARGIN), settings.maxReadings());
                register = new Validator.RegisterSeries(registerPoints, rules(registerType).register());
            } else {
                LOG.warn("sum check of {}: register type {} is no longer known; the rule is skipped", type.code(), registerCode);
            }
        }
        List<Finding> findings = new Validator(set, type.intervalSeconds(), from, to).validate(points, gaps, register, clock.instant());
        int[] flagged = { 0, 0 };
        if (flag) {
            findings = flag(meter, type, points, findings, flagged);
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String rule : VeeFlags.RULES) {
            int n = (int) findings.stream().filter(f -> f.rule().equals(rule)).count();
            if (n > 0) {
                counts.put(rule, n);
            }
        }
        int inRange = (int) points.stream().filter(p -> !p.at().isBefore(from) && p.at().isBefore(to)).count();
        return new ValidationResult(meter, type.code(), from, to, inRange, findings, counts, flagged[0], flagged[1]);
    }

    /**
     * Adds SUSPECT (unless the only finding is a rollover, which is a correct reading) and the rule names to the
     * flags of each failing reading, keeping its value and source. Readings a user edited are left as the user
     * left them.
     */
    private List<Finding> flag(String meter, ReadingTypeInfo type, List<Point> points, List<Finding> findings, int[] counts) {
        Map<Instant, Point> byAt = new HashMap<>();
        points.forEach(p -> byAt.put(p.at(), p));
        Map<Instant, Set<String>> rulesAt = new LinkedHashMap<>();
        for (Finding f : findings) {
            if (!f.rule().equals(VeeFlags.GAP)) {
                rulesAt.computeIfAbsent(f.at(), k -> new TreeSet<>()).add(f.rule());
            }
        }
        List<Reading> changes = new ArrayList<>();
        Set<Instant> carrying = new HashSet<>();
        for (Map.Entry<Instant, Set<String>> e : rulesAt.entrySet()) {
            Point p = byAt.get(e.getKey());
            if (p.flags().contains(Quality.EDITED)) {
                counts[1]++;
                continue;
            }
            Set<String> flags = new TreeSet<>(p.flags());
            flags.addAll(e.getValue());
            if (!e.getValue().equals(Set.of(VeeFlags.ROLLOVER))) {
                flags.add(Quality.SUSPECT);
            }
            carrying.add(p.at());
            if (!flags.equals(p.flags())) {
                changes.add(new Reading(meter, type.code(), p.at(), p.value(), flags, p.source()));
            }
        }
        for (int i = 0; i < changes.size(); i += ReadingStore.MAX_BATCH) {
            readings.append(changes.subList(i, Math.min(changes.size(), i + ReadingStore.MAX_BATCH)));
        }
        counts[0] = changes.size();
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            boolean has = carrying.contains(f.at()) && !f.rule().equals(VeeFlags.GAP);
            out.add(new Finding(f.rule(), f.at(), f.until(), f.value(), f.reference(), f.detail(), has));
        }
        return out;
    }

    // ---- estimation ----

    EstimationResult estimate(String meter, ReadingTypeInfo type, Instant from, Instant to, boolean dryRun) {
        RuleSet set = rules(type);
        Duration interval = Duration.ofSeconds(type.intervalSeconds());
        List<Gap> gaps = gaps(meter, type, from, to);
        int missing = gaps.stream().mapToInt(Gap::missing).sum();
        if (gaps.isEmpty()) {
            return new EstimationResult(meter, type.code(), from, to, 0, List.of(), List.of(), !dryRun, 0);
        }
        List<Point> known = SeriesLoader.load(readings, meter, type.code(), gaps.get(0).first().minus(Estimator.lookback(set.estimation())),
                gaps.get(gaps.size() - 1).last().plus(interval).plusMillis(1), settings.maxReadings());
        Map<Instant, Point> byAt = new HashMap<>();
        known.forEach(p -> byAt.put(p.at(), p));
        Estimator.Result result = new Estimator(set.estimation(), type.intervalSeconds(), directory.zone(meter)).estimate(byAt, gaps);
        if (dryRun) {
            return new EstimationResult(meter, type.code(), from, to, missing, result.estimates(), result.unestimated(), false, 0);
        }
        // A reading may have arrived since the gaps were listed: look again just before writing, and drop
        // the estimates of instants that have one now (an append would otherwise turn the reading into a revision).
        Set<Instant> arrived = new HashSet<>();
        for (Gap g : gaps) {
            for (Point p : SeriesLoader.load(readings, meter, type.code(), g.first(), g.last().plusMillis(1), settings.maxReadings())) {
                arrived.add(p.at());
            }
        }
        List<Estimate> kept = result.estimates().stream().filter(e -> !arrived.contains(e.at())).toList();
        List<Reading> batch = kept.stream().map(e -> new Reading(meter, type.code(), e.at(), e.value(),
                Set.of(Quality.ESTIMATED, e.method()), "vee:" + e.method().substring("vee.".length()))).toList();
        for (int i = 0; i < batch.size(); i += ReadingStore.MAX_BATCH) {
            AppendResult r = readings.append(batch.subList(i, Math.min(batch.size(), i + ReadingStore.MAX_BATCH)));
            if (r.revised() > 0) {
                LOG.warn("estimation of {} {}: {} readings arrived while the estimates were being written and were revised;"
                        + " their history keeps the measured value", meter, type.code(), r.revised());
            }
        }
        return new EstimationResult(meter, type.code(), from, to, missing, kept, result.unestimated(), true,
                result.estimates().size() - kept.size());
    }

    // ---- editing ----

    AuditEntry edit(String meter, ReadingTypeInfo type, Instant at, BigDecimal value, String reason, String rule, Caller caller) {
        History history = readings.history(meter, type.code(), at);
        Revision current = history.revisions().isEmpty() ? null : history.revisions().get(history.revisions().size() - 1);
        AuditEntry entry = new AuditEntry(null, meter, type.code(), at, current == null ? null : current.value(),
                current == null ? List.of() : List.copyOf(new TreeSet<>(current.flags())), value, reason, rule,
                caller.user(), caller.transport(), clock.instant());
        AuditTrail trail = audit();
        // The trail is written first: a crash between the two leaves an entry for an edit that did not happen,
        // never an edit without its entry.
        String id = trail.insert(entry);
        try {
            String source = "vee:edit:" + caller.user();
            readings.append(List.of(new Reading(meter, type.code(), at, value, Set.of(Quality.EDITED),
                    source.length() > 64 ? source.substring(0, 64) : source)));
        } catch (RuntimeException e) {
            try {
                trail.remove(id);
            } catch (MongoException again) {
                LOG.error("audit entry {} stays for an edit the reading store refused", id, again);
            }
            throw e;
        }
        return new AuditEntry(id, entry.meter(), entry.readingType(), entry.at(), entry.oldValue(), entry.oldFlags(),
                entry.newValue(), entry.reason(), entry.rule(), entry.user(), entry.transport(), entry.editedAt());
    }

    AuditPage audit(AuditTrail.Query query) {
        return audit().query(query);
    }

    // ---- helpers ----

    /** The gaps of [from, to) on the type's grid (instants that are multiples of the interval). */
    private List<Gap> gaps(String meter, ReadingTypeInfo type, Instant from, Instant to) {
        long step = type.intervalSeconds() * 1000L;
        long first = Math.floorDiv(from.toEpochMilli() + step - 1, step) * step;
        if (first >= to.toEpochMilli()) {
            return List.of();
        }
        GapReport report = readings.gaps(meter, type.code(), Instant.ofEpochMilli(first), to, null);
        if (report.truncated()) {
            LOG.warn("{} {}: more than {} gaps in {}..{}; only the first are handled", meter, type.code(), report.gaps().size(), from, to);
        }
        return report.gaps();
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private RuleRepository rules() {
        return new RuleRepository(collection(RuleRepository.COLLECTION));
    }

    private AuditTrail audit() {
        AuditTrail trail = new AuditTrail(collection(AuditTrail.COLLECTION));
        if (!auditIndexed) {
            trail.ensureIndexes();
            auditIndexed = true;
        }
        return trail;
    }

    private MongoCollection<Document> collection(String name) {
        try {
            return documents.database(VeeComponent.ID).getCollection(name);
        } catch (IllegalStateException e) {
            throw new DocumentsUnavailable(e);
        }
    }
}
