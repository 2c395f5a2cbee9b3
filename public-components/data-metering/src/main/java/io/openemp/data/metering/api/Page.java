package io.openemp.data.metering.api;

import java.util.List;

/**
 * One page of a list, ordered by mRID.
 *
 * @param items the records of this page
 * @param total how many records match the filter in all
 * @param offset how many matching records come before this page
 * @param limit the page size asked for
 */
public record Page<T>(List<T> items, long total, int offset, int limit) {

    public Page {
        items = List.copyOf(items);
    }
}
