package io.openemp.plugin.collection.internal;

import java.util.function.BooleanSupplier;

import static org.junit.Assert.fail;

final class Wait {

    private Wait() {
    }

    /** Waits up to {@code millis} for {@code condition}; fails with {@code what} if it never holds. */
    static void until(String what, long millis, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + millis * 1_000_000;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                fail("not within " + millis + " ms: " + what);
            }
            Thread.sleep(10);
        }
    }
}
