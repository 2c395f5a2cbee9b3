package io.openemp.access.thrift.internal;

import java.util.function.BooleanSupplier;

/** Waiting, briefly, for what another thread does. */
final class Await {

    private Await() {
    }

    /** Returns once {@code condition} holds, or after two seconds whether it holds or not. */
    static void until(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 2_000_000_000L;
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
    }
}
