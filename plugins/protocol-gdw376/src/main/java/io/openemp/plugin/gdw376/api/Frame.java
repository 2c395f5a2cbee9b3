package io.openemp.plugin.gdw376.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A Q/GDW 1376.1 frame: {@code 68 L L 68 C A AFN SEQ data-units [trailing] AUX CS 16}.
 *
 * @param protocolId D1..D0 of the length field: 1 for Q/GDW 376.1-2009, 2 for Q/GDW 1376.1-2013
 * @param units the data units in order
 * @param trailing bytes after the last data unit that form no data unit (zero padding some terminals add); kept
 *        so the frame encodes to the bytes it came from; empty normally
 */
public record Frame(int protocolId, ControlField control, Address address, int afn, Seq seq, List<DataUnit> units,
        byte[] trailing, AuxInfo aux) {

    /** Protocol identifier of Q/GDW 376.1-2009. */
    public static final int PROTOCOL_2009 = 1;
    /** Protocol identifier of Q/GDW 1376.1-2013. */
    public static final int PROTOCOL_2013 = 2;

    public Frame {
        if (protocolId < 0 || protocolId > 3) {
            throw new IllegalArgumentException("the protocol identifier is two bits");
        }
        if (afn < 0 || afn > 255) {
            throw new IllegalArgumentException("AFN is one byte");
        }
        units = List.copyOf(units);
        trailing = trailing == null ? new byte[0] : trailing;
        aux = aux == null ? AuxInfo.NONE : aux;
    }

    public Direction direction() {
        return control.direction();
    }

    /** Every (Pn, Fn) of every unit, in order. */
    public List<DataItem> items() {
        List<DataItem> out = new ArrayList<>();
        for (DataUnit unit : units) {
            out.addAll(unit.items());
        }
        return out;
    }

    /** The data of point {@code pn} and class {@code fn}, if the frame carries it. */
    public Optional<DataItem> item(int pn, int fn) {
        for (DataUnit unit : units) {
            for (DataItem item : unit.items()) {
                if (item.pn() == pn && item.fn() == fn) {
                    return Optional.of(item);
                }
            }
        }
        return Optional.empty();
    }

    /** The AFN's name, or "reserved". */
    public String afnMeaning() {
        return Afn.describe(afn);
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        out.append(String.format("Frame[%s AFN %02X %s seq %d", direction(), afn, address, seq.number()));
        for (DataUnit unit : units) {
            out.append(", ").append(unit.id());
        }
        return out.append(']').toString();
    }
}
