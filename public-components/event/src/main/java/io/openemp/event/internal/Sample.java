package io.openemp.event.internal;

import java.math.BigDecimal;
import java.time.Instant;

/** One reading as the rules see it. */
record Sample(String meter, String readingType, Instant at, BigDecimal value) {
}
