package io.openemp.vee.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.bson.Document;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;

import io.openemp.vee.api.DayType;
import io.openemp.vee.api.EstimationSettings;
import io.openemp.vee.api.RegisterRule;
import io.openemp.vee.api.RuleSet;
import io.openemp.vee.api.SpikeRule;
import io.openemp.vee.api.SumCheckRule;

/**
 * The rule sets set through {@code vee.rules.set}, one document per reading type (its code is the {@code _id})
 * in the collection {@value #COLLECTION} of the {@code vee} database. Numbers are kept as decimal strings, so a
 * factor of 2.5 reads back as exactly 2.5 on any server.
 */
final class RuleRepository {

    static final String COLLECTION = "rules";

    private final MongoCollection<Document> rules;

    RuleRepository(MongoCollection<Document> rules) {
        this.rules = rules;
    }

    Optional<RuleSet> find(String readingType) {
        Document d = rules.find(Filters.eq("_id", readingType)).first();
        return d == null ? Optional.empty() : Optional.of(decode(d));
    }

    List<RuleSet> all() {
        List<RuleSet> all = new ArrayList<>();
        for (Document d : rules.find().sort(Sorts.ascending("_id"))) {
            all.add(decode(d));
        }
        return all;
    }

    void save(RuleSet set, String user) {
        Document d = encode(set).append("setBy", user).append("setAt", new Date());
        rules.replaceOne(Filters.eq("_id", set.readingType()), d, new ReplaceOptions().upsert(true));
    }

    boolean delete(String readingType) {
        return rules.deleteOne(Filters.eq("_id", readingType)).getDeletedCount() > 0;
    }

    static Document encode(RuleSet s) {
        Document d = new Document("_id", s.readingType()).append("gap", s.gap()).append("negative", s.negative());
        if (s.spike() != null) {
            d.append("spike", new Document("window", s.spike().window()).append("factor", text(s.spike().factor()))
                    .append("floor", text(s.spike().floor())));
        }
        d.append("zeroDays", s.zeroDays());
        if (s.register() != null) {
            d.append("register", new Document("modulus", text(s.register().modulus())).append("maxStep", text(s.register().maxStep())));
        }
        if (s.sumCheck() != null) {
            d.append("sumCheck", new Document("registerType", s.sumCheck().registerType())
                    .append("tolerance", text(s.sumCheck().tolerance()))
                    .append("relativeTolerance", text(s.sumCheck().relativeTolerance())));
        }
        d.append("futureSeconds", s.futureSeconds());
        EstimationSettings e = s.estimation();
        d.append("estimation", new Document("maxInterpolationIntervals", e.maxInterpolationIntervals())
                .append("profileDays", e.profileDays()).append("dayType", e.dayType().name())
                .append("scaleToEdges", e.scaleToEdges()));
        return d;
    }

    static RuleSet decode(Document d) {
        Document spike = d.get("spike", Document.class);
        Document register = d.get("register", Document.class);
        Document sum = d.get("sumCheck", Document.class);
        Document e = d.get("estimation", Document.class);
        return new RuleSet(d.getString("_id"), d.getBoolean("gap", false),
                spike == null ? null : new SpikeRule(spike.getInteger("window"), number(spike, "factor"), number(spike, "floor")),
                d.getBoolean("negative", false), d.getInteger("zeroDays"),
                register == null ? null : new RegisterRule(number(register, "modulus"), number(register, "maxStep")),
                sum == null ? null : new SumCheckRule(sum.getString("registerType"), number(sum, "tolerance"), number(sum, "relativeTolerance")),
                d.getInteger("futureSeconds"),
                new EstimationSettings(e.getInteger("maxInterpolationIntervals"), e.getInteger("profileDays"),
                        DayType.valueOf(e.getString("dayType")), e.getBoolean("scaleToEdges", false)),
                "stored");
    }

    private static String text(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    private static BigDecimal number(Document d, String key) {
        String s = d.getString(key);
        return s == null ? null : new BigDecimal(s);
    }
}
