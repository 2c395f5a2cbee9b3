package io.openemp.plugin.dlt645.api;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The field engineer's view of a frame: every field with its bytes, value and meaning, the checksum expected and
 * found, and the values of the data item. Broken frames are shown as far as their bytes go, with the reason the
 * codec refuses them. Never throws; thread-safe.
 */
public final class FrameAnalyser {

    private final Dlt645Codec codec;
    private final DataCatalogue catalogue;

    public FrameAnalyser(Dlt645Codec codec, DataCatalogue catalogue) {
        this.codec = Objects.requireNonNull(codec, "codec");
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    }

    /** The analysis of the frame at the start of {@code input} (after its preamble); bytes after it are counted, not analysed. */
    public FrameAnalysis analyse(byte[] input) {
        byte[] bytes = input == null ? new byte[0] : input;
        DecodeResult result = codec.decode(ByteBuffer.wrap(bytes));
        return new Walk(bytes, result).run();
    }

    /** One analysis. */
    private final class Walk {

        private final byte[] in;
        private final DecodeResult result;
        private final List<FrameAnalysis.Field> fields = new ArrayList<>();
        private final List<FrameAnalysis.Value> values = new ArrayList<>();
        private FrameAnalysis.Checksum checksum;
        private FrameAnalysis.FrameInfo info;
        private String valueProblem;
        private String description;

        Walk(byte[] in, DecodeResult result) {
            this.in = in;
            this.result = result;
        }

        FrameAnalysis run() {
            int p = 0;
            while (p < in.length && (in[p] & 0xFF) == Dlt645Codec.PREAMBLE) {
                p++;
            }
            int preamble = p;
            if (preamble > 0) {
                row(0, preamble, "preamble", preamble + " x FEH", "", "wake-up bytes before the frame, not part of it");
            }
            int trailing = 0;
            if (p < in.length) {
                trailing = frame(p);
            }
            Rejection rejection = result.rejection();
            FrameAnalysis.RejectionInfo rejectionInfo = rejection == null ? null
                    : new FrameAnalysis.RejectionInfo(rejection.reason().name(), rejection.offset(), rejection.reason().description(), rejection.detail());
            String summary;
            if (rejection != null) {
                summary = "Not a valid frame: " + rejection.message();
            } else {
                summary = description + (trailing > 0 ? " (" + trailing + " more bytes follow the frame)" : "");
            }
            return new FrameAnalysis(rejection == null, summary, in.length, preamble, fields, checksum, rejectionInfo, info,
                    values, valueProblem, trailing);
        }

        /** The frame from its first 68H at {@code p}; returns the bytes after its end. */
        private int frame(int p) {
            int start = in[p] & 0xFF;
            row(p, 1, "68H", Hex.byteHex(start) + "H", "", start == Dlt645Codec.START ? "frame start" : "should be the frame start 68H");
            if (start != Dlt645Codec.START) {
                return 0;
            }
            int available = in.length - p;
            if (available < 7) {
                row(p + 1, available - 1, "A0..A5", "", "", "address, incomplete");
                return 0;
            }
            MeterAddress address = MeterAddress.read(in, p + 1);
            row(p + 1, 6, "A0..A5", address == null ? reversed(p + 1, 6) : address.toString(), "", addressMeaning(address));
            if (available < 8) {
                return 0;
            }
            int second = in[p + 7] & 0xFF;
            row(p + 7, 1, "68H", Hex.byteHex(second) + "H", "", second == Dlt645Codec.START ? "second start" : "should be the second start 68H");
            if (available < 9) {
                return 0;
            }
            int c = in[p + 8] & 0xFF;
            row(p + 8, 1, "C", Hex.byteHex(c) + "H", "", control(c));
            if (available < 10) {
                return 0;
            }
            int length = in[p + 9] & 0xFF;
            row(p + 9, 1, "L", Integer.toString(length), "bytes", "data length"
                    + (length > codec.maxDataLength() ? ", above the limit " + codec.maxDataLength() : ""));
            int dataStart = p + 10;
            int present = Math.min(length, in.length - dataStart);
            if (present < length) {
                if (present > 0) {
                    row(dataStart, present, "DATA", plain(dataStart, present), "", "data field, incomplete: " + present + " of " + length + " bytes");
                }
                return 0;
            }
            byte[] data = new byte[length];
            for (int i = 0; i < length; i++) {
                data[i] = (byte) (in[dataStart + i] - Dlt645Codec.DATA_OFFSET);
            }
            DecodeResult layout = address == null ? null
                    : FrameLayouts.parse(address, c, data, dataStart, 0, Dlt645Codec.OVERHEAD + length);
            if (layout != null && layout.isFrame()) {
                data(layout.frame(), dataStart, length);
            } else if (length > 0) {
                row(dataStart, length, "DATA", plain(dataStart, length), "", "data field (33H removed)");
            }
            int cs = dataStart + length;
            if (cs < in.length) {
                int sum = 0;
                for (int i = p; i < cs; i++) {
                    sum += in[i];
                }
                sum &= 0xFF;
                int found = in[cs] & 0xFF;
                checksum = new FrameAnalysis.Checksum(Hex.byteHex(sum), Hex.byteHex(found), sum == found);
                row(cs, 1, "CS", Hex.byteHex(found) + "H", "", sum == found ? "checksum, correct"
                        : "checksum, wrong: the bytes from the first 68H to the end of the data sum to " + Hex.byteHex(sum) + "H");
            }
            int end = cs + 1;
            if (end < in.length) {
                int b = in[end] & 0xFF;
                row(end, 1, "16H", Hex.byteHex(b) + "H", "", b == Dlt645Codec.END ? "frame end" : "should be the frame end 16H");
            }
            if (result.isFrame()) {
                Dlt645Frame frame = result.frame();
                DataId id = frame.dataIdentifier().orElse(null);
                String item = id == null ? null : catalogue.lookup(id).map(DataItem::name).orElse(null);
                info = new FrameAnalysis.FrameInfo(kind(frame), frame.address().toString(), frame.control().toString(),
                        frame.control().direction().name(), frame.control().abnormal(), frame.control().followUp(),
                        frame.control().function().map(Function::description).orElse("unknown function " + Hex.byteHex(frame.control().functionCode()) + "H"),
                        length, id == null ? null : id.toString(), item);
                description = describe(frame, item);
                return Math.max(0, in.length - (end + 1));
            }
            return 0;
        }

        private void data(Dlt645Frame frame, int at, int length) {
            if (frame instanceof ReadRequest read) {
                dataId(at, read.dataId());
                int n = read.parameters().length();
                if (n == 1 || n == 6) {
                    row(at + 4, 1, "N", Integer.toString(read.parameters().get(0)), "records", "number of load-profile records to read");
                }
                if (n == 6) {
                    row(at + 5, 5, "mm hh DD MM YY", read.from().map(t -> t.toString().replace('T', ' ')).orElse(reversedPlain(at + 5, 5) + " (not a real time)"),
                            "", "load-profile start time");
                } else if (n != 0 && n != 1) {
                    row(at + 4, n, "N1..Nm", plain(at + 4, n), "", "read parameters");
                }
            } else if (frame instanceof ReadReply reply) {
                dataId(at, reply.dataId());
                value(at + 4, reply.dataId(), reply.value());
            } else if (frame instanceof ReadFollowUpRequest read) {
                dataId(at, read.dataId());
                row(at + 4, 1, "SEQ", Integer.toString(read.sequence()), "", "number of the follow-up frame asked for");
            } else if (frame instanceof ReadFollowUpReply reply) {
                dataId(at, reply.dataId());
                value(at + 4, reply.dataId(), reply.value());
                row(at + length - 1, 1, "SEQ", Integer.toString(reply.sequence()), "", "number of this follow-up frame");
            } else if (frame instanceof ReadAddressReply reply) {
                row(at, 6, "A0..A5", reply.reported().toString(), "", "the meter's address");
            } else if (frame instanceof WriteRequest write) {
                dataId(at, write.dataId());
                row(at + 4, 4, "PA P0..P2", write.password().toString(), "", "permission level and password");
                row(at + 8, 4, "C0..C3", write.operatorCode(), "", "operator code");
                value(at + 12, write.dataId(), write.value());
            } else if (frame instanceof BroadcastTime time) {
                row(at, 6, "ss mm hh DD MM YY", time.time().toString().replace('T', ' '), "", "the time every meter sets its clock to");
            } else if (frame instanceof FreezeRequest freeze) {
                row(at, 4, "mm hh DD MM", freeze.time().toString(), "", freeze.time().describe());
            } else if (frame instanceof AbnormalReply abnormal) {
                row(at, 1, "ERR", Hex.byteHex(abnormal.error().value()) + "H", "", "error: " + abnormal.error().describe().substring(5));
                if (length > 1) {
                    row(at + 1, length - 1, "DATA", plain(at + 1, length - 1), "", "more data after the error byte");
                }
            } else if (length > 0) {
                row(at, length, "DATA", plain(at, length), "", "data field (33H removed), not analysed for this function");
            }
        }

        private void dataId(int at, DataId id) {
            String item = catalogue.lookup(id).map(DataItem::name).orElse("not in the catalogue");
            row(at, 4, "DI0..DI3", id.toString(), "", "data identifier (DI3..DI0): " + item);
        }

        private void value(int at, DataId id, Bytes value) {
            if (value.isEmpty()) {
                return;
            }
            ValueDecoding decoding = catalogue.decode(id, value);
            if (!decoding.ok()) {
                valueProblem = decoding.rejection().message();
                row(at, value.length(), "N1..Nm", reversed(value), "", "value, not decoded: " + decoding.rejection().reason().description()
                        + (decoding.rejection().detail().isEmpty() ? "" : " (" + decoding.rejection().detail() + ")"));
                return;
            }
            int offset = at;
            for (FieldValue field : decoding.values()) {
                int n = field.format().length();
                row(offset, n, field.format().pattern(), field.text(), field.unit(), field.name() + (field.format().signed() ? " (signed)" : ""));
                values.add(new FrameAnalysis.Value(String.valueOf(field.id()), field.name(), field.text(), field.unit(), field.number(), field.raw()));
                offset += n;
            }
        }

        private void row(int offset, int length, String field, String value, String unit, String meaning) {
            fields.add(new FrameAnalysis.Field(offset, length, Hex.spaced(in, offset, length), field, value, unit, meaning));
        }

        /** The data bytes without the 33H offset, in wire order. */
        private String plain(int offset, int length) {
            byte[] out = new byte[length];
            for (int i = 0; i < length; i++) {
                out[i] = (byte) (in[offset + i] - Dlt645Codec.DATA_OFFSET);
            }
            return Hex.spaced(out, 0, length);
        }

        /** Input bytes in reverse order (most significant first), as hex. */
        private String reversed(int offset, int length) {
            StringBuilder out = new StringBuilder();
            for (int i = length - 1; i >= 0; i--) {
                out.append(Hex.byteHex(in[offset + i]));
            }
            return out.toString();
        }

        /** Data bytes without the 33H offset in reverse order (most significant first), as hex. */
        private String reversedPlain(int offset, int length) {
            StringBuilder out = new StringBuilder();
            for (int i = length - 1; i >= 0; i--) {
                out.append(Hex.byteHex(in[offset + i] - Dlt645Codec.DATA_OFFSET));
            }
            return out.toString();
        }

        private String reversed(Bytes value) {
            StringBuilder out = new StringBuilder();
            for (int i = value.length() - 1; i >= 0; i--) {
                out.append(Hex.byteHex(value.get(i)));
            }
            return out.toString();
        }
    }

    private static String addressMeaning(MeterAddress address) {
        if (address == null) {
            return "address, not BCD (digits are 0-9, A as wildcard)";
        }
        if (address.isBroadcast()) {
            return "broadcast address: every meter";
        }
        if (address.equals(MeterAddress.WILDCARD)) {
            return "wildcard address: whichever meter is on the link";
        }
        return address.hasWildcard() ? "shortened address (A digits are wildcards), low byte first" : "meter address, low byte first";
    }

    private static String control(int c) {
        StringBuilder text = new StringBuilder();
        text.append((c & 0x80) != 0 ? "meter to master" : "master to meter");
        if ((c & 0x80) != 0) {
            text.append((c & 0x40) != 0 ? ", abnormal reply" : ", normal reply");
            text.append((c & 0x20) != 0 ? ", follow-up frames come" : ", no follow-up");
        } else {
            if ((c & 0x40) != 0) {
                text.append(", D6 set (not allowed in a command)");
            }
            if ((c & 0x20) != 0) {
                text.append(", D5 set (not allowed in a command)");
            }
        }
        Function function = Function.of(c & 0x1F);
        text.append(", function ").append(Hex.byteHex(c & 0x1F)).append("H: ");
        text.append(function != null ? function.description() : legacy(c & 0x1F));
        return text.toString();
    }

    /** What a function code meant in DL/T 645-1997, which shares the frame envelope. */
    private static String legacy(int code) {
        switch (code) {
            case 0x00: return "reserved";
            case 0x01: return "not in DL/T 645-2007 (read data in the 1997 edition)";
            case 0x02: return "not in DL/T 645-2007 (read follow-up data in the 1997 edition)";
            case 0x03: return "not in DL/T 645-2007 (re-read data in the 1997 edition)";
            case 0x04: return "not in DL/T 645-2007 (write data in the 1997 edition)";
            case 0x0A: return "not in DL/T 645-2007 (write address in the 1997 edition)";
            case 0x0C: return "not in DL/T 645-2007 (change rate in the 1997 edition)";
            case 0x0F: return "not in DL/T 645-2007 (change password in the 1997 edition)";
            case 0x10: return "not in DL/T 645-2007 (clear maximum demand in the 1997 edition)";
            default: return "not defined by DL/T 645-2007";
        }
    }

    private static String kind(Dlt645Frame frame) {
        if (frame instanceof ReadRequest) {
            return "read request";
        } else if (frame instanceof ReadReply) {
            return "read reply";
        } else if (frame instanceof ReadFollowUpRequest) {
            return "read follow-up request";
        } else if (frame instanceof ReadFollowUpReply) {
            return "read follow-up reply";
        } else if (frame instanceof ReadAddressRequest) {
            return "read address request";
        } else if (frame instanceof ReadAddressReply) {
            return "read address reply";
        } else if (frame instanceof WriteRequest) {
            return "write request";
        } else if (frame instanceof WriteReply) {
            return "write reply";
        } else if (frame instanceof BroadcastTime) {
            return "broadcast time sync";
        } else if (frame instanceof FreezeRequest) {
            return "freeze request";
        } else if (frame instanceof FreezeReply) {
            return "freeze reply";
        } else if (frame instanceof AbnormalReply) {
            return "abnormal reply";
        }
        return "other frame";
    }

    private String describe(Dlt645Frame frame, String item) {
        String who = frame.address().toString();
        String what = frame.dataIdentifier().map(id -> id + (item == null ? "" : " (" + item + ")")).orElse("");
        if (frame instanceof ReadRequest) {
            return "Read request to meter " + who + ": " + what;
        } else if (frame instanceof ReadReply reply) {
            return "Read reply from meter " + who + ": " + what + valuesText(reply.dataId(), reply.value())
                    + (reply.followUp() ? "; follow-up frames come" : "");
        } else if (frame instanceof ReadFollowUpRequest read) {
            return "Follow-up read request to meter " + who + ": " + what + ", frame " + read.sequence();
        } else if (frame instanceof ReadFollowUpReply reply) {
            return "Follow-up reply " + reply.sequence() + " from meter " + who + ": " + what + valuesText(reply.dataId(), reply.value());
        } else if (frame instanceof ReadAddressRequest) {
            return "Read address request to " + who;
        } else if (frame instanceof ReadAddressReply reply) {
            return "Read address reply: meter " + reply.reported();
        } else if (frame instanceof WriteRequest write) {
            return "Write request to meter " + who + ": " + what + valuesText(write.dataId(), write.value());
        } else if (frame instanceof WriteReply) {
            return "Write reply from meter " + who + ": done";
        } else if (frame instanceof BroadcastTime time) {
            return "Broadcast time sync to " + who + ": " + time.time().toString().replace('T', ' ');
        } else if (frame instanceof FreezeRequest freeze) {
            return "Freeze request to " + who + ": " + freeze.time().describe();
        } else if (frame instanceof FreezeReply) {
            return "Freeze reply from meter " + who + ": done";
        } else if (frame instanceof AbnormalReply abnormal) {
            return "Abnormal reply from meter " + who + " to " + abnormal.control().function().map(Function::description).orElse("function "
                    + Hex.byteHex(abnormal.control().functionCode()) + "H") + ": " + abnormal.error().describe();
        }
        return "Frame " + frame.control() + " " + frame.control().function().map(Function::description).orElse("(unknown function)")
                + ", address " + who + ", " + frame.data().length() + " data bytes";
    }

    private String valuesText(DataId id, Bytes value) {
        if (value.isEmpty()) {
            return "";
        }
        ValueDecoding decoding = catalogue.decode(id, value);
        if (!decoding.ok()) {
            return " = " + value.length() + " bytes not decoded (" + decoding.rejection().reason() + ")";
        }
        List<FieldValue> fields = decoding.values();
        if (fields.size() == 1) {
            FieldValue field = fields.get(0);
            return " = " + field.text() + (field.unit().isEmpty() ? "" : " " + field.unit());
        }
        return " = " + fields.size() + " values";
    }
}
