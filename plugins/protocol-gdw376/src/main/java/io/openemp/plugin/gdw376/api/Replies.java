package io.openemp.plugin.gdw376.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds answers to a received frame: the confirms a master station sends to a terminal's login, logout and
 * heartbeat, and per-unit confirm or deny. An answer goes the other way, comes from the responding station
 * (PRM = 0), keeps the address (so the MSA of the request) and the request's sequence number (RSEQ = PSEQ),
 * is a single frame (FIR = FIN = 1) without CON and without a time tag.
 */
public final class Replies {

    private Replies() {
    }

    /**
     * AFN 00 F1, all confirmed: the answer to a login, logout or heartbeat (link test, function 9, answered
     * with "link status", function 11) or to any frame asking for confirmation (function 0, confirm).
     */
    public static Frame confirm(Frame request) {
        return answer(request, 1, FnData.empty(Catalogue.standard().find(0x00, 1, opposite(request))));
    }

    /** The answer to a login, logout or heartbeat: {@link #confirm(Frame)}. */
    public static Frame linkConfirm(Frame request) {
        if (request.afn() != 0x02) {
            throw new IllegalArgumentException("not a link test frame (AFN 02)");
        }
        return confirm(request);
    }

    /** AFN 00 F2, all denied. */
    public static Frame deny(Frame request) {
        return answer(request, 2, FnData.empty(Catalogue.standard().find(0x00, 2, opposite(request))));
    }

    /**
     * AFN 00 F3: confirms or denies each data unit of {@code request} ({@code true}: confirmed); units left
     * out of {@code results} are confirmed.
     */
    public static Frame confirmEach(Frame request, Map<DataUnitId, Boolean> results) {
        FnLayout layout = Catalogue.standard().find(0x00, 3, opposite(request));
        List<Map<String, Object>> list = new ArrayList<>();
        for (DataUnit unit : request.units()) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("da", (long) unit.id().da());
            result.put("dt", (long) unit.id().dt());
            result.put("error", results.getOrDefault(unit.id(), true) ? 0L : 1L);
            list.add(result);
        }
        return answer(request, 3, FnData.of(layout, Map.of("confirmedAfn", (long) request.afn(), "results", list)));
    }

    private static Direction opposite(Frame request) {
        return request.direction() == Direction.UP ? Direction.DOWN : Direction.UP;
    }

    private static Frame answer(Frame request, int fn, FnData data) {
        int function = request.control().prm() ? ControlField.responseFunction(request.control().function())
                : ControlField.CONFIRM;
        if (function == ControlField.RESPONSE) {
            function = ControlField.CONFIRM;
        }
        ControlField control = new ControlField(opposite(request), false, false, false, function);
        Seq seq = Seq.single(request.seq().number(), false, false);
        DataUnit unit = new DataUnit(DataUnitId.of(0, fn), List.of(new DataItem(0, fn, data)));
        return new Frame(request.protocolId(), control, request.address(), 0x00, seq, List.of(unit), null, AuxInfo.NONE);
    }
}
