package io.openemp.plugin.dlt645.api;

import java.time.DateTimeException;
import java.time.LocalDateTime;

/**
 * The data-field layouts of DL/T 645-2007, control code by control code: which record a frame becomes, and which
 * control codes no frame may carry. The one place both the codec and the analyser learn the layouts from.
 */
final class FrameLayouts {

    private static final int READ = 0x11;
    private static final int READ_FOLLOW_UP = 0x12;
    private static final int READ_ADDRESS = 0x13;
    private static final int WRITE = 0x14;
    private static final int BROADCAST_TIME = 0x08;
    private static final int FREEZE = 0x16;

    private FrameLayouts() {
    }

    /** The data field DI0..DI3 followed by {@code rest}. */
    static Bytes withDataId(DataId dataId, Bytes rest) {
        byte[] out = new byte[DataId.LENGTH + rest.length()];
        dataId.write(out, 0);
        rest.copyTo(out, DataId.LENGTH);
        return Bytes.wrap(out);
    }

    /** Why no frame may carry control code {@code c}, or {@code null} when one may. */
    static String controlProblem(int c) {
        int function = c & 0x1F;
        boolean reply = (c & 0x80) != 0;
        boolean abnormal = (c & 0x40) != 0;
        boolean followUp = (c & 0x20) != 0;
        if (function == 0) {
            return "function code 00 is reserved";
        }
        if (!reply && abnormal) {
            return "a master's command cannot carry the abnormal-reply flag D6";
        }
        if (!reply && followUp) {
            return "a master's command cannot carry the follow-up flag D5";
        }
        if (reply && function == BROADCAST_TIME) {
            return "meters do not reply to a broadcast time sync";
        }
        if (reply && !abnormal && followUp && (function == READ_ADDRESS || function == WRITE || function == FREEZE)) {
            return "only replies to reads announce follow-up frames";
        }
        return null;
    }

    /** Whether control code {@code c} has a record of its own (so {@link OtherFrame} must not carry it). */
    static boolean modelled(int c) {
        if (controlProblem(c) != null) {
            return false;
        }
        int function = c & 0x1F;
        boolean reply = (c & 0x80) != 0;
        if (reply && (c & 0x40) != 0) {
            return true;
        }
        if (!reply) {
            return function == READ || function == READ_FOLLOW_UP || function == READ_ADDRESS || function == WRITE
                    || function == BROADCAST_TIME || function == FREEZE;
        }
        return function == READ || function == READ_FOLLOW_UP || function == READ_ADDRESS || function == WRITE
                || function == FREEZE;
    }

    /**
     * The record of a frame whose envelope is sound.
     *
     * @param data the data field, offset already removed (the record may share it)
     * @param dataOffset where the data field starts in the input, for the offsets of rejections
     */
    static DecodeResult parse(MeterAddress address, int c, byte[] data, int dataOffset, int preamble, int length) {
        String problem = controlProblem(c);
        if (problem != null) {
            return rejected(RejectReason.BAD_CONTROL, dataOffset - 2, Hex.byteHex(c) + "H: " + problem, preamble);
        }
        int n = data.length;
        int function = c & 0x1F;
        boolean reply = (c & 0x80) != 0;
        boolean followUp = (c & 0x20) != 0;
        Dlt645Frame frame;
        if (reply && (c & 0x40) != 0) {
            if (n < 1) {
                return layout("an abnormal reply carries the error byte ERR", n, dataOffset, preamble);
            }
            frame = new AbnormalReply(address, ControlCode.of(c), Bytes.wrap(data));
        } else if (!reply && function == READ) {
            if (n < DataId.LENGTH) {
                return layout("a read request starts with the 4-byte data identifier", n, dataOffset, preamble);
            }
            frame = new ReadRequest(address, DataId.read(data, 0), Bytes.wrap(data, 4, n - 4));
        } else if (reply && function == READ) {
            if (n < DataId.LENGTH) {
                return layout("a read reply starts with the 4-byte data identifier", n, dataOffset, preamble);
            }
            frame = new ReadReply(address, DataId.read(data, 0), Bytes.wrap(data, 4, n - 4), followUp);
        } else if (!reply && function == READ_FOLLOW_UP) {
            if (n != 5) {
                return layout("a follow-up read request is the data identifier and SEQ: 5 bytes", n, dataOffset, preamble);
            }
            frame = new ReadFollowUpRequest(address, DataId.read(data, 0), data[4] & 0xFF);
        } else if (reply && function == READ_FOLLOW_UP) {
            if (n < 5) {
                return layout("a follow-up reply is the data identifier, the value and SEQ: at least 5 bytes", n, dataOffset, preamble);
            }
            frame = new ReadFollowUpReply(address, DataId.read(data, 0), Bytes.wrap(data, 4, n - 5), data[n - 1] & 0xFF, followUp);
        } else if (!reply && function == READ_ADDRESS) {
            if (n != 0) {
                return layout("a read-address request has no data", n, dataOffset, preamble);
            }
            frame = new ReadAddressRequest(address);
        } else if (reply && function == READ_ADDRESS) {
            if (n != MeterAddress.LENGTH) {
                return layout("a read-address reply carries the 6-byte address", n, dataOffset, preamble);
            }
            for (int i = 0; i < n; i++) {
                if (!Bcd.valid(data[i] & 0xFF)) {
                    return rejected(RejectReason.BAD_BCD, dataOffset + i,
                            "address byte A" + i + " = " + Hex.byteHex(data[i]) + "H", preamble);
                }
            }
            frame = new ReadAddressReply(address, MeterAddress.read(data, 0));
        } else if (!reply && function == WRITE) {
            if (n < WriteRequest.HEADER) {
                return layout("a write request is the data identifier, PA P0..P2, C0..C3 and the value: at least 12 bytes",
                        n, dataOffset, preamble);
            }
            int operator = (data[8] & 0xFF) | (data[9] & 0xFF) << 8 | (data[10] & 0xFF) << 16 | (data[11] & 0xFF) << 24;
            frame = new WriteRequest(address, DataId.read(data, 0), Password.read(data, 4), operator,
                    Bytes.wrap(data, WriteRequest.HEADER, n - WriteRequest.HEADER));
        } else if (function == WRITE || (reply && function == FREEZE)) {
            if (n != 0) {
                return layout("a normal reply to a " + (function == WRITE ? "write" : "freeze") + " has no data", n, dataOffset, preamble);
            }
            frame = function == WRITE ? new WriteReply(address) : new FreezeReply(address);
        } else if (function == BROADCAST_TIME) {
            if (n != 6) {
                return layout("a broadcast time sync carries ss mm hh DD MM YY: 6 bytes", n, dataOffset, preamble);
            }
            DecodeResult bad = badBcd(data, dataOffset, preamble, "ss", "mm", "hh", "DD", "MM", "YY");
            if (bad != null) {
                return bad;
            }
            try {
                frame = new BroadcastTime(address, LocalDateTime.of(2000 + v(data, 5), v(data, 4), v(data, 3), v(data, 2),
                        v(data, 1), v(data, 0)));
            } catch (DateTimeException e) {
                return rejected(RejectReason.BAD_TIME, dataOffset, String.format("20%02d-%02d-%02d %02d:%02d:%02d is no real time",
                        v(data, 5), v(data, 4), v(data, 3), v(data, 2), v(data, 1), v(data, 0)), preamble);
            }
        } else if (function == FREEZE) {
            if (n != 4) {
                return layout("a freeze command carries mm hh DD MM: 4 bytes", n, dataOffset, preamble);
            }
            DecodeResult bad = badBcd(data, dataOffset, preamble, "mm", "hh", "DD", "MM");
            if (bad != null) {
                return bad;
            }
            try {
                frame = new FreezeRequest(address, new FreezeTime(v(data, 3), v(data, 2), v(data, 1), v(data, 0)));
            } catch (IllegalArgumentException e) {
                return rejected(RejectReason.BAD_TIME, dataOffset, e.getMessage(), preamble);
            }
        } else {
            frame = new OtherFrame(address, ControlCode.of(c), Bytes.wrap(data));
        }
        return DecodeResult.of(frame, preamble, length);
    }

    private static int v(byte[] data, int i) {
        return Bcd.value(data[i] & 0xFF);
    }

    private static DecodeResult badBcd(byte[] data, int dataOffset, int preamble, String... names) {
        for (int i = 0; i < names.length; i++) {
            if (!Bcd.valid(data[i] & 0xFF)) {
                return rejected(RejectReason.BAD_BCD, dataOffset + i, names[i] + " = " + Hex.byteHex(data[i]) + "H", preamble);
            }
        }
        return null;
    }

    private static DecodeResult layout(String rule, int n, int dataOffset, int preamble) {
        return rejected(RejectReason.BAD_LAYOUT, dataOffset - 1, rule + ", L = " + n, preamble);
    }

    private static DecodeResult rejected(RejectReason reason, int offset, String detail, int preamble) {
        return DecodeResult.rejected(new Rejection(reason, offset, detail), preamble);
    }
}
