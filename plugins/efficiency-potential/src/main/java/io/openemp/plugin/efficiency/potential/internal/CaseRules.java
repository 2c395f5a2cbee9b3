package io.openemp.plugin.efficiency.potential.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import io.openemp.plugin.api.RpcException;
import io.openemp.plugin.efficiency.potential.api.AssessedCase;

/** Checks assessed cases as they arrive and gives each an id. */
final class CaseRules {

    /** Most cases one call may carry. */
    static final int MAX_CASES = 100_000;

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final Pattern CLASS = Pattern.compile("[A-Z][A-Z0-9_]{0,31}");

    private CaseRules() {
    }

    /** The cases checked, ids made where missing, enteredAt cleared; {@code field} names the list ("cases"). */
    static List<AssessedCase> check(String field, List<AssessedCase> cases) throws RpcException {
        if (cases.size() > MAX_CASES) {
            throw RpcException.invalidParams(field, "at most " + MAX_CASES + " cases in one call, not " + cases.size());
        }
        List<AssessedCase> out = new ArrayList<>(cases.size());
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < cases.size(); i++) {
            String at = field + "[" + i + "]";
            AssessedCase c = Inputs.required(at, cases.get(i));
            String id = c.id() == null ? UUID.randomUUID().toString() : c.id();
            if (!ID.matcher(id).matches()) {
                throw RpcException.invalidParams(at + ".id", "must be 1..64 letters, digits, '.', '_' or '-', not '" + clip(id) + "'");
            }
            if (!ids.add(id)) {
                throw RpcException.invalidParams(at + ".id", "id '" + id + "' appears twice");
            }
            FeatureSet.check(at + ".features", c.features());
            if (c.potential() == null || !CLASS.matcher(c.potential()).matches()) {
                throw RpcException.invalidParams(at + ".potential", "must be an upper-case class name such as LOW, MEDIUM or HIGH"
                        + " ([A-Z][A-Z0-9_]*, at most 32), not '" + clip(String.valueOf(c.potential())) + "'");
            }
            if (c.source() != null && (c.source().length() > 64 || c.source().chars().anyMatch(Character::isISOControl))) {
                throw RpcException.invalidParams(at + ".source", "at most 64 printable characters");
            }
            out.add(new AssessedCase(id, c.features(), c.potential(), c.source(), null));
        }
        return out;
    }

    private static String clip(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }
}
