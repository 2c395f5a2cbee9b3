package io.openemp.plugin.gdw376.api;

/**
 * How a codec decodes.
 *
 * @param maxFrameLength the largest whole frame accepted, in bytes (8 + the user data length; the standard
 *        allows 16383 bytes of user data on networks, 255 on dedicated radio channels)
 * @param strict refuse frames the standard does not allow although they can be read (bytes forming no data
 *        unit, data without a known layout, data that does not fit its layout); lenient decoding accepts them
 *        with {@link Warning}s
 * @param catalogue the Fn layouts
 */
public record CodecOptions(int maxFrameLength, boolean strict, Catalogue catalogue) {

    /** The largest frame the length field can describe: 16383 bytes of user data plus 8. */
    public static final int MAX_POSSIBLE = 16383 + 8;

    public CodecOptions {
        if (maxFrameLength < 20 || maxFrameLength > MAX_POSSIBLE) {
            throw new IllegalArgumentException("the frame limit must lie within 20.." + MAX_POSSIBLE);
        }
        if (catalogue == null) {
            throw new IllegalArgumentException("a catalogue is required");
        }
    }

    /** Lenient, the largest frames, the standard catalogue. */
    public static CodecOptions defaults() {
        return new CodecOptions(MAX_POSSIBLE, false, Catalogue.standard());
    }

    public CodecOptions withMaxFrameLength(int length) {
        return new CodecOptions(length, strict, catalogue);
    }

    public CodecOptions withStrict(boolean value) {
        return new CodecOptions(maxFrameLength, value, catalogue);
    }
}
