package io.openemp.vee.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

import com.mongodb.MongoException;

import io.openemp.data.documents.api.DocumentStore;
import io.openemp.data.readings.api.MeterDirectory;
import io.openemp.data.readings.api.ReadingInputException;
import io.openemp.data.readings.api.ReadingStore;
import io.openemp.data.readings.api.ReadingStoreException;
import io.openemp.data.readings.api.ReadingTypeInfo;
import io.openemp.plugin.api.Caller;
import io.openemp.plugin.api.Param;
import io.openemp.plugin.api.Roles;
import io.openemp.plugin.api.RpcComponent;
import io.openemp.plugin.api.RpcException;
import io.openemp.plugin.api.RpcMethod;
import io.openemp.vee.api.AuditEntry;
import io.openemp.vee.api.AuditPage;
import io.openemp.vee.api.EstimationResult;
import io.openemp.vee.api.RuleSet;
import io.openemp.vee.api.ValidationResult;
import io.openemp.vee.api.VeeFlags;

/**
 * The {@code vee} RPC component: validation rules per reading type, validation (with or without flagging),
 * estimation of gaps and audited manual edits of meter readings. It checks the parameters and maps failures to
 * JSON-RPC errors; {@link VeeOperations} does the work. Configured by PID {@value #PID}.
 */
@Component(service = RpcComponent.class, configurationPid = VeeComponent.PID)
@Designate(ocd = VeeConfig.class)
public class VeeComponent implements RpcComponent {

    /** The configuration PID. */
    public static final String PID = "io.openemp.vee";

    /** The component id, also the document store database's id. */
    public static final String ID = "vee";

    /** The reading store failed; nothing of the call's writes was stored (each batch is all or nothing). */
    public static final int READINGS_FAILED = 4401;

    /** The document store failed or is unavailable. */
    public static final int DOCUMENTS_FAILED = 4402;

    /** Longest range one call covers. */
    static final Duration MAX_RANGE = Duration.ofDays(3660);

    static final int MAX_REASON = 1000;
    static final int MAX_AUDIT_PAGE = 1000;
    private static final Pattern USER_TEXT = Pattern.compile("[^\\p{Cntrl}]*");

    @Reference
    private ReadingStore readings;

    @Reference
    private MeterDirectory directory;

    @Reference
    private DocumentStore documents;

    private volatile VeeOperations operations;
    private final Clock clock;

    /** For Declarative Services. */
    public VeeComponent() {
        this.clock = Clock.systemUTC();
    }

    /** Around given services, for tests. */
    VeeComponent(ReadingStore readings, MeterDirectory directory, DocumentStore documents, Settings settings, Clock clock) {
        this.readings = readings;
        this.directory = directory;
        this.documents = documents;
        this.clock = clock;
        this.operations = new VeeOperations(readings, directory, documents, settings, clock);
    }

    @Activate
    void activate(VeeConfig config) {
        operations = new VeeOperations(readings, directory, documents, Settings.of(config), clock);
    }

    /** A changed configuration applies to the next call; a wrong value throws, DS logs it and the old one stays. */
    @Modified
    void modified(VeeConfig config) {
        operations = new VeeOperations(readings, directory, documents, Settings.of(config), clock);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String version() {
        return "1.0.0";
    }

    @Override
    public String description() {
        return "Validation, estimation and editing (VEE) of meter readings";
    }

    @RpcMethod(name = "rules.list", roles = Roles.VIEWER,
            description = "The rule sets stored per reading type (types without one use the configured defaults, see vee.rules.get)")
    public List<RuleSet> rulesList() throws RpcException {
        return guarded(() -> operations.storedRules());
    }

    @RpcMethod(name = "rules.get", roles = Roles.VIEWER,
            description = "The rules that apply to a reading type: its stored rule set, or the configured defaults")
    public RuleSet rulesGet(@Param(value = "readingType", description = "Reading type code") String readingType) throws RpcException {
        ReadingTypeInfo type = type(readingType);
        return guarded(() -> operations.rules(type));
    }

    @RpcMethod(name = "rules.set", roles = Roles.MANAGER, mutating = true,
            description = "Stores the rule set of a reading type (replacing its previous one)")
    public RuleSet rulesSet(@Param(value = "rules", description = "The rule set; a rule that is false or null is off") RuleSet rules,
            Caller caller) throws RpcException {
        if (rules == null) {
            throw RpcException.invalidParams("rules", "required");
        }
        try {
            RuleChecks.check("rules", rules, code -> code == null ? null : directory.readingType(code).orElse(null));
        } catch (BadRuleException e) {
            throw RpcException.invalidParams(e.field(), e.reason());
        }
        return guarded(() -> operations.saveRules(rules, caller.user()));
    }

    @RpcMethod(name = "rules.delete", roles = Roles.MANAGER, mutating = true,
            description = "Removes the stored rule set of a reading type, which then follows the configured defaults; true if there was one")
    public boolean rulesDelete(@Param(value = "readingType", description = "Reading type code") String readingType) throws RpcException {
        required("readingType", readingType);
        return guarded(() -> operations.deleteRules(readingType));
    }

    @RpcMethod(name = "check", roles = Roles.VIEWER,
            description = "Runs the reading type's rules over [from, to) and returns the findings without flagging anything")
    public ValidationResult check(
            @Param(value = "meter", description = "Meter mRID") String meter,
            @Param(value = "readingType", description = "Reading type code") String readingType,
            @Param(value = "from", description = "Start of the range, UTC instant (inclusive)") Instant from,
            @Param(value = "to", description = "End of the range, UTC instant (exclusive)") Instant to) throws RpcException {
        ReadingTypeInfo type = range(meter, readingType, from, to);
        return guarded(() -> operations.validate(meter, type, from, to, false));
    }

    @RpcMethod(name = "validate", roles = Roles.MANAGER, mutating = true,
            description = "Runs the reading type's rules over [from, to), flags each failing reading with SUSPECT and the rule's name (a revision; the value is kept), and returns the findings")
    public ValidationResult validate(
            @Param(value = "meter", description = "Meter mRID") String meter,
            @Param(value = "readingType", description = "Reading type code") String readingType,
            @Param(value = "from", description = "Start of the range, UTC instant (inclusive)") Instant from,
            @Param(value = "to", description = "End of the range, UTC instant (exclusive)") Instant to,
            @Param(value = "flag", required = false, description = "Store the flags (default true); false is the same as vee.check")
            Boolean flag) throws RpcException {
        ReadingTypeInfo type = range(meter, readingType, from, to);
        return guarded(() -> operations.validate(meter, type, from, to, flag == null || flag));
    }

    @RpcMethod(name = "estimate", roles = Roles.MANAGER, mutating = true,
            description = "Fills the missing readings of [from, to): short gaps by linear interpolation, long ones from similar days; stores them flagged ESTIMATED with source vee:<method>, never over a stored reading")
    public EstimationResult estimate(
            @Param(value = "meter", description = "Meter mRID") String meter,
            @Param(value = "readingType", description = "Reading type code (an interval type)") String readingType,
            @Param(value = "from", description = "Start of the range, UTC instant (inclusive)") Instant from,
            @Param(value = "to", description = "End of the range, UTC instant (exclusive)") Instant to,
            @Param(value = "dryRun", required = false, description = "Compute the estimates without storing them (default false)")
            Boolean dryRun) throws RpcException {
        ReadingTypeInfo type = range(meter, readingType, from, to);
        if (type.intervalSeconds() == 0) {
            throw RpcException.invalidParams("readingType", "'" + type.code() + "' is a register (interval 0): it has no gaps to estimate");
        }
        return guarded(() -> operations.estimate(meter, type, from, to, dryRun != null && dryRun));
    }

    @RpcMethod(name = "edit", roles = Roles.MANAGER, mutating = true,
            description = "Replaces one reading by a value a user gives, with a reason: a new revision flagged EDITED (the store keeps the old one) and an entry in the audit trail")
    public AuditEntry edit(
            @Param(value = "meter", description = "Meter mRID") String meter,
            @Param(value = "readingType", description = "Reading type code") String readingType,
            @Param(value = "at", description = "The reading's UTC instant") Instant at,
            @Param(value = "value", description = "The new value, in the reading type's unit") BigDecimal value,
            @Param(value = "reason", description = "Why the value is changed (kept in the audit trail)") String reason,
            @Param(value = "rule", required = false, description = "The rule whose finding the edit answers, e.g. vee.spike") String rule,
            Caller caller) throws RpcException {
        ReadingTypeInfo type = meterAndType(meter, readingType);
        if (at == null) {
            throw RpcException.invalidParams("at", "required");
        }
        if (value == null) {
            throw RpcException.invalidParams("value", "required");
        }
        if (reason == null || reason.isBlank()) {
            throw RpcException.invalidParams("reason", "required: say why the value is changed");
        }
        if (reason.length() > MAX_REASON || !USER_TEXT.matcher(reason).matches()) {
            throw RpcException.invalidParams("reason", "at most " + MAX_REASON + " characters, without control characters");
        }
        if (rule != null && !VeeFlags.RULES.contains(rule)) {
            throw RpcException.invalidParams("rule", "unknown rule '" + Text.cut(rule) + "'; one of " + VeeFlags.RULES);
        }
        return guarded(() -> operations.edit(meter, type, at, value, reason, rule, caller));
    }

    @RpcMethod(name = "audit", roles = Roles.VIEWER,
            description = "The audit trail of manual edits, newest first, filtered by meter, reading type, reading instants [from, to) and user")
    public AuditPage audit(
            @Param(value = "meter", required = false, description = "Meter mRID") String meter,
            @Param(value = "readingType", required = false, description = "Reading type code") String readingType,
            @Param(value = "from", required = false, description = "Edits of readings at or after this instant") Instant from,
            @Param(value = "to", required = false, description = "Edits of readings before this instant") Instant to,
            @Param(value = "user", required = false, description = "Edits by this user") String user,
            @Param(value = "limit", required = false, description = "Most entries (1..1000, default 100)") Integer limit) throws RpcException {
        int max = limit == null ? 100 : limit;
        if (max < 1 || max > MAX_AUDIT_PAGE) {
            throw RpcException.invalidParams("limit", "must lie within 1.." + MAX_AUDIT_PAGE + ", not " + limit);
        }
        if (from != null && to != null && !to.isAfter(from)) {
            throw RpcException.invalidParams("to", "must be after from");
        }
        return guarded(() -> operations.audit(new AuditTrail.Query(meter, readingType, from, to, user, max)));
    }

    // ---- parameter checks ----

    private ReadingTypeInfo range(String meter, String readingType, Instant from, Instant to) throws RpcException {
        ReadingTypeInfo type = meterAndType(meter, readingType);
        if (from == null) {
            throw RpcException.invalidParams("from", "required");
        }
        if (to == null) {
            throw RpcException.invalidParams("to", "required");
        }
        if (!to.isAfter(from)) {
            throw RpcException.invalidParams("to", "must be after from (" + from + ")");
        }
        if (Duration.between(from, to).compareTo(MAX_RANGE) > 0) {
            throw RpcException.invalidParams("to", "the range is longer than " + MAX_RANGE.toDays() + " days");
        }
        return type;
    }

    private ReadingTypeInfo meterAndType(String meter, String readingType) throws RpcException {
        required("meter", meter);
        ReadingTypeInfo type = type(readingType);
        if (directory.meterKey(meter).isEmpty()) {
            throw RpcException.invalidParams("meter", "unknown meter '" + Text.cut(meter) + "'");
        }
        return type;
    }

    private ReadingTypeInfo type(String readingType) throws RpcException {
        required("readingType", readingType);
        return directory.readingType(readingType).orElseThrow(
                () -> RpcException.invalidParams("readingType", "unknown reading type '" + Text.cut(readingType) + "'"));
    }

    private static void required(String name, String value) throws RpcException {
        if (value == null || value.isBlank()) {
            throw RpcException.invalidParams(name, "required");
        }
    }

    // ---- failures ----

    private interface Call<T> {
        T run() throws RpcException;
    }

    private static <T> T guarded(Call<T> call) throws RpcException {
        try {
            return call.run();
        } catch (ReadingInputException e) {
            // the store names batch rows (readings[0].value); the caller knows the parameter
            throw RpcException.invalidParams(e.field().replaceFirst("^readings\\[\\d+]\\.", ""), e.reason());
        } catch (SeriesLoader.TooManyReadings e) {
            throw RpcException.invalidParams("to", "the range (with the rules' margins) holds " + e.getMessage() + "; ask a shorter one");
        } catch (ReadingStoreException e) {
            throw new RpcException(READINGS_FAILED, "Reading store failed; retry later");
        } catch (MongoException | VeeOperations.DocumentsUnavailable e) {
            throw new RpcException(DOCUMENTS_FAILED, "Document store failed; retry later");
        }
    }
}
