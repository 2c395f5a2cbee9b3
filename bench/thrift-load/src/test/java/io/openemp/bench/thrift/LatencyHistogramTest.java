package io.openemp.bench.thrift;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class LatencyHistogramTest {

    @Test
    public void percentilesAreTheUpperEdgeOfTheBucketHoldingTheRank() {
        LatencyHistogram h = new LatencyHistogram();
        for (int i = 0; i < 99; i++) {
            h.record(15_000); // 15 us: bucket [10 us, 20 us)
        }
        h.record(5_000_000); // 5 ms
        assertEquals(100, h.total());
        assertEquals(0.02, h.percentileMillis(0.50), 1e-9);
        assertEquals(0.02, h.percentileMillis(0.99), 1e-9);
        assertEquals(5.01, h.percentileMillis(1.0), 1e-9);
    }

    @Test
    public void mergingAddsCountsAndAnEmptyHistogramHasNoPercentile() {
        LatencyHistogram a = new LatencyHistogram();
        LatencyHistogram b = new LatencyHistogram();
        a.record(1_000_000);
        b.record(3_000_000);
        a.add(b);
        assertEquals(2, a.total());
        assertEquals(3.01, a.percentileMillis(0.99), 1e-9);
        assertTrue(Double.isNaN(new LatencyHistogram().percentileMillis(0.99)));
    }

    @Test
    public void latenciesBeyondOneSecondLandInTheOverflowBucket() {
        LatencyHistogram h = new LatencyHistogram();
        h.record(5_000_000_000L);
        assertEquals(1000.01, h.percentileMillis(0.5), 1e-9);
    }
}
