package io.openemp.plugin.gdw376.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.openemp.plugin.gdw376.api.Address;
import io.openemp.plugin.gdw376.api.Afn;
import io.openemp.plugin.gdw376.api.AuxInfo;
import io.openemp.plugin.gdw376.api.BodyStatus;
import io.openemp.plugin.gdw376.api.Catalogue;
import io.openemp.plugin.gdw376.api.CodecOptions;
import io.openemp.plugin.gdw376.api.ControlField;
import io.openemp.plugin.gdw376.api.DataItem;
import io.openemp.plugin.gdw376.api.DataUnit;
import io.openemp.plugin.gdw376.api.DataUnitId;
import io.openemp.plugin.gdw376.api.DecodeResult;
import io.openemp.plugin.gdw376.api.Direction;
import io.openemp.plugin.gdw376.api.EventCounters;
import io.openemp.plugin.gdw376.api.FnData;
import io.openemp.plugin.gdw376.api.FnLayout;
import io.openemp.plugin.gdw376.api.Frame;
import io.openemp.plugin.gdw376.api.RejectReason;
import io.openemp.plugin.gdw376.api.Rejection;
import io.openemp.plugin.gdw376.api.Seq;
import io.openemp.plugin.gdw376.api.TimeTag;
import io.openemp.plugin.gdw376.api.Warning;

/**
 * Decodes one whole frame. Checks the envelope in the order a receiver would (start, lengths, protocol
 * identifier, limit, size, checksum, end), then reads the header, the AUX fields the header announces, and the
 * data units between. Lenient mode reads past what the standard does not allow but can be understood, and says
 * so in warnings; strict mode refuses it.
 */
public final class FrameDecoder {

    /** The offset of the first byte after SEQ. */
    public static final int DATA_START = 14;

    private final CodecOptions options;
    private final Catalogue catalogue;

    public FrameDecoder(CodecOptions options) {
        this.options = options;
        this.catalogue = options.catalogue();
    }

    /**
     * Checks the envelope of a frame starting at {@code b[0]} given {@code len} bytes: null when it is sound,
     * otherwise the rejection (offsets relative to the frame's start).
     */
    public static Rejection checkEnvelope(byte[] b, int off, int len, int maxFrameLength, boolean wholeInput) {
        if (len < 1) {
            return new Rejection(RejectReason.TRUNCATED, 0, "no bytes");
        }
        if ((b[off] & 0xFF) != 0x68) {
            return new Rejection(RejectReason.BAD_START, 0, Text.byteHex(b[off]) + " instead of 0x68");
        }
        if (len < 6) {
            return new Rejection(RejectReason.TRUNCATED, len, "a frame header is 6 bytes, only " + len + " given");
        }
        int l1 = (b[off + 1] & 0xFF) | (b[off + 2] & 0xFF) << 8;
        int l2 = (b[off + 3] & 0xFF) | (b[off + 4] & 0xFF) << 8;
        if (l1 != l2) {
            return new Rejection(RejectReason.LENGTH_MISMATCH, 3, "L1 0x" + Text.hex(l1, 4) + ", L2 0x" + Text.hex(l2, 4));
        }
        if ((b[off + 5] & 0xFF) != 0x68) {
            return new Rejection(RejectReason.BAD_SECOND_START, 5, Text.byteHex(b[off + 5]) + " instead of 0x68");
        }
        int protocol = l1 & 3;
        if (protocol != 1 && protocol != 2) {
            return new Rejection(RejectReason.PROTOCOL_ID, 1, "protocol identifier " + protocol);
        }
        int userLength = l1 >>> 2;
        int frameLength = userLength + 8;
        if (frameLength > maxFrameLength) {
            return new Rejection(RejectReason.OVER_LIMIT, 1, "a frame of " + frameLength + " bytes, the limit is " + maxFrameLength);
        }
        if (userLength < 8) {
            return new Rejection(RejectReason.TOO_SHORT, 1, "user data of " + userLength + " bytes");
        }
        if (len < frameLength) {
            return new Rejection(RejectReason.TRUNCATED, len, "the length says " + frameLength + " bytes, " + len + " given");
        }
        int sum = 0;
        for (int i = 6; i < 6 + userLength; i++) {
            sum += b[off + i];
        }
        int cs = b[off + 6 + userLength] & 0xFF;
        if ((sum & 0xFF) != cs) {
            return new Rejection(RejectReason.CHECKSUM, 6 + userLength, "checksum " + Text.byteHex(cs) + ", the user data sums to " + Text.byteHex(sum));
        }
        if ((b[off + frameLength - 1] & 0xFF) != 0x16) {
            return new Rejection(RejectReason.BAD_END, frameLength - 1,
                    Text.byteHex(b[off + frameLength - 1]) + " instead of 0x16");
        }
        if (wholeInput && len > frameLength) {
            return new Rejection(RejectReason.EXTRA_BYTES, frameLength, (len - frameLength) + " bytes after the frame");
        }
        return null;
    }

    /** The frame of {@code b[off .. off + len)}, which must be exactly one frame. */
    public DecodeResult decode(byte[] b, int off, int len) {
        Rejection envelope = checkEnvelope(b, off, len, options.maxFrameLength(), true);
        if (envelope != null) {
            return new DecodeResult.Rejected(envelope);
        }
        byte[] frame = off == 0 && len == b.length ? b : Arrays.copyOfRange(b, off, off + len);
        return body(frame);
    }

    private DecodeResult body(byte[] b) {
        int l1 = (b[1] & 0xFF) | (b[2] & 0xFF) << 8;
        int userEnd = 6 + (l1 >>> 2);
        ControlField control = ControlField.of(b[6] & 0xFF);
        Address address = new Address((b[7] & 0xFF) | (b[8] & 0xFF) << 8, (b[9] & 0xFF) | (b[10] & 0xFF) << 8,
                (b[11] & 1) != 0, (b[11] & 0xFF) >>> 1);
        int afn = b[12] & 0xFF;
        Seq seq = Seq.of(b[13] & 0xFF);
        List<Warning> warnings = new ArrayList<>(0);

        boolean hasPw = control.direction() == Direction.DOWN && Afn.downwardCarriesPw(afn);
        boolean hasEc = control.acd();
        boolean hasTp = seq.tpv();
        int auxLength = (hasPw ? 16 : 0) + (hasEc ? 2 : 0) + (hasTp ? 6 : 0);
        int dataEnd = userEnd - auxLength;
        if (dataEnd < DATA_START) {
            return reject(RejectReason.AUX_OVERRUN, DATA_START, "the header announces " + auxLength
                    + " bytes of PW/EC/Tp but only " + (userEnd - DATA_START) + " bytes follow SEQ");
        }
        if (!address.areaIsBcd()) {
            warnings.add(new Warning(7, "A1 " + address.areaText() + " is not four BCD digits"));
        }

        List<DataUnit> units = new ArrayList<>(2);
        int pos = DATA_START;
        int trailingFrom = -1;
        while (pos < dataEnd) {
            if (dataEnd - pos < 4) {
                trailingFrom = pos;
                break;
            }
            int da = (b[pos] & 0xFF) | (b[pos + 1] & 0xFF) << 8;
            int dt = (b[pos + 2] & 0xFF) | (b[pos + 3] & 0xFF) << 8;
            if ((da == 0 && dt == 0 && !units.isEmpty()) || !DataUnitId.validDa(da) || !DataUnitId.validDt(dt)) {
                trailingFrom = pos;
                break;
            }
            DataUnitId id = new DataUnitId(da, dt);
            int[] fns = id.fns();
            int bodyStart = pos + 4;
            if (afn == 0x00 && dt == 0x0003 && fitsSeparateConfirm(dataEnd - bodyStart)) {
                if (options.strict()) {
                    return reject(RejectReason.BAD_DATA_UNIT, pos + 2, "DT 03 00 (F1 and F2 at once) in AFN 00");
                }
                warnings.add(new Warning(pos + 2, "DT 03 00 names F1 and F2 at once, which contradict each other; read as F3"
                        + " (confirm or deny each data unit, DT 04 00), which the data that follows fits: the sender"
                        + " wrote the Fn number instead of its bit"));
                fns = new int[] {3};
            }
            pos = bodyStart;
            List<DataItem> items = new ArrayList<>(fns.length);
            boolean exhausted = false;
            for (int pn : id.pns()) {
                for (int fn : fns) {
                    FnLayout layout = catalogue.find(afn, fn, control.direction());
                    if (exhausted) {
                        items.add(new DataItem(pn, fn, new FnData(layout, List.of(), null,
                                layout == null ? BodyStatus.RAW : BodyStatus.PARTIAL,
                                "not read: the data before it could not be laid out")));
                        continue;
                    }
                    FnData data;
                    if (layout == null) {
                        if (options.strict()) {
                            return reject(RejectReason.UNKNOWN_FN_LAYOUT, pos, Text.key(afn, fn,
                                    control.direction() == Direction.UP));
                        }
                        data = new FnData(null, List.of(), Arrays.copyOfRange(b, pos, dataEnd), BodyStatus.RAW,
                                "no layout known for " + Text.key(afn, fn,
                                        control.direction() == Direction.UP));
                        if (data.rest().length > 0) {
                            warnings.add(new Warning(pos, data.note() + ": " + data.rest().length + " bytes kept raw"));
                        }
                    } else {
                        data = BodyDecoder.decode(layout, b, pos, dataEnd);
                        if (data.status() == BodyStatus.PARTIAL) {
                            int at = pos + data.length() - data.rest().length;
                            if (options.strict()) {
                                return reject(RejectReason.LAYOUT_MISMATCH, at, layout.key() + ": " + data.note());
                            }
                            warnings.add(new Warning(at, layout.key() + ": " + data.note() + "; "
                                    + data.rest().length + " bytes kept raw"));
                        }
                    }
                    items.add(new DataItem(pn, fn, data));
                    pos += data.length();
                    exhausted = data.status() != BodyStatus.COMPLETE;
                }
            }
            units.add(new DataUnit(id, items));
            if (exhausted) {
                break;
            }
        }
        byte[] trailing = null;
        if (trailingFrom >= 0) {
            if (options.strict()) {
                return reject(RejectReason.BAD_DATA_UNIT, trailingFrom, (dataEnd - trailingFrom) + " bytes form no data unit");
            }
            trailing = Arrays.copyOfRange(b, trailingFrom, dataEnd);
            warnings.add(new Warning(trailingFrom, (dataEnd - trailingFrom) + " bytes after the last data unit form no data unit"
                    + (Formats.allZero(trailing) ? " (zero padding)" : "") + "; kept raw"));
        }

        int at = dataEnd;
        byte[] pw = null;
        EventCounters ec = null;
        TimeTag tp = null;
        if (hasPw) {
            pw = Arrays.copyOfRange(b, at, at + 16);
            at += 16;
        }
        if (hasEc) {
            ec = new EventCounters(b[at] & 0xFF, b[at + 1] & 0xFF);
            at += 2;
        }
        if (hasTp) {
            tp = new TimeTag(b[at] & 0xFF, Arrays.copyOfRange(b, at + 1, at + 5), b[at + 5] & 0xFF);
            if (!tp.validTime()) {
                warnings.add(new Warning(at + 1, "the Tp send time is not a valid A.16 time"));
            }
        }
        Frame frame = new Frame(l1 & 3, control, address, afn, seq, units, trailing, new AuxInfo(pw, ec, tp));
        return new DecodeResult.Decoded(frame, warnings);
    }

    /** An AFN 00 F3 body: the AFN byte, then whole 5-byte results. */
    private static boolean fitsSeparateConfirm(int bytes) {
        return bytes >= 6 && (bytes - 1) % 5 == 0;
    }

    private static DecodeResult reject(RejectReason reason, int offset, String detail) {
        return new DecodeResult.Rejected(new Rejection(reason, offset, detail));
    }
}
