package io.openemp.plugin.dlt645.api;

import java.math.BigDecimal;
import java.util.List;

import io.openemp.plugin.api.Nullable;

/**
 * Every field of a frame with its meaning: what {@link FrameAnalyser} and {@code dlt645.decode} answer. For a
 * rejected frame the fields are shown as far as the bytes go, with the reason and the offset of the problem.
 *
 * @param ok whether the bytes are a valid DL/T 645-2007 frame
 * @param summary one line: what the frame is, or why it is not one
 * @param inputLength bytes given
 * @param preamble FEH wake-up bytes before the frame
 * @param fields the fields in wire order, with offsets into the input
 * @param checksum the checksum the bytes call for and the one they carry, when the frame is long enough
 * @param rejection why the bytes are not a frame
 * @param frame the frame's header, decoded
 * @param values the data item's values, decoded with the catalogue
 * @param valueProblem why the values could not be decoded (unknown identifier, wrong length, bad BCD)
 * @param trailingBytes bytes after the frame's end (a second frame, or garbage), not analysed
 */
public record FrameAnalysis(boolean ok, String summary, int inputLength, int preamble, List<Field> fields,
        @Nullable Checksum checksum, @Nullable RejectionInfo rejection, @Nullable FrameInfo frame, List<Value> values,
        @Nullable String valueProblem, int trailingBytes) {

    public FrameAnalysis {
        fields = List.copyOf(fields);
        values = List.copyOf(values);
    }

    /**
     * One field.
     *
     * @param offset offset of its first byte in the input
     * @param length its bytes
     * @param hex its bytes as sent (data bytes with the 33H offset)
     * @param field its name in the standard, e.g. {@code C} or {@code DI0..DI3}
     * @param value its value (data bytes without the offset), e.g. {@code 91H} or {@code 220.1}
     * @param unit the value's unit, or empty
     * @param meaning what it means
     */
    public record Field(int offset, int length, String hex, String field, String value, String unit, String meaning) {
    }

    /**
     * The checksum check.
     *
     * @param expected the sum modulo 256 of the bytes from the first 68H to the end of the data, hex
     * @param found the byte the frame carries, hex
     * @param ok whether they are equal
     */
    public record Checksum(String expected, String found, boolean ok) {
    }

    /**
     * Why the bytes are not a frame.
     *
     * @param reason the {@link RejectReason} name
     * @param offset offset of the offending byte in the input
     * @param description what the reason means
     * @param detail the specifics
     */
    public record RejectionInfo(String reason, long offset, String description, String detail) {
    }

    /**
     * The frame's header.
     *
     * @param kind e.g. {@code read reply}
     * @param address the 12 address digits
     * @param control the control code, e.g. {@code 91H}
     * @param direction {@code MASTER_TO_METER} or {@code METER_TO_MASTER}
     * @param abnormal D6
     * @param followUp D5
     * @param function the function's description, e.g. {@code read data}
     * @param dataLength L
     * @param dataId the data identifier, when the layout has one
     * @param item the catalogue's name of the data identifier
     */
    public record FrameInfo(String kind, String address, String control, String direction, boolean abnormal,
            boolean followUp, String function, int dataLength, @Nullable String dataId, @Nullable String item) {
    }

    /**
     * One decoded value.
     *
     * @param dataId the identifier it belongs to
     * @param name what it is
     * @param text the value as text
     * @param unit its unit, or empty
     * @param number the number, for numeric fields
     * @param raw the field's digits as written in the standard (most significant first)
     */
    public record Value(String dataId, String name, String text, String unit, @Nullable BigDecimal number, String raw) {
    }
}
