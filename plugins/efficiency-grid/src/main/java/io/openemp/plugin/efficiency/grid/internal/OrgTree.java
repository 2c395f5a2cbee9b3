package io.openemp.plugin.efficiency.grid.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import io.openemp.data.metering.api.Customer;
import io.openemp.data.metering.api.Filter;
import io.openemp.data.metering.api.Metering;
import io.openemp.data.metering.api.OrgUnit;
import io.openemp.data.metering.api.Page;

/**
 * One organisation unit's subtree as the metering master data has it now: its units (parents before children,
 * children by mRID) and its customers with the unit each belongs to.
 */
final class OrgTree {

    private final OrgUnit root;
    private final Map<String, OrgUnit> units = new LinkedHashMap<>();
    private final Map<String, List<OrgUnit>> children = new HashMap<>();
    private final Map<String, Customer> customers = new HashMap<>();

    private OrgTree(OrgUnit root) {
        this.root = root;
    }

    /** Reads the subtree of {@code root} (page by page) and its customers. */
    static OrgTree of(Metering metering, OrgUnit root) {
        OrgTree tree = new OrgTree(root);
        List<OrgUnit> all = all((o, l) -> metering.orgUnits(Filter.none().withOrgUnit(root.mrid()), o, l));
        for (OrgUnit u : all) {
            tree.units.put(u.mrid(), u);
            if (u.parent() != null && !u.mrid().equals(root.mrid())) {
                tree.children.computeIfAbsent(u.parent(), k -> new ArrayList<>()).add(u);
            }
        }
        tree.children.values().forEach(l -> l.sort(Comparator.comparing(OrgUnit::mrid)));
        for (Customer c : all((o, l) -> metering.customers(Filter.none().withOrgUnit(root.mrid()), o, l))) {
            tree.customers.put(c.mrid(), c);
        }
        return tree;
    }

    private static <T> List<T> all(BiFunction<Integer, Integer, Page<T>> page) {
        List<T> out = new ArrayList<>();
        for (int offset = 0;; offset += Metering.MAX_LIMIT) {
            Page<T> p = page.apply(offset, Metering.MAX_LIMIT);
            out.addAll(p.items());
            if (p.items().size() < Metering.MAX_LIMIT || out.size() >= p.total()) {
                return out;
            }
        }
    }

    OrgUnit root() {
        return root;
    }

    List<OrgUnit> children(String unit) {
        return children.getOrDefault(unit, List.of());
    }

    /** The customer, when it is in this subtree. */
    Customer customer(String mrid) {
        return customers.get(mrid);
    }

    Iterable<Customer> customers() {
        return customers.values();
    }

    /** {@code unit} and its ancestors up to the root of this subtree. */
    List<String> upwards(String unit) {
        List<String> out = new ArrayList<>();
        for (OrgUnit u = units.get(unit); u != null; u = u.mrid().equals(root.mrid()) ? null : units.get(u.parent())) {
            out.add(u.mrid());
        }
        return out;
    }
}
