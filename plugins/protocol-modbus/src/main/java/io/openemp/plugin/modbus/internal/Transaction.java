package io.openemp.plugin.modbus.internal;

import java.util.concurrent.CompletableFuture;

/** One request on its way: the block it reads, its time limit, and the future its outcome completes. */
final class Transaction {

    final Block block;
    final long timeoutMillis;
    final CompletableFuture<Outcome> outcome = new CompletableFuture<>();
    /** Assigned when sent; confined to the endpoint's event loop. */
    int transactionId = -1;
    /** Whether it was sent again after the connection closed under it; confined to the event loop. */
    boolean resent;

    Transaction(Block block, long timeoutMillis) {
        this.block = block;
        this.timeoutMillis = timeoutMillis;
    }
}
