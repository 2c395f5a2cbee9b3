package io.openemp.plugin.efficiency.mv.api;

import java.time.Instant;

/** A half-open range of time, {@code [from, to)}. */
public record Period(Instant from, Instant to) {
}
