package io.openemp.plugin.gdw376.api;

/**
 * The control field C (one byte): direction (D7), PRM (D6: 1 = the frame comes from the initiating station),
 * D5 (FCB in a downward frame, ACD in an upward one: the terminal has events waiting, and the frame carries the
 * event counters EC), D4 (FCV in a downward frame: FCB is valid; reserved upward) and the function code (D3..D0).
 */
public record ControlField(Direction direction, boolean prm, boolean bit5, boolean bit4, int function) {

    /** PRM = 1 function: reset command. */
    public static final int RESET = 1;
    /** PRM = 1 function: user data (sent, no answer expected at link level). */
    public static final int USER_DATA = 4;
    /** PRM = 1 function: link test (login, logout, heartbeat). */
    public static final int LINK_TEST = 9;
    /** PRM = 1 function: request level-1 data. */
    public static final int REQUEST_LEVEL1 = 10;
    /** PRM = 1 function: request level-2 data (the usual function of AFN 0A/0C/0D reads). */
    public static final int REQUEST_LEVEL2 = 11;
    /** PRM = 0 function: confirm. */
    public static final int CONFIRM = 0;
    /** PRM = 0 function: user data (the response). */
    public static final int RESPONSE = 8;
    /** PRM = 0 function: deny, none of the data asked for. */
    public static final int NO_DATA = 9;
    /** PRM = 0 function: link status (the answer to a link test). */
    public static final int LINK_STATUS = 11;

    public ControlField {
        if (direction == null) {
            throw new IllegalArgumentException("direction is required");
        }
        if (function < 0 || function > 15) {
            throw new IllegalArgumentException("function code must lie within 0..15, not " + function);
        }
    }

    /** The control field of byte {@code c}. */
    public static ControlField of(int c) {
        return new ControlField((c & 0x80) != 0 ? Direction.UP : Direction.DOWN, (c & 0x40) != 0, (c & 0x20) != 0,
                (c & 0x10) != 0, c & 0x0F);
    }

    /** A downward frame from the master station as initiator (PRM = 1), FCB and FCV clear. */
    public static ControlField masterRequest(int function) {
        return new ControlField(Direction.DOWN, true, false, false, function);
    }

    /** A downward answer from the master station (PRM = 0), e.g. the confirm of a login. */
    public static ControlField masterResponse(int function) {
        return new ControlField(Direction.DOWN, false, false, false, function);
    }

    /** The byte value. */
    public int value() {
        return (direction == Direction.UP ? 0x80 : 0) | (prm ? 0x40 : 0) | (bit5 ? 0x20 : 0) | (bit4 ? 0x10 : 0)
                | function;
    }

    /** FCB, the frame count bit (downward frames). */
    public boolean fcb() {
        return direction == Direction.DOWN && bit5;
    }

    /** FCV, whether FCB is valid (downward frames). */
    public boolean fcv() {
        return direction == Direction.DOWN && bit4;
    }

    /** ACD, access demand: the terminal has important events waiting and the frame carries EC (upward frames). */
    public boolean acd() {
        return direction == Direction.UP && bit5;
    }

    /** The function code's meaning for this PRM. */
    public String functionMeaning() {
        return functionMeaning(prm, function);
    }

    /** The meaning of function code {@code function} in a frame whose PRM bit is {@code prm}. */
    public static String functionMeaning(boolean prm, int function) {
        if (prm) {
            return switch (function) {
                case RESET -> "reset command";
                case USER_DATA -> "user data";
                case LINK_TEST -> "link test";
                case REQUEST_LEVEL1 -> "request level-1 data";
                case REQUEST_LEVEL2 -> "request level-2 data";
                default -> "reserved";
            };
        }
        return switch (function) {
            case CONFIRM -> "confirm";
            case RESPONSE -> "user data (response)";
            case NO_DATA -> "deny: none of the data asked for";
            case LINK_STATUS -> "link status";
            default -> "reserved";
        };
    }

    /** The function a responding station answers a PRM = 1 request of function {@code requestFunction} with. */
    public static int responseFunction(int requestFunction) {
        return switch (requestFunction) {
            case LINK_TEST -> LINK_STATUS;
            case REQUEST_LEVEL1, REQUEST_LEVEL2 -> RESPONSE;
            default -> CONFIRM;
        };
    }
}
