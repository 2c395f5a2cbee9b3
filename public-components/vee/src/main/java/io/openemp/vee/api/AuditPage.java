package io.openemp.vee.api;

import java.util.List;

/**
 * Entries of the audit trail, newest edit first.
 *
 * @param entries the entries
 * @param more whether more entries match than the limit allowed
 */
public record AuditPage(List<AuditEntry> entries, boolean more) {
}
