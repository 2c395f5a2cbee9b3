package io.openemp.plugin.dlt645.api;

import java.util.Optional;

/**
 * The control code byte C: D7 direction, D6 abnormal reply, D5 follow-up frame, D4..D0 function. {@code 91H}
 * is a meter's normal reply to a read without follow-up, {@code B1H} the same with follow-up frames to come,
 * {@code D1H} its abnormal reply.
 *
 * @param value the byte, 0..255
 */
public record ControlCode(int value) {

    private static final ControlCode[] ALL = new ControlCode[256];

    static {
        for (int i = 0; i < 256; i++) {
            ALL[i] = new ControlCode(i);
        }
    }

    public ControlCode {
        if (value < 0 || value > 255) {
            throw new IllegalArgumentException("a control code is a byte, not " + value);
        }
    }

    /** The control code {@code value} (shared instances). */
    public static ControlCode of(int value) {
        if (value < 0 || value > 255) {
            throw new IllegalArgumentException("a control code is a byte, not " + value);
        }
        return ALL[value];
    }

    /** The control code of a {@code function} sent in {@code direction} with the two flags. */
    public static ControlCode of(Direction direction, boolean abnormal, boolean followUp, Function function) {
        return of(direction, abnormal, followUp, function.code());
    }

    /** As above with a raw 5-bit function code. */
    public static ControlCode of(Direction direction, boolean abnormal, boolean followUp, int functionCode) {
        if (functionCode < 0 || functionCode > 0x1F) {
            throw new IllegalArgumentException("a function code has 5 bits, not " + functionCode);
        }
        return ALL[(direction == Direction.METER_TO_MASTER ? 0x80 : 0) | (abnormal ? 0x40 : 0) | (followUp ? 0x20 : 0) | functionCode];
    }

    /** A master's command with {@code function}. */
    public static ControlCode request(Function function) {
        return ALL[function.code()];
    }

    /** A meter's normal reply to {@code function}. */
    public static ControlCode reply(Function function, boolean followUp) {
        return ALL[0x80 | (followUp ? 0x20 : 0) | function.code()];
    }

    /** A meter's abnormal reply to {@code function}. */
    public static ControlCode abnormalReply(Function function) {
        return ALL[0xC0 | function.code()];
    }

    /** D7. */
    public Direction direction() {
        return (value & 0x80) != 0 ? Direction.METER_TO_MASTER : Direction.MASTER_TO_METER;
    }

    /** D7 = 1. */
    public boolean isReply() {
        return (value & 0x80) != 0;
    }

    /** D6 = 1: the meter answers that it could not do what was asked. */
    public boolean abnormal() {
        return (value & 0x40) != 0;
    }

    /** D5 = 1: more frames follow (read them with {@link Function#READ_FOLLOW_UP}). */
    public boolean followUp() {
        return (value & 0x20) != 0;
    }

    /** D4..D0. */
    public int functionCode() {
        return value & 0x1F;
    }

    /** The function D4..D0 names, if DL/T 645-2007 defines it. */
    public Optional<Function> function() {
        return Optional.ofNullable(Function.of(functionCode()));
    }

    /** E.g. {@code 91H}. */
    @Override
    public String toString() {
        return Hex.byteHex(value) + "H";
    }
}
