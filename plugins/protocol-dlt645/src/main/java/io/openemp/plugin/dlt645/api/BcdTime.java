package io.openemp.plugin.dlt645.api;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.util.Optional;

/** Date-time fields made of BCD bytes sent smallest unit first. */
final class BcdTime {

    private BcdTime() {
    }

    /** {@code mm hh DD MM YY} at {@code offset}, when every byte is BCD and the values make a real time. */
    static Optional<LocalDateTime> minutes(Bytes bytes, int offset) {
        int[] v = new int[5];
        for (int i = 0; i < 5; i++) {
            int b = bytes.get(offset + i);
            if (!Bcd.valid(b)) {
                return Optional.empty();
            }
            v[i] = Bcd.value(b);
        }
        try {
            return Optional.of(LocalDateTime.of(2000 + v[4], v[3], v[2], v[1], v[0]));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
