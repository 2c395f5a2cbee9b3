package io.openemp.plugin.dlt645.api;

/**
 * Why bytes were not accepted as a frame (or, for the last three, why a value could not be decoded). Each
 * rejection is counted by its reason in {@link Dlt645Statistics}.
 */
public enum RejectReason {

    /** The input ends before the frame does (or holds no frame start at all). */
    TRUNCATED("the input ends before the frame does"),
    /** The first byte after the FEH preamble is not 68H (for the splitter: garbage between frames). */
    BAD_START("no 68H start byte where a frame must begin"),
    /** Byte 7 of the frame is not the second 68H. */
    BAD_SECOND_START("no second 68H after the address"),
    /** An address byte has a nibble above A (digits are 0-9, A is the wildcard). */
    BAD_ADDRESS("the address is not BCD (digits 0-9, A as wildcard)"),
    /** The data length L is above the codec's limit (200 by default: the standard's maximum for a read). */
    LENGTH_OVER_LIMIT("the data length L is above the limit"),
    /** The byte where the length puts the end is not 16H. */
    BAD_END("no 16H end byte where the length says the frame ends"),
    /** The checksum byte is not the sum modulo 256 of the bytes from the first 68H to the end of the data. */
    BAD_CHECKSUM("the checksum does not match"),
    /** The control code is not one a DL/T 645-2007 frame can carry. */
    BAD_CONTROL("the control code is not valid"),
    /** The data field does not fit the layout of its control code (e.g. a read request without a data identifier). */
    BAD_LAYOUT("the data field does not fit the layout of its control code"),
    /** A BCD field holds a nibble above 9. */
    BAD_BCD("a BCD field holds a nibble above 9"),
    /** A date or time field holds digits that make no real date or time. */
    BAD_TIME("a date or time field is not a real date or time"),
    /** Bytes follow the end of the frame where exactly one frame was expected. */
    TRAILING_BYTES("bytes follow the end of the frame"),
    /** Value decoding: the data identifier is not in the catalogue. */
    UNKNOWN_DATA_ID("the data identifier is not in the catalogue"),
    /** Value decoding: the value's length does not fit the format of its data identifier. */
    BAD_VALUE_LENGTH("the value's length does not fit its data identifier");

    private final String description;

    RejectReason(String description) {
        this.description = description;
    }

    /** One line saying what went wrong. */
    public String description() {
        return description;
    }
}
