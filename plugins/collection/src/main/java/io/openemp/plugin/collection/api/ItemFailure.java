package io.openemp.plugin.collection.api;

/** An item a run could not collect, and why (after its retries). */
public record ItemFailure(String target, String item, String reason) {
}
