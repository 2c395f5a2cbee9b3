package io.openemp.data.readings.internal;

/** The key of a stored bucket: meter, reading type and UTC day (days since 1970-01-01). Ordered by all three. */
record BucketKey(long meter, int type, int day) implements Comparable<BucketKey> {

    @Override
    public int compareTo(BucketKey o) {
        int c = Long.compare(meter, o.meter);
        if (c == 0) {
            c = Integer.compare(type, o.type);
        }
        return c != 0 ? c : Integer.compare(day, o.day);
    }

    long dayStartSecond() {
        return day * 86_400L;
    }
}
