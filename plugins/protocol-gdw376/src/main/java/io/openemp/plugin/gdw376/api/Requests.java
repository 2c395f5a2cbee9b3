package io.openemp.plugin.gdw376.api;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Builds the master station's requests. Every request is a single frame (FIR = FIN = 1) from the master as
 * initiator (PRM = 1), with PSEQ taken from the low four bits of {@code pfc}, and carries the time tag
 * {@code tp} when one is given (TpV = 1). Points and classes that do not fit one DA/DT are spread over as
 * many data units as needed ({@link DataUnitId#cover}).
 */
public final class Requests {

    private Requests() {
    }

    /** AFN 0C: the real-time data {@code fns} of points {@code pns} (request level-2 data, as terminals expect). */
    public static Frame realtime(Address address, int pfc, Collection<Integer> pns, Collection<Integer> fns, TimeTag tp) {
        return withoutData(0x0C, address, pfc, pns, fns, tp, Catalogue.standard());
    }

    /** AFN 0A: the parameters {@code fns} of points {@code pns} (parameters whose query carries no data). */
    public static Frame queryParameters(Address address, int pfc, Collection<Integer> pns, Collection<Integer> fns,
            TimeTag tp) {
        return withoutData(0x0A, address, pfc, pns, fns, tp, Catalogue.standard());
    }

    private static Frame withoutData(int afn, Address address, int pfc, Collection<Integer> pns, Collection<Integer> fns,
            TimeTag tp, Catalogue catalogue) {
        List<DataUnit> units = new ArrayList<>();
        for (DataUnitId id : DataUnitId.cover(pns, fns)) {
            for (int fn : id.fns()) {
                FnLayout layout = catalogue.find(afn, fn, Direction.DOWN);
                if (layout != null && !layout.empty()) {
                    throw new IllegalArgumentException(layout.key() + " carries data; build it with Requests.request");
                }
            }
            units.add(DataUnit.withoutData(id, catalogue, afn, Direction.DOWN));
        }
        return request(afn, address, pfc, units, null, tp);
    }

    /**
     * AFN 0D: the history {@code fns} of points {@code pns} for day {@code day} (classes frozen by day, Td_d in
     * A.20) or month {@code month} (classes frozen by month, Td_m in A.21); give the one the classes need.
     */
    public static Frame history(Address address, int pfc, Collection<Integer> pns, Collection<Integer> fns,
            LocalDate day, YearMonth month, TimeTag tp) {
        Catalogue catalogue = Catalogue.standard();
        List<DataUnit> units = new ArrayList<>();
        for (DataUnitId id : DataUnitId.cover(pns, fns)) {
            List<DataItem> items = new ArrayList<>();
            for (int pn : id.pns()) {
                for (int fn : id.fns()) {
                    FnLayout layout = catalogue.find(0x0D, fn, Direction.DOWN);
                    if (layout == null) {
                        throw new IllegalArgumentException("AFN 0D F" + fn + ": no request layout known");
                    }
                    items.add(new DataItem(pn, fn, timeTagged(layout, day, month)));
                }
            }
            units.add(new DataUnit(id, items));
        }
        return request(0x0D, address, pfc, units, null, tp);
    }

    private static FnData timeTagged(FnLayout layout, LocalDate day, YearMonth month) {
        if (layout.fields().size() != 1 || !(layout.fields().get(0) instanceof FieldSpec.Scalar td)) {
            throw new IllegalArgumentException(layout.key() + " needs more than a day or a month; build it with Requests.request");
        }
        if (td.format() == DataFormat.A20) {
            if (day == null) {
                throw new IllegalArgumentException(layout.key() + " is frozen by day: give the day");
            }
            return FnData.of(layout, Map.of(td.name(), BcdTime.ofDate(day)));
        }
        if (td.format() == DataFormat.A21) {
            if (month == null) {
                throw new IllegalArgumentException(layout.key() + " is frozen by month: give the month");
            }
            return FnData.of(layout, Map.of(td.name(), BcdTime.ofMonth(month)));
        }
        throw new IllegalArgumentException(layout.key() + " takes " + td.format().title() + "; build it with Requests.request");
    }

    /** AFN 0E: events of pointers {@code from} .. {@code to} (exclusive), important (F1) or normal (F2). */
    public static Frame events(Address address, int pfc, boolean important, int from, int to, TimeTag tp) {
        int fn = important ? 1 : 2;
        FnLayout layout = Catalogue.standard().find(0x0E, fn, Direction.DOWN);
        DataItem item = new DataItem(0, fn, FnData.of(layout, Map.of("start", (long) from, "end", (long) to)));
        return request(0x0E, address, pfc, List.of(new DataUnit(DataUnitId.of(0, fn), List.of(item))), null, tp);
    }

    /**
     * AFN 10 F1: forwards {@code content} (e.g. a DL/T 645 frame) to the device on terminal port {@code port},
     * waiting up to {@code frameTimeout} for the answer and {@code byteTimeout} between its bytes. A downward
     * AFN 10 carries the 16-byte message authentication code {@code pw} (zeros where the system uses none).
     */
    public static Frame transparentForward(Address address, int pfc, int port, SerialSettings settings,
            Duration frameTimeout, Duration byteTimeout, byte[] content, byte[] pw, TimeTag tp) {
        FnLayout layout = Catalogue.standard().find(0x10, 1, Direction.DOWN);
        long byteCode = byteTimeout.toMillis() / 10;
        if (byteTimeout.toMillis() % 10 != 0 || byteCode > 255 || byteCode < 0) {
            throw new IllegalArgumentException("the byte timeout is 0..2550 ms in tens of ms, not " + byteTimeout);
        }
        FnData data = FnData.of(layout, Map.of("port", (long) port, "control", (long) settings.controlWord(),
                "frameTimeout", (long) TransparentForward.frameTimeoutCode(frameTimeout), "byteTimeout", byteCode,
                "content", content));
        DataItem item = new DataItem(0, 1, data);
        return request(0x10, address, pfc, List.of(new DataUnit(DataUnitId.of(0, 1), List.of(item))),
                pw == null ? new byte[16] : pw, tp);
    }

    /**
     * Any request: AFN {@code afn}, the units given, PW (required for AFN 01, 04, 05, 06, 0F and 10, refused
     * otherwise) and an optional time tag. The function code is "request level-2 data" for reads (AFN 09, 0A,
     * 0B, 0C, 0D, 0E) and "request level-1 data" for the others.
     */
    public static Frame request(int afn, Address address, int pfc, List<DataUnit> units, byte[] pw, TimeTag tp) {
        if (pfc < 0 || pfc > 255) {
            throw new IllegalArgumentException("PFC is one byte");
        }
        boolean read = afn == 0x09 || afn == 0x0A || afn == 0x0B || afn == 0x0C || afn == 0x0D || afn == 0x0E;
        ControlField control = ControlField.masterRequest(read ? ControlField.REQUEST_LEVEL2 : ControlField.REQUEST_LEVEL1);
        Seq seq = Seq.single(pfc & 0x0F, tp != null, false);
        AuxInfo aux = new AuxInfo(Afn.downwardCarriesPw(afn) ? (pw == null ? new byte[16] : pw) : null, null, tp);
        if (!Afn.downwardCarriesPw(afn) && pw != null) {
            throw new IllegalArgumentException(String.format("AFN %02X carries no PW", afn));
        }
        return new Frame(Frame.PROTOCOL_2013, control, address, afn, seq, units, null, aux);
    }
}
