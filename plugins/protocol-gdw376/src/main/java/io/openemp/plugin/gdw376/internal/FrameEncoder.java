package io.openemp.plugin.gdw376.internal;

import io.openemp.plugin.gdw376.api.Afn;
import io.openemp.plugin.gdw376.api.AuxInfo;
import io.openemp.plugin.gdw376.api.DataItem;
import io.openemp.plugin.gdw376.api.DataUnit;
import io.openemp.plugin.gdw376.api.Direction;
import io.openemp.plugin.gdw376.api.Frame;

/**
 * Encodes a frame: header, user data (C, A, AFN, SEQ, data units, trailing bytes, AUX), checksum, end. Refuses
 * (IllegalArgumentException) a frame whose AUX disagrees with its header or whose user data exceeds 16383 bytes.
 */
public final class FrameEncoder {

    /** The largest user data the length field can describe. */
    public static final int MAX_USER_DATA = 16383;

    private FrameEncoder() {
    }

    public static byte[] encode(Frame frame) {
        AuxInfo aux = frame.aux();
        boolean pwExpected = frame.direction() == Direction.DOWN && Afn.downwardCarriesPw(frame.afn());
        if (pwExpected != (aux.pw() != null)) {
            throw new IllegalArgumentException(pwExpected
                    ? String.format("a downward AFN %02X frame carries PW (16 bytes)", frame.afn())
                    : String.format("an AFN %02X frame going %s carries no PW", frame.afn(), frame.direction()));
        }
        if (frame.control().acd() != (aux.ec() != null)) {
            throw new IllegalArgumentException(frame.control().acd() ? "ACD is set: the frame carries EC"
                    : "EC is carried only by upward frames with ACD set");
        }
        if (frame.seq().tpv() != (aux.tp() != null)) {
            throw new IllegalArgumentException(frame.seq().tpv() ? "TpV is set: the frame carries Tp" : "Tp needs TpV set");
        }
        ByteSink out = new ByteSink(64);
        out.write(0x68);
        out.writeShort(0);
        out.writeShort(0);
        out.write(0x68);
        out.write(frame.control().value());
        out.writeShort(frame.address().areaCode());
        out.writeShort(frame.address().terminal());
        out.write(frame.address().a3());
        out.write(frame.afn());
        out.write(frame.seq().value());
        for (DataUnit unit : frame.units()) {
            out.writeShort(unit.id().da());
            out.writeShort(unit.id().dt());
            for (DataItem item : unit.items()) {
                BodyEncoder.encode(item.data(), out);
            }
        }
        out.write(frame.trailing());
        if (aux.pw() != null) {
            out.write(aux.pw());
        }
        if (aux.ec() != null) {
            out.write(aux.ec().important());
            out.write(aux.ec().normal());
        }
        if (aux.tp() != null) {
            out.write(aux.tp().pfc());
            out.write(aux.tp().sendTime());
            out.write(aux.tp().delayMinutes());
        }
        int userLength = out.size() - 6;
        if (userLength > MAX_USER_DATA) {
            throw new IllegalArgumentException("user data of " + userLength + " bytes exceeds " + MAX_USER_DATA);
        }
        int l = userLength << 2 | frame.protocolId();
        out.set(1, l & 0xFF);
        out.set(2, l >>> 8);
        out.set(3, l & 0xFF);
        out.set(4, l >>> 8);
        int sum = 0;
        for (int i = 6; i < out.size(); i++) {
            sum += out.get(i);
        }
        out.write(sum & 0xFF);
        out.write(0x16);
        return out.toByteArray();
    }
}
