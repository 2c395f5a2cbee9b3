package io.openemp.plugin.gdw376.api;

import java.util.List;

/**
 * A data unit: its identifier (DA, DT) and the data of each (Pn, Fn) it names, ordered as the standard orders
 * them: by point, then by class (all classes of p1, then all of p2...).
 */
public record DataUnit(DataUnitId id, List<DataItem> items) {

    public DataUnit {
        items = List.copyOf(items);
    }

    /** A unit whose (Pn, Fn) carry no data (a request for real-time data). */
    public static DataUnit withoutData(DataUnitId id, Catalogue catalogue, int afn, Direction direction) {
        java.util.ArrayList<DataItem> items = new java.util.ArrayList<>();
        for (int pn : id.pns()) {
            for (int fn : id.fns()) {
                items.add(new DataItem(pn, fn, FnData.empty(catalogue.layout(afn, fn, direction).orElse(null))));
            }
        }
        return new DataUnit(id, items);
    }
}
