package io.openemp.plugin.gdw376.api;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The frame analyser: bytes in, every field out with its offset, meaning, value and unit. Decodes through a
 * {@link Gdw376Codec} (so the analysis counts in its statistics) and checks the time tag against a clock.
 */
public final class FrameAnalyser {

    private final Gdw376Codec codec;
    private final Clock clock;

    public FrameAnalyser(Gdw376Codec codec, Clock clock) {
        this.codec = codec;
        this.clock = clock;
    }

    /** The analysis of {@code hex} (see {@link Hex#parse}); IllegalArgumentException when it is not hex. */
    public Analysis analyse(String hex) {
        return analyse(Hex.parse(hex));
    }

    /** The analysis of {@code bytes}, which should hold one frame. */
    public Analysis analyse(byte[] bytes) {
        DecodeResult result = codec.decode(bytes);
        if (result instanceof DecodeResult.Decoded decoded) {
            return new Analysis(true, bytes.length, summary(decoded.frame()), null, fields(bytes, decoded.frame()),
                    decoded.warnings());
        }
        Rejection rejection = ((DecodeResult.Rejected) result).rejection();
        byte[] repaired = repair(bytes, rejection);
        if (repaired != null) {
            DecodeResult again = new Gdw376Codec(codec.options()).decode(repaired);
            if (again instanceof DecodeResult.Decoded decoded) {
                List<AnalysedField> fields = fields(bytes, decoded.frame());
                if (rejection.reason() == RejectReason.EXTRA_BYTES) {
                    fields = new ArrayList<>(fields);
                    fields.add(field(bytes, rejection.offset(), bytes.length - rejection.offset(), "extra",
                            "bytes after the frame's end", "", ""));
                }
                return new Analysis(false, bytes.length, summary(decoded.frame()) + " - " + rejection.reason(),
                        rejection, fields, decoded.warnings());
            }
        }
        return new Analysis(false, bytes.length, rejection.reason() + " at byte " + rejection.offset() + ": "
                + rejection.detail(), rejection, header(bytes), List.of());
    }

    /** The frame with its checksum or end byte put right, or cut at its end, so its fields can be shown. */
    private static byte[] repair(byte[] bytes, Rejection rejection) {
        switch (rejection.reason()) {
            case CHECKSUM -> {
                byte[] copy = bytes.clone();
                int sum = 0;
                for (int i = 6; i < rejection.offset(); i++) {
                    sum += copy[i];
                }
                copy[rejection.offset()] = (byte) sum;
                return copy;
            }
            case BAD_END -> {
                byte[] copy = bytes.clone();
                copy[rejection.offset()] = 0x16;
                return copy;
            }
            case EXTRA_BYTES -> {
                return Arrays.copyOf(bytes, rejection.offset());
            }
            default -> {
                return null;
            }
        }
    }

    private static String summary(Frame frame) {
        StringBuilder out = new StringBuilder();
        out.append(frame.direction() == Direction.UP ? "up" : "down").append(' ');
        out.append(String.format("AFN %02X (%s)", frame.afn(), Afn.of(frame.afn()).map(Afn::meaning).orElse("reserved")));
        for (DataUnit unit : frame.units()) {
            out.append(", ").append(unit.id());
        }
        out.append(", terminal ").append(frame.address().areaText()).append('-').append(frame.address().terminal());
        out.append(", ").append(frame.control().functionMeaning());
        return out.toString();
    }

    // ------------------------------------------------------------------ envelope and header

    private List<AnalysedField> header(byte[] b) {
        List<AnalysedField> out = new ArrayList<>();
        if (b.length > 0) {
            out.add(field(b, 0, 1, "start", "start character (0x68)", hex(b[0]), ""));
        }
        for (int i = 1; i + 1 < Math.min(b.length, 5); i += 2) {
            int l = (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8;
            out.add(field(b, i, 2, i == 1 ? "L1" : "L2", "length: " + (l >>> 2) + " bytes of user data, protocol identifier "
                    + (l & 3), String.format("0x%04X", l), ""));
        }
        if (b.length > 5) {
            out.add(field(b, 5, 1, "start2", "second start character (0x68)", hex(b[5]), ""));
        }
        return out;
    }

    private List<AnalysedField> fields(byte[] b, Frame frame) {
        List<AnalysedField> out = header(b);
        ControlField c = frame.control();
        boolean up = c.direction() == Direction.UP;
        out.add(new AnalysedField(6, 1, Hex.format(b, 6, 1), "C", "control: " + c.direction().meaning() + ", "
                + (c.prm() ? "from the initiating station" : "from the responding station") + ", " + c.functionMeaning(),
                hex(b[6]), "", List.of(
                        bit(b, 6, "DIR", up ? 1 : 0, c.direction().meaning()),
                        bit(b, 6, "PRM", c.prm() ? 1 : 0, c.prm() ? "initiating station" : "responding station"),
                        up ? bit(b, 6, "ACD", c.acd() ? 1 : 0, c.acd() ? "events waiting; the frame carries EC" : "no events waiting")
                           : bit(b, 6, "FCB", c.fcb() ? 1 : 0, "frame count bit"),
                        up ? bit(b, 6, "D4", c.bit4() ? 1 : 0, "reserved")
                           : bit(b, 6, "FCV", c.fcv() ? 1 : 0, c.fcv() ? "FCB valid" : "FCB not valid"),
                        bit(b, 6, "function", c.function(), c.functionMeaning()))));
        Address a = frame.address();
        out.add(new AnalysedField(7, 5, Hex.format(b, 7, 5), "A", "address", a.toString(), "", List.of(
                field(b, 7, 2, "A1", "administrative division code" + (a.areaIsBcd() ? "" : " (not BCD)"), a.areaText(), ""),
                field(b, 9, 2, "A2", a.group() ? (a.broadcast() ? "broadcast" : "group address") : "terminal address",
                        a.terminal() + String.format(" (0x%04X)", a.terminal()), ""),
                new AnalysedField(11, 1, Hex.format(b, 11, 1), "A3", "group flag and master station address",
                        hex(b[11]), "", List.of(
                                bit(b, 11, "group", a.group() ? 1 : 0, a.group() ? "A2 is a group address" : "A2 is a single terminal"),
                                bit(b, 11, "MSA", a.msa(), a.msa() == 0 ? "0: a frame the terminal starts, or its answer"
                                        : "master station " + a.msa()))))));
        out.add(field(b, 12, 1, "AFN", Afn.describe(frame.afn()), hex(b[12]), ""));
        Seq s = frame.seq();
        out.add(new AnalysedField(13, 1, Hex.format(b, 13, 1), "SEQ", "frame sequence: " + s.position() + ", number "
                + s.number(), hex(b[13]), "", List.of(
                        bit(b, 13, "TpV", s.tpv() ? 1 : 0, s.tpv() ? "carries the time tag Tp" : "no time tag"),
                        bit(b, 13, "FIR", s.fir() ? 1 : 0, "first frame"),
                        bit(b, 13, "FIN", s.fin() ? 1 : 0, "last frame"),
                        bit(b, 13, "CON", s.con() ? 1 : 0, s.con() ? "the receiver must confirm" : "no confirmation asked"),
                        bit(b, 13, c.prm() ? "PSEQ" : "RSEQ", s.number(), c.prm() ? "sequence number" : "answers sequence number"))));
        int at = 14;
        int n = 1;
        Catalogue catalogue = codec.options().catalogue();
        for (DataUnit unit : frame.units()) {
            int start = at;
            List<AnalysedField> parts = new ArrayList<>();
            parts.add(field(b, at, 2, "DA", "information points", DataUnitId.describePoints(unit.id().pns()), ""));
            parts.add(field(b, at + 2, 2, "DT", "information classes", DataUnitId.describeClasses(unit.id().fns()), ""));
            at += 4;
            for (DataItem item : unit.items()) {
                FnData data = item.data();
                int itemStart = at;
                List<AnalysedField> values = new ArrayList<>();
                for (FieldValue value : data.fields()) {
                    values.add(value(b, at, value, frame.afn()));
                    at += value.length();
                }
                if (data.rest().length > 0) {
                    values.add(field(b, at, data.rest().length, "raw", data.note().isEmpty() ? "not laid out" : data.note(),
                            Hex.format(data.rest()), ""));
                    at += data.rest().length;
                }
                String name = catalogue.name(frame.afn(), item.fn());
                String meaning = data.layout() == null ? "no layout known" : data.layout().chinese().isEmpty()
                        ? name : name + " " + data.layout().chinese();
                if (data.status() != BodyStatus.COMPLETE) {
                    meaning += " (" + data.status().name().toLowerCase() + ": " + data.note() + ")";
                }
                parts.add(new AnalysedField(itemStart, at - itemStart, Hex.format(b, itemStart, at - itemStart),
                        item.key(), meaning, values.isEmpty() ? "no data" : "", "", values));
            }
            out.add(new AnalysedField(start, at - start, Hex.format(b, start, at - start), "unit " + n++,
                    "data unit " + unit.id(), "", "", parts));
        }
        if (frame.trailing().length > 0) {
            out.add(field(b, at, frame.trailing().length, "trailing", "bytes after the last data unit that form no data unit",
                    Hex.format(frame.trailing()), ""));
            at += frame.trailing().length;
        }
        AuxInfo aux = frame.aux();
        if (aux.pw() != null) {
            out.add(field(b, at, 16, "PW", "message authentication code", Hex.compact(aux.pw()), ""));
            at += 16;
        }
        if (aux.ec() != null) {
            out.add(new AnalysedField(at, 2, Hex.format(b, at, 2), "EC", "event counters", "", "", List.of(
                    field(b, at, 1, "EC1", "important event counter", String.valueOf(aux.ec().important()), ""),
                    field(b, at + 1, 1, "EC2", "normal event counter", String.valueOf(aux.ec().normal()), ""))));
            at += 2;
        }
        if (aux.tp() != null) {
            TimeTag tp = aux.tp();
            TpCheck check = tp.check(clock);
            String verdict = switch (check.status()) {
                case NOT_CHECKED -> "delay 0: no check asked";
                case INVALID_TIME -> "the send time is not valid";
                case IN_WINDOW -> "within the allowed delay: sent " + check.sentAt() + ", " + check.age().toSeconds() + " s before now";
                case EXPIRED -> "expired: sent " + check.sentAt() + ", " + check.age().toSeconds()
                        + " s before now, more than " + tp.delayMinutes() + " min: the receiver discards it";
            };
            out.add(new AnalysedField(at, 6, Hex.format(b, at, 6), "Tp", "time tag: " + verdict, check.status().name(), "",
                    List.of(field(b, at, 1, "PFC", "initiating frame counter", String.valueOf(tp.pfc()), ""),
                            field(b, at + 1, 4, "sendTime", "send time (A.16: second minute hour day)", tp.validTime()
                                    ? String.format("day %02d %02d:%02d:%02d", tp.day(), tp.hour(), tp.minute(), tp.second())
                                    : "invalid", ""),
                            field(b, at + 5, 1, "delay", "allowed transmission delay (0: no check)",
                                    String.valueOf(tp.delayMinutes()), "min"))));
            at += 6;
        }
        int cs = at;
        out.add(field(b, cs, 1, "CS", "checksum of the user data", hex(b[cs]), ""));
        out.add(field(b, cs + 1, 1, "end", "end character (0x16)", hex(b[cs + 1]), ""));
        return out;
    }

    // ------------------------------------------------------------------ data fields

    private AnalysedField value(byte[] b, int at, FieldValue value, int afn) {
        FieldSpec spec = value.spec();
        String meaning = spec.label();
        if (spec instanceof FieldSpec.Scalar scalar) {
            meaning += " [" + scalar.format().title() + "]";
        }
        if (spec instanceof FieldSpec.Group || spec instanceof FieldSpec.Repeat) {
            List<AnalysedField> parts = new ArrayList<>();
            int p = at;
            for (FieldValue child : value.children()) {
                parts.add(value(b, p, child, afn));
                p += child.length();
            }
            String shown = spec instanceof FieldSpec.Repeat ? value.children().size() + " element(s)" : "";
            return new AnalysedField(at, value.length(), Hex.format(b, at, value.length()), value.name(), meaning, shown,
                    "", parts);
        }
        String unit = spec instanceof FieldSpec.Scalar scalar ? scalar.unit() : "";
        List<AnalysedField> parts = List.of();
        if (spec instanceof FieldSpec.Bits bits && value.ok()) {
            long v = (Long) value.value();
            List<AnalysedField> ranges = new ArrayList<>();
            for (BitRange range : bits.ranges()) {
                ranges.add(new AnalysedField(at, bits.size(), Hex.format(b, at, bits.size()), range.name(), range.label(),
                        range.describe(range.extract(v)), range.meanings().isEmpty() ? range.unit() : "", List.of()));
            }
            if (ranges.size() == 1) {
                return new AnalysedField(at, value.length(), Hex.format(b, at, value.length()), value.name(), meaning,
                        ranges.get(0).value(), ranges.get(0).unit(), List.of());
            }
            parts = ranges;
        }
        if (spec instanceof FieldSpec.Bytes && value.ok() && afn == 0x10 && looksLikeDlt645((byte[]) value.value())) {
            meaning += ": a DL/T 645 frame";
        }
        return new AnalysedField(at, value.length(), Hex.format(b, at, value.length()), value.name(), meaning,
                show(value), value.ok() ? unit : "", parts);
    }

    /** The value of a decoded field as text. */
    public static String show(FieldValue value) {
        if (value.status() == ValueStatus.ABSENT) {
            return "no data (EE)";
        }
        if (value.status() == ValueStatus.INVALID) {
            return "invalid: " + Hex.format(value.raw());
        }
        Object v = value.value();
        if (value.spec() instanceof FieldSpec.Scalar scalar) {
            if (scalar.format() == DataFormat.DA) {
                return DataUnitId.describePoints(DataUnitId.pns(((Long) v).intValue()));
            }
            if (scalar.format() == DataFormat.DT) {
                return DataUnitId.describeClasses(DataUnitId.fns(((Long) v).intValue()));
            }
        }
        if (v instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (v instanceof byte[] bytes) {
            return Hex.format(bytes);
        }
        if (v instanceof Long l && value.spec() instanceof FieldSpec.Bits) {
            return String.format("0x%02X", l);
        }
        return String.valueOf(v);
    }

    private static boolean looksLikeDlt645(byte[] content) {
        int i = 0;
        while (i < content.length && (content[i] & 0xFF) == 0xFE) {
            i++;
        }
        return content.length - i >= 12 && (content[i] & 0xFF) == 0x68 && (content[i + 7] & 0xFF) == 0x68
                && (content[content.length - 1] & 0xFF) == 0x16;
    }

    private static AnalysedField field(byte[] b, int offset, int length, String name, String meaning, String value,
            String unit) {
        int shown = Math.max(0, Math.min(length, b.length - offset));
        return new AnalysedField(offset, length, Hex.format(b, offset, shown), name, meaning, value, unit, List.of());
    }

    private static AnalysedField bit(byte[] b, int offset, String name, int value, String meaning) {
        return field(b, offset, 1, name, meaning, String.valueOf(value), "");
    }

    private static String hex(byte b) {
        return String.format("0x%02X", b & 0xFF);
    }
}
