package io.openemp.plugin.efficiency.potential.api;

import java.util.List;

/**
 * A page of the stored cases, ordered by id.
 *
 * @param total how many cases are stored
 * @param offset the position of the first case of this page
 * @param cases the cases of this page
 */
public record CasesPage(int total, int offset, List<AssessedCase> cases) {
}
