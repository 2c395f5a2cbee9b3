package io.openemp.plugin.dlt645.internal;

import io.openemp.plugin.api.Nullable;

/**
 * The result of {@code dlt645.encode}.
 *
 * @param hex the frame's bytes, upper-case hex separated by spaces
 * @param length the number of bytes
 * @param address the meter address as 12 digits
 * @param dataId the data identifier, DI3 first
 * @param item the catalogue's name of the data identifier
 */
public record EncodedFrame(String hex, int length, String address, String dataId, @Nullable String item) {
}
