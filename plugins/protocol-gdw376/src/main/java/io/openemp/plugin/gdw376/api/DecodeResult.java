package io.openemp.plugin.gdw376.api;

import java.util.List;

/** What decoding gave: a frame (with warnings from a lenient decode) or a rejection. Never an exception. */
public sealed interface DecodeResult permits DecodeResult.Decoded, DecodeResult.Rejected {

    /** Whether a frame was decoded. */
    boolean ok();

    /** A decoded frame and what a strict decoder would have refused. */
    record Decoded(Frame frame, List<Warning> warnings) implements DecodeResult {
        public Decoded {
            warnings = List.copyOf(warnings);
        }

        @Override
        public boolean ok() {
            return true;
        }
    }

    /** A rejection. */
    record Rejected(Rejection rejection) implements DecodeResult {
        @Override
        public boolean ok() {
            return false;
        }
    }
}
