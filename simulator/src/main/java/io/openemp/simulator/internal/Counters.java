package io.openemp.simulator.internal;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

import io.openemp.simulator.Counter;

/** The fleet's counters: one adder each, written from every event loop. */
public final class Counters {

    private final LongAdder[] adders = new LongAdder[Counter.values().length];

    public Counters() {
        for (int i = 0; i < adders.length; i++) {
            adders[i] = new LongAdder();
        }
    }

    public void add(Counter counter) {
        adders[counter.ordinal()].increment();
    }

    public void add(Counter counter, long n) {
        adders[counter.ordinal()].add(n);
    }

    public long get(Counter counter) {
        return adders[counter.ordinal()].sum();
    }

    public Map<Counter, Long> snapshot() {
        Map<Counter, Long> out = new EnumMap<>(Counter.class);
        for (Counter c : Counter.values()) {
            out.put(c, get(c));
        }
        return out;
    }
}
