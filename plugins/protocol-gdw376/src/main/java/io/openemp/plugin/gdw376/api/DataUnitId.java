package io.openemp.plugin.gdw376.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A data unit identifier: DA (information points Pn) and DT (information classes Fn), two bytes each, as the
 * 16-bit little-endian values of their bytes ({@code da = DA1 | DA2 << 8}, {@code dt = DT1 | DT2 << 8}).
 *
 * <p>DA1 is a bit set of eight points and DA2 their group (1..255): bit i of DA1 in group g is point
 * {@code (g - 1) * 8 + i + 1}, so one DA names up to eight points among p1..p2040. DA1 = DA2 = 0 is p0 (the
 * terminal itself); DA1 = 0xFF with DA2 = 0 is every valid point except p0 ({@link #ALL_POINTS}). DT1 is a bit
 * set of eight classes and DT2 their group (0..30): bit i of DT1 in group g is {@code F(g * 8 + i + 1)}, so Fn
 * ranges over F1..F248. A DT with DT1 = 0 names no Fn: a terminal answers so when it has none of the data.
 */
public record DataUnitId(int da, int dt) {

    /** The point number standing for "every valid information point except p0" (DA1 = 0xFF, DA2 = 0). */
    public static final int ALL_POINTS = -1;

    /** Highest point number. */
    public static final int MAX_PN = 2040;

    /** Highest class number. */
    public static final int MAX_FN = 248;

    public DataUnitId {
        if (da < 0 || da > 0xFFFF || dt < 0 || dt > 0xFFFF) {
            throw new IllegalArgumentException("DA and DT are two bytes each");
        }
    }

    /** The identifier of point {@code pn} and class {@code fn}. */
    public static DataUnitId of(int pn, int fn) {
        return new DataUnitId(da(List.of(pn)), dt(List.of(fn)));
    }

    /** The identifier of points {@code pns} and classes {@code fns}, which must each fit one group of eight. */
    public static DataUnitId of(Collection<Integer> pns, Collection<Integer> fns) {
        return new DataUnitId(da(pns), dt(fns));
    }

    /** Whether DA is one the standard defines (p0, all points, or a non-empty set in groups 1..255). */
    public static boolean validDa(int da) {
        int da1 = da & 0xFF;
        int da2 = da >>> 8;
        return da2 == 0 ? da1 == 0 || da1 == 0xFF : da1 != 0;
    }

    /** Whether DT is one the standard defines (group 0..30; an empty DT1 names no class). */
    public static boolean validDt(int dt) {
        return (dt >>> 8) <= 30;
    }

    /** Whether both halves are valid. */
    public boolean valid() {
        return validDa(da) && validDt(dt);
    }

    /** The points DA names, ascending: {@code [0]} for p0, {@code [ALL_POINTS]} for all points. */
    public int[] pns() {
        return pns(da);
    }

    /** The classes DT names, ascending (empty when DT1 = 0). */
    public int[] fns() {
        return fns(dt);
    }

    /** The points of {@code da}; an invalid DA gives its bits as if its group were valid. */
    public static int[] pns(int da) {
        int da1 = da & 0xFF;
        int da2 = da >>> 8;
        if (da2 == 0) {
            return da1 == 0xFF ? new int[] {ALL_POINTS} : new int[] {0};
        }
        return bits(da1, (da2 - 1) * 8);
    }

    /** The classes of {@code dt}. */
    public static int[] fns(int dt) {
        return bits(dt & 0xFF, (dt >>> 8) * 8);
    }

    private static int[] bits(int set, int base) {
        int[] out = new int[Integer.bitCount(set)];
        int n = 0;
        for (int i = 0; i < 8; i++) {
            if ((set & (1 << i)) != 0) {
                out[n++] = base + i + 1;
            }
        }
        return out;
    }

    /**
     * DA of points {@code pns}: {@code [0]} gives p0, {@code [ALL_POINTS]} all points, otherwise the points must
     * lie within 1..2040 and share one group of eight ((pn - 1) / 8).
     */
    public static int da(Collection<Integer> pns) {
        if (pns == null || pns.isEmpty()) {
            throw new IllegalArgumentException("at least one point is required");
        }
        if (pns.size() == 1 || pns.stream().distinct().count() == 1) {
            int only = pns.iterator().next();
            if (only == 0) {
                return 0;
            }
            if (only == ALL_POINTS) {
                return 0xFF;
            }
        }
        int group = -1;
        int set = 0;
        for (int pn : pns) {
            if (pn < 1 || pn > MAX_PN) {
                throw new IllegalArgumentException("p" + pn + " cannot share a DA with other points: points are p0, all, or 1.." + MAX_PN);
            }
            int g = (pn - 1) / 8;
            if (group >= 0 && g != group) {
                throw new IllegalArgumentException("points " + pns + " span more than one group of eight; use cover()");
            }
            group = g;
            set |= 1 << ((pn - 1) % 8);
        }
        return set | (group + 1) << 8;
    }

    /** DT of classes {@code fns}, which must lie within 1..248 and share one group of eight ((fn - 1) / 8). */
    public static int dt(Collection<Integer> fns) {
        if (fns == null || fns.isEmpty()) {
            throw new IllegalArgumentException("at least one Fn is required");
        }
        int group = -1;
        int set = 0;
        for (int fn : fns) {
            if (fn < 1 || fn > MAX_FN) {
                throw new IllegalArgumentException("F" + fn + " is outside F1..F" + MAX_FN);
            }
            int g = (fn - 1) / 8;
            if (group >= 0 && g != group) {
                throw new IllegalArgumentException("classes " + fns + " span more than one group of eight; use cover()");
            }
            group = g;
            set |= 1 << ((fn - 1) % 8);
        }
        return set | group << 8;
    }

    /**
     * The fewest identifiers that together name every (Pn, Fn) of {@code pns} x {@code fns}: points grouped by
     * eights, classes grouped by eights, in ascending order of point group then class group.
     */
    public static List<DataUnitId> cover(Collection<Integer> pns, Collection<Integer> fns) {
        TreeMap<Integer, SortedSet<Integer>> pointGroups = groups(pns, true);
        TreeMap<Integer, SortedSet<Integer>> classGroups = groups(fns, false);
        List<DataUnitId> out = new ArrayList<>();
        for (SortedSet<Integer> points : pointGroups.values()) {
            for (SortedSet<Integer> classes : classGroups.values()) {
                out.add(of(points, classes));
            }
        }
        return out;
    }

    private static TreeMap<Integer, SortedSet<Integer>> groups(Collection<Integer> numbers, boolean points) {
        if (numbers == null || numbers.isEmpty()) {
            throw new IllegalArgumentException(points ? "at least one point is required" : "at least one Fn is required");
        }
        TreeMap<Integer, SortedSet<Integer>> groups = new TreeMap<>();
        for (int n : numbers) {
            int key;
            if (points && (n == 0 || n == ALL_POINTS)) {
                key = n == 0 ? -2 : -1;
            } else {
                int max = points ? MAX_PN : MAX_FN;
                if (n < 1 || n > max) {
                    throw new IllegalArgumentException((points ? "p" : "F") + n + " is out of range");
                }
                key = (n - 1) / 8;
            }
            groups.computeIfAbsent(key, k -> new TreeSet<>()).add(n);
        }
        return groups;
    }

    /** "p1 F25", "p1,p2 F33,F34", "all points F129", "p0 (no Fn)". */
    @Override
    public String toString() {
        return describePoints(pns()) + " " + describeClasses(fns());
    }

    /** "p0", "p1,p2" or "all points". */
    public static String describePoints(int[] pns) {
        if (pns.length == 1 && pns[0] == ALL_POINTS) {
            return "all points";
        }
        StringBuilder out = new StringBuilder();
        for (int pn : pns) {
            out.append(out.length() == 0 ? "" : ",").append('p').append(pn);
        }
        return out.toString();
    }

    /** "F1,F2" or "(no Fn)". */
    public static String describeClasses(int[] fns) {
        if (fns.length == 0) {
            return "(no Fn)";
        }
        StringBuilder out = new StringBuilder();
        for (int fn : fns) {
            out.append(out.length() == 0 ? "" : ",").append('F').append(fn);
        }
        return out.toString();
    }
}
