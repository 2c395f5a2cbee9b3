package io.openemp.data.readings.internal;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.Random;

import org.junit.Test;

/** The stored form of a day: exact round trips, and the few bytes a regular series takes. */
public class BucketCodecTest {

    private static final long DAY = 19_800L * 86_400;

    private static void assertSame(Bucket expected, Bucket actual) {
        assertEquals(expected.size, actual.size);
        for (int i = 0; i < expected.size; i++) {
            String at = "entry " + i;
            assertEquals(at, expected.offsets[i], actual.offsets[i]);
            assertEquals(at, expected.unscaled[i], actual.unscaled[i]);
            assertEquals(at, expected.scales[i], actual.scales[i]);
            assertArrayEquals(at, expected.flags[i], actual.flags[i]);
            assertEquals(at, expected.sources[i], actual.sources[i]);
            assertEquals(at, expected.recorded[i], actual.recorded[i]);
        }
    }

    @Test
    public void aRegular15MinuteDayTakesAboutThreeBytesAReading() {
        Bucket b = new Bucket(96);
        Random random = new Random(7);
        for (int i = 0; i < 96; i++) {
            // kWh with 3 decimals, 0.000 to 2.500
            b.add(i * 900_000, random.nextInt(2501), 3, Bucket.NO_FLAGS, 5, DAY + 3600);
        }
        byte[] data = BucketCodec.encode(b, DAY);
        assertSame(b, BucketCodec.decode(data, DAY));
        assertTrue("96 readings in " + data.length + " bytes", data.length <= 96 * 3 + 16);
    }

    @Test
    public void everyFieldChangingOnEveryEntryRoundTrips() {
        Bucket b = new Bucket(0);
        b.add(0, -999_999_999_999_999_999L, 0, new int[] { 1, 4, 101 }, 0, DAY - 86_400 * 400);
        b.add(1, 999_999_999_999_999_999L, 9, Bucket.NO_FLAGS, Integer.MAX_VALUE, DAY + 86_400 * 400);
        b.add(2, 0, 2, new int[] { 2 }, 1, DAY);
        b.add(86_399_999, 0, 2, new int[] { 2 }, 1, DAY);
        byte[] data = BucketCodec.encode(b, DAY);
        assertSame(b, BucketCodec.decode(data, DAY));
    }

    @Test
    public void anEmptyBucketRoundTrips() {
        Bucket b = new Bucket(0);
        assertSame(b, BucketCodec.decode(BucketCodec.encode(b, DAY), DAY));
    }

    @Test
    public void randomBucketsRoundTrip() {
        Random random = new Random(42);
        for (int round = 0; round < 500; round++) {
            Bucket b = new Bucket(0);
            int offset = random.nextInt(1000);
            int n = random.nextInt(200);
            for (int i = 0; i < n && offset < 86_400_000; i++) {
                int[] flags = random.nextInt(5) == 0 ? new int[] { 1 + random.nextInt(4), 101 + random.nextInt(50) } : Bucket.NO_FLAGS;
                if (flags.length == 2 && flags[0] > flags[1]) {
                    flags = new int[] { flags[1], flags[0] };
                }
                long value = random.nextBoolean() ? random.nextLong() % Values.MAX_UNSCALED : random.nextInt(100);
                b.add(offset, value, random.nextInt(10), flags, random.nextInt(3), DAY + random.nextInt(1_000_000));
                offset += 1 + random.nextInt(random.nextBoolean() ? 10 : 3_600_000);
            }
            assertSame(b, BucketCodec.decode(BucketCodec.encode(b, DAY), DAY));
        }
    }

    @Test
    public void damagedBytesAreRefusedNotMisread() {
        Bucket b = new Bucket(0);
        b.add(900_000, 1234, 3, Bucket.NO_FLAGS, 0, DAY);
        b.add(1_800_000, 1300, 3, Bucket.NO_FLAGS, 0, DAY);
        byte[] data = BucketCodec.encode(b, DAY);
        assertThrows(IllegalStateException.class, () -> BucketCodec.decode(java.util.Arrays.copyOf(data, data.length - 1), DAY));
        byte[] longer = java.util.Arrays.copyOf(data, data.length + 1);
        assertThrows(IllegalStateException.class, () -> BucketCodec.decode(longer, DAY));
        byte[] otherFormat = data.clone();
        otherFormat[0] = 9;
        assertThrows(IllegalStateException.class, () -> BucketCodec.decode(otherFormat, DAY));
    }

    @Test
    public void laterEntriesAreAppendedWithoutDecodingToTheSameBytesAsAFullEncode() {
        Random random = new Random(3);
        for (int round = 0; round < 300; round++) {
            Bucket all = new Bucket(0);
            int n = random.nextInt(100);
            int offset = random.nextInt(5);
            for (int i = 0; i < n; i++) {
                all.add(offset, random.nextInt(3000) - 100, random.nextInt(4), random.nextInt(4) == 0 ? new int[] { 2 } : Bucket.NO_FLAGS,
                        random.nextInt(2), DAY + (i < n / 2 ? 10 : 20));
                offset += 1 + random.nextInt(2) * 899_999;
            }
            int split = n == 0 ? 0 : random.nextInt(n + 1);
            Bucket first = new Bucket(0);
            Bucket later = new Bucket(0);
            for (int i = 0; i < n; i++) {
                (i < split ? first : later).addFrom(all, i);
            }
            // what is appended is recorded at one time: make the expected bucket say so
            for (int i = split; i < n; i++) {
                all.recorded[i] = DAY + 99;
            }
            byte[] appended = BucketCodec.append(BucketCodec.encode(first, DAY), DAY, later, DAY + 99);
            assertArrayEquals("round " + round, BucketCodec.encode(all, DAY), appended);
        }
    }

    @Test
    public void anEntryNotLaterThanTheStoredOnesIsNotAppended() {
        Bucket stored = new Bucket(0);
        stored.add(900_000, 1, 0, Bucket.NO_FLAGS, 0, DAY);
        stored.add(1_800_000, 2, 0, Bucket.NO_FLAGS, 0, DAY);
        Bucket same = new Bucket(0);
        same.add(1_800_000, 2, 0, Bucket.NO_FLAGS, 0, DAY);
        Bucket earlier = new Bucket(0);
        earlier.add(0, 2, 0, Bucket.NO_FLAGS, 0, DAY);
        byte[] data = BucketCodec.encode(stored, DAY);
        assertEquals(null, BucketCodec.append(data, DAY, same, DAY));
        assertEquals(null, BucketCodec.append(data, DAY, earlier, DAY));
    }
}
