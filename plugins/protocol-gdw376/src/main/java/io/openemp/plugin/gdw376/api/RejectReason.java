package io.openemp.plugin.gdw376.api;

/** Why bytes were not accepted as a frame. */
public enum RejectReason {
    /** The first byte is not 0x68 (in a stream: bytes skipped while looking for one). */
    BAD_START("the frame does not begin with 0x68"),
    /** The sixth byte is not 0x68. */
    BAD_SECOND_START("the sixth byte is not the second 0x68"),
    /** The two length fields differ. */
    LENGTH_MISMATCH("the two L fields disagree"),
    /** The protocol identifier (D1..D0 of L) is neither 1 (2009) nor 2 (2013). */
    PROTOCOL_ID("the protocol identifier is neither 1 (2009) nor 2 (2013)"),
    /** L says more bytes than the frame limit allows. */
    OVER_LIMIT("the length exceeds the frame limit"),
    /** L says less than C + A + AFN + SEQ. */
    TOO_SHORT("the user data is shorter than C, A, AFN and SEQ"),
    /** Fewer bytes than L says. */
    TRUNCATED("fewer bytes than the length says"),
    /** The checksum byte is not the sum of the user data. */
    CHECKSUM("checksum error"),
    /** The last byte is not 0x16. */
    BAD_END("the frame does not end with 0x16"),
    /** Bytes after the end of the frame. */
    EXTRA_BYTES("bytes after the frame's end"),
    /** The user data is too short for the AUX fields the header announces (PW, EC, Tp). */
    AUX_OVERRUN("the user data is too short for PW, EC and Tp"),
    /** Strict mode: bytes that form no data unit (an invalid DA or DT, padding). */
    BAD_DATA_UNIT("bytes that form no data unit"),
    /** Strict mode: no layout is known for an AFN/Fn carrying data. */
    UNKNOWN_FN_LAYOUT("no layout is known for the Fn's data"),
    /** Strict mode: the data does not fit its Fn layout. */
    LAYOUT_MISMATCH("the data does not fit its Fn layout"),
    /** A fault in the decoder itself (never expected; counted so that it shows). */
    DECODER_FAULT("internal decoder fault");

    private final String meaning;

    RejectReason(String meaning) {
        this.meaning = meaning;
    }

    /** The reason in words. */
    public String meaning() {
        return meaning;
    }
}
