package io.openemp.plugin.efficiency.grid.internal;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.openemp.data.metering.api.CustomerAccount;
import io.openemp.data.metering.api.Metering;
import io.openemp.data.metering.api.UsagePoint;
import io.openemp.plugin.api.RpcException;
import io.openemp.plugin.efficiency.grid.api.SavingsRecord;
import io.openemp.plugin.efficiency.grid.api.SourceKind;

/** What a savings record must satisfy before it is stored; refusals are -32602 naming the field. */
final class SavingsRules {

    /** Longest period one record may cover, in days (three years). */
    static final int MAX_DAYS = 1096;

    private final Metering metering;
    private final SavingsStore store;

    SavingsRules(Metering metering, SavingsStore store) {
        this.metering = metering;
        this.store = store;
    }

    /**
     * Checks a batch (one RPC record, or every row of a file) against the master data, the stored records and
     * each other; {@code field.apply(i)} is the parameter name of the i-th record ({@code record}, {@code csv[3]}).
     */
    List<SavingsRecord> check(List<SavingsRecord> batch, java.util.function.IntFunction<String> field)
            throws RpcException, SQLException {
        List<SavingsRecord> out = new java.util.ArrayList<>(batch.size());
        Map<String, Integer> ids = new HashMap<>();
        for (int i = 0; i < batch.size(); i++) {
            String f = field.apply(i);
            SavingsRecord r = normalise(f, batch.get(i));
            Integer earlier = ids.putIfAbsent(r.id(), i);
            if (earlier != null) {
                throw RpcException.invalidParams(f + ".id", "'" + r.id() + "' is also the id of " + field.apply(earlier));
            }
            if (store.exists(r.id())) {
                throw RpcException.invalidParams(f + ".id", "a savings record '" + r.id() + "' already exists");
            }
            Optional<String> overlap = store.overlapping(r);
            if (overlap.isPresent()) {
                throw RpcException.invalidParams(f + ".from", "record '" + overlap.get() + "' already covers part of "
                        + r.from() + ".." + r.to() + " for the same customer, usage point, program and measure;"
                        + " counting both would count the saving twice");
            }
            for (int j = 0; j < out.size(); j++) {
                SavingsRecord o = out.get(j);
                if (o.customer().equals(r.customer()) && java.util.Objects.equals(o.usagePoint(), r.usagePoint())
                        && o.program().equals(r.program()) && o.measure().equals(r.measure())
                        && !o.from().isAfter(r.to()) && !o.to().isBefore(r.from())) {
                    throw RpcException.invalidParams(f + ".from", "overlaps " + field.apply(j)
                            + " (same customer, usage point, program and measure)");
                }
            }
            out.add(r);
        }
        return out;
    }

    private SavingsRecord normalise(String f, SavingsRecord r) throws RpcException {
        if (r == null) {
            throw RpcException.invalidParams(f, "required");
        }
        String id = Checks.id(f + ".id", r.id());
        String customer = Checks.id(f + ".customer", r.customer());
        if (metering.customer(customer).isEmpty()) {
            throw RpcException.invalidParams(f + ".customer", "no customer has the mRID '" + customer + "'");
        }
        String usagePoint = Checks.optionalId(f + ".usagePoint", r.usagePoint());
        if (usagePoint != null) {
            UsagePoint up = metering.usagePoint(usagePoint).orElseThrow(() ->
                    RpcException.invalidParams(f + ".usagePoint", "no usage point has the mRID '" + usagePoint + "'"));
            String owner = up.account() == null ? null
                    : metering.account(up.account()).map(CustomerAccount::customer).orElse(null);
            if (!customer.equals(owner)) {
                throw RpcException.invalidParams(f + ".usagePoint", "usage point '" + usagePoint + "' is not billed to customer '"
                        + customer + "'" + (owner == null ? " (it has no account)" : " but to '" + owner + "'"));
            }
        }
        String program = Checks.id(f + ".program", r.program());
        String measure = Checks.text(f + ".measure", r.measure(), 200);
        LocalDate from = date(f + ".from", r.from());
        LocalDate to = date(f + ".to", r.to());
        if (to.isBefore(from)) {
            throw RpcException.invalidParams(f + ".to", to + " is before from " + from);
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            throw RpcException.invalidParams(f + ".to", "a record covers at most " + MAX_DAYS + " days");
        }
        BigDecimal avoided = Checks.amount(f + ".avoidedKwh", r.avoidedKwh(), null, false);
        BigDecimal uncertainty = Checks.amount(f + ".uncertaintyKwh", r.uncertaintyKwh(), BigDecimal.ZERO, false);
        BigDecimal peak = Checks.amount(f + ".peakKw", r.peakKw(), null, false);
        if (r.source() == null) {
            throw RpcException.invalidParams(f + ".source", "required: MV_RESULT or MANUAL");
        }
        String sourceRef = Checks.optionalText(f + ".sourceRef", r.sourceRef(), 128);
        String reason = Checks.optionalText(f + ".reason", r.reason(), 500);
        if (r.source() == SourceKind.MV_RESULT && sourceRef == null) {
            throw RpcException.invalidParams(f + ".sourceRef", "required for an MV_RESULT: the efficiency-mv result it comes from");
        }
        if (r.source() == SourceKind.MANUAL && reason == null) {
            throw RpcException.invalidParams(f + ".reason", "required for a MANUAL entry: why it was entered by hand");
        }
        return new SavingsRecord(id, customer, usagePoint, program, measure, from, to, avoided, uncertainty, peak,
                r.source(), sourceRef, reason);
    }

    private static LocalDate date(String field, LocalDate d) throws RpcException {
        if (d == null) {
            throw RpcException.invalidParams(field, "required (ISO date, e.g. 2026-01-31)");
        }
        if (d.getYear() < 1900 || d.getYear() > 2200) {
            throw RpcException.invalidParams(field, d + " lies outside the years 1900..2200");
        }
        return d;
    }
}
