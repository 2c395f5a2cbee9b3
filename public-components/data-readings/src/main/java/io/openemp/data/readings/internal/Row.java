package io.openemp.data.readings.internal;

import java.util.List;

/** One reading of a batch once checked: resolved meter key, UTC day and offset, exact value, canonical flags. */
final class Row {

    final int index;
    final long meterKey;
    final String typeCode;
    final int day;
    final int offset;
    final long unscaled;
    final int scale;
    final List<String> flags;
    final String source;

    int typeId;
    int[] flagIds;
    int sourceId;

    Row(int index, long meterKey, String typeCode, int day, int offset, long unscaled, int scale, List<String> flags,
            String source) {
        this.index = index;
        this.meterKey = meterKey;
        this.typeCode = typeCode;
        this.day = day;
        this.offset = offset;
        this.unscaled = unscaled;
        this.scale = scale;
        this.flags = flags;
        this.source = source;
    }

    BucketKey key() {
        return new BucketKey(meterKey, typeId, day);
    }
}
