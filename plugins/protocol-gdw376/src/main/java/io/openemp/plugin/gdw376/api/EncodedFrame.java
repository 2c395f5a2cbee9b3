package io.openemp.plugin.gdw376.api;

/** A frame built by {@code gdw376.encode}: its bytes in hex and its analysis. */
public record EncodedFrame(String hex, Analysis frame) {
}
