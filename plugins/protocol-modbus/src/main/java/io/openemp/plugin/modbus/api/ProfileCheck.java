package io.openemp.plugin.modbus.api;

import java.util.List;

/**
 * What checking a profile found.
 *
 * @param valid whether there is no problem
 * @param problems every problem, empty when valid
 * @param reads the requests a read will send, when valid (empty otherwise)
 */
public record ProfileCheck(boolean valid, List<ProfileProblem> problems, List<PlannedRead> reads) {
}
