package io.openemp.vee.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import io.openemp.plugin.api.Nullable;

/**
 * One manual edit of a reading, as the audit trail keeps it.
 *
 * @param id the entry's id
 * @param meter the meter's mRID
 * @param readingType the reading type's code
 * @param at the reading's instant
 * @param oldValue the value before the edit, null when there was none
 * @param oldFlags the flags before the edit
 * @param newValue the value after the edit
 * @param reason why, as the user gave it
 * @param rule the rule whose finding the edit answers, or null
 * @param user who edited
 * @param transport how the call came (http, console, thrift...)
 * @param editedAt when
 */
public record AuditEntry(String id, String meter, String readingType, Instant at, @Nullable BigDecimal oldValue,
        List<String> oldFlags, BigDecimal newValue, String reason, @Nullable String rule, String user,
        String transport, Instant editedAt) {
}
