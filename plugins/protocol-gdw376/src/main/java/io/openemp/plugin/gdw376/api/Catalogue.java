package io.openemp.plugin.gdw376.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import io.openemp.plugin.gdw376.internal.StandardCatalogue;

/**
 * The Fn data layouts a codec knows, by AFN, Fn and direction: data, not code. {@link #standard()} holds the
 * layouts of the standard this module implements (see the README for the list and how each was checked);
 * {@link #with(Collection)} adds or replaces layouts, e.g. a province's extensions. Immutable.
 */
public final class Catalogue {

    private static final Catalogue STANDARD = new Catalogue(StandardCatalogue.layouts());

    /** Per AFN: index fn * 2 + (up ? 1 : 0); null for an AFN without layouts. */
    private final FnLayout[][] index = new FnLayout[256][];
    private final List<FnLayout> layouts;

    private Catalogue(Collection<FnLayout> layouts) {
        List<FnLayout> list = new ArrayList<>();
        for (FnLayout layout : layouts) {
            if (layout.fn() < 1 || layout.fn() > DataUnitId.MAX_FN) {
                throw new IllegalArgumentException(layout.key() + ": Fn must lie within 1.." + DataUnitId.MAX_FN);
            }
            if (index[layout.afn()] == null) {
                index[layout.afn()] = new FnLayout[(DataUnitId.MAX_FN + 1) * 2];
            }
            int slot = slot(layout.fn(), layout.direction());
            FnLayout previous = index[layout.afn()][slot];
            if (previous != null) {
                list.remove(previous);
            }
            index[layout.afn()][slot] = layout;
            list.add(layout);
        }
        this.layouts = List.copyOf(list);
    }

    private static int slot(int fn, Direction direction) {
        return fn * 2 + (direction == Direction.UP ? 1 : 0);
    }

    /** The standard's layouts, as far as this module implements them. */
    public static Catalogue standard() {
        return STANDARD;
    }

    /** A catalogue of exactly {@code layouts} (a later layout of the same AFN, Fn and direction wins). */
    public static Catalogue of(Collection<FnLayout> layouts) {
        return new Catalogue(layouts);
    }

    /** This catalogue with {@code more} added, replacing layouts of the same AFN, Fn and direction. */
    public Catalogue with(Collection<FnLayout> more) {
        List<FnLayout> all = new ArrayList<>(layouts);
        all.addAll(more);
        return new Catalogue(all);
    }

    /** The layout of AFN {@code afn}, F{@code fn}, travelling {@code direction}. */
    public Optional<FnLayout> layout(int afn, int fn, Direction direction) {
        return Optional.ofNullable(find(afn, fn, direction));
    }

    /** Like {@link #layout} but null when unknown (the decoder's hot path). */
    public FnLayout find(int afn, int fn, Direction direction) {
        if (afn < 0 || afn > 255 || fn < 1 || fn > DataUnitId.MAX_FN) {
            return null;
        }
        FnLayout[] byFn = index[afn];
        return byFn == null ? null : byFn[slot(fn, direction)];
    }

    /** Every layout, in the order added. */
    public List<FnLayout> layouts() {
        return layouts;
    }

    /** The name of F{@code fn} of AFN {@code afn} from either direction's layout, or "F{fn}". */
    public String name(int afn, int fn) {
        FnLayout up = find(afn, fn, Direction.UP);
        FnLayout down = find(afn, fn, Direction.DOWN);
        FnLayout named = up != null && !up.name().isEmpty() ? up : down;
        return named == null || named.name().isEmpty() ? "F" + fn : named.name();
    }
}
