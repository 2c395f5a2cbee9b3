package io.openemp.simulator.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * A meter: its model and the freezes it has been told to make. Besides those, a meter freezes itself every
 * local midnight (the daily freeze). A terminal's meters are touched from that terminal's event loop, and from
 * callers asking for expected values, hence the lock.
 */
public final class Meter {

    /** DL/T 645 keeps the last 62 daily freezes (DI0 01..3E). */
    public static final int KEPT = 62;

    private final MeterModel model;
    private final Deque<LocalDateTime> freezes = new ArrayDeque<>();

    public Meter(MeterModel model) {
        this.model = model;
    }

    public MeterModel model() {
        return model;
    }

    /** Freezes the registers of {@code local} (to the minute, as a freeze time is kept). */
    public synchronized void freeze(LocalDateTime local) {
        LocalDateTime at = local.truncatedTo(ChronoUnit.MINUTES);
        if (freezes.isEmpty() || !freezes.peekFirst().equals(at)) {
            freezes.addFirst(at);
        }
        while (freezes.size() > KEPT) {
            freezes.removeLast();
        }
    }

    /**
     * The moment whose registers are the daily frozen data of {@code day}: the last freeze commanded during that
     * day, else the midnight that ends it; empty while neither has happened by {@code now}.
     */
    public synchronized Optional<LocalDateTime> dailyFreeze(LocalDate day, LocalDateTime now) {
        LocalDateTime start = day.atStartOfDay();
        LocalDateTime end = start.plusDays(1);
        for (LocalDateTime f : freezes) {
            if (!f.isBefore(start) && f.isBefore(end) && !f.isAfter(now)) {
                return Optional.of(f);
            }
        }
        return end.isAfter(now) || end.isBefore(MeterModel.ORIGIN) ? Optional.empty() : Optional.of(end);
    }

    /** The {@code n}-th latest freeze (1 = the latest), commanded or midnight, at or before {@code now}. */
    public synchronized Optional<LocalDateTime> freeze(int n, LocalDateTime now) {
        List<LocalDateTime> commanded = new ArrayList<>();
        for (Iterator<LocalDateTime> it = freezes.iterator(); it.hasNext();) {
            LocalDateTime f = it.next();
            if (!f.isAfter(now)) {
                commanded.add(f);
            }
        }
        LocalDateTime midnight = now.toLocalDate().atStartOfDay();
        int i = 0;
        LocalDateTime found = null;
        for (int k = 0; k < n; k++) {
            LocalDateTime next = i < commanded.size() ? commanded.get(i) : null;
            if (next != null && !next.isBefore(midnight)) {
                found = next;
                i++;
                if (next.equals(midnight)) {
                    midnight = midnight.minusDays(1);
                }
            } else {
                if (midnight.isBefore(MeterModel.ORIGIN)) {
                    return Optional.empty();
                }
                found = midnight;
                midnight = midnight.minusDays(1);
            }
        }
        return Optional.ofNullable(found);
    }
}
