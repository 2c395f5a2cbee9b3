package io.openemp.plugin.modbus.api;

import java.util.List;

/**
 * The answer of {@code modbus.profiles}.
 *
 * @param profiles every profile, by id
 * @param loadProblems files of the profiles folder that were left out, and why
 */
public record ProfileListing(List<ProfileInfo> profiles, List<ProfileProblem> loadProblems) {
}
