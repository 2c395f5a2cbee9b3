package io.openemp.plugin.modbus.api;

import java.util.List;

/** A profile that {@link ProfileValidator} refused; {@link #problems()} lists every reason. */
public class InvalidProfileException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<ProfileProblem> problems;

    public InvalidProfileException(String profileId, List<ProfileProblem> problems) {
        super("Invalid profile " + (profileId == null ? "" : "'" + profileId + "'") + ": "
                + (problems.isEmpty() ? "" : problems.get(0)) + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""));
        this.problems = List.copyOf(problems);
    }

    public List<ProfileProblem> problems() {
        return problems;
    }
}
