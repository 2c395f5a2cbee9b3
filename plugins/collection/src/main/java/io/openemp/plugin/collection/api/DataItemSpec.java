package io.openemp.plugin.collection.api;

import io.openemp.plugin.api.Nullable;

/**
 * One data item a task collects and the reading type it is stored as. For Q/GDW 1376.1 terminals: {@code afn}
 * (12 = 0C real-time, 13 = 0D frozen), {@code fn} and the {@code field} of its data ({@code forwardActive.total},
 * {@code voltageA}); for DL/T 645 devices: {@code dataId} ({@code 00010000}). Modbus devices need no items:
 * their profile names the reading type of each point.
 *
 * @param readingType the reading type code, as the meter directory knows it
 */
public record DataItemSpec(@Nullable Integer afn, @Nullable Integer fn, @Nullable String field,
        @Nullable String dataId, String readingType) {
}
