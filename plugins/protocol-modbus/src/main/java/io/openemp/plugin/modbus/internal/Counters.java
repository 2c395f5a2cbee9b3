package io.openemp.plugin.modbus.internal;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

import io.openemp.plugin.modbus.api.FrameRejection;
import io.openemp.plugin.modbus.api.ModbusStats;

/** The master's counters; thread-safe, cheap to bump from the I/O threads. */
final class Counters {

    final LongAdder requests = new LongAdder();
    final LongAdder responses = new LongAdder();
    final LongAdder exceptionResponses = new LongAdder();
    final LongAdder timeouts = new LongAdder();
    final LongAdder retries = new LongAdder();
    final LongAdder connectionsOpened = new LongAdder();
    final LongAdder connectFailures = new LongAdder();
    final LongAdder connectionsOpen = new LongAdder();
    private final Map<FrameRejection, LongAdder> rejections = new EnumMap<>(FrameRejection.class);

    Counters() {
        for (FrameRejection reason : FrameRejection.values()) {
            rejections.put(reason, new LongAdder());
        }
    }

    void reject(FrameRejection reason) {
        rejections.get(reason).increment();
    }

    ModbusStats snapshot() {
        Map<String, Long> byReason = new LinkedHashMap<>();
        long total = 0;
        for (Map.Entry<FrameRejection, LongAdder> e : rejections.entrySet()) {
            long n = e.getValue().sum();
            byReason.put(e.getKey().code(), n);
            total += n;
        }
        return new ModbusStats(requests.sum(), responses.sum(), exceptionResponses.sum(), timeouts.sum(),
                retries.sum(), connectionsOpened.sum(), connectFailures.sum(), connectionsOpen.sum(), total, byReason);
    }
}
