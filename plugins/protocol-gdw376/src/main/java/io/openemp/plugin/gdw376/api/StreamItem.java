package io.openemp.plugin.gdw376.api;

/**
 * What a {@link StreamDecoder} found: a frame decoded or rejected, or a run of bytes skipped while
 * resynchronising (then {@code bytes} holds at most its first 64 bytes and {@code skipped} the run's length).
 *
 * @param position where in the stream the bytes begin
 */
public record StreamItem(long position, byte[] bytes, int skipped, DecodeResult result) {

    /** Whether this is a decoded frame. */
    public boolean frame() {
        return result.ok();
    }
}
