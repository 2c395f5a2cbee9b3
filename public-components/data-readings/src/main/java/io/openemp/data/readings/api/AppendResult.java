package io.openemp.data.readings.api;

/**
 * What one {@link ReadingStore#append} did, after its transaction committed. {@code inserted + revised +
 * unchanged == received}.
 *
 * @param received readings in the batch
 * @param inserted readings stored for a key that had none
 * @param revised readings that replaced another value or other flags (the old one is kept as a revision)
 * @param unchanged readings equal to what was stored already, or repeated within the batch
 */
public record AppendResult(int received, int inserted, int revised, int unchanged) {
}
