package io.openemp.plugin.modbus.api;

/**
 * One thing wrong with a profile.
 *
 * @param path where, as a JSON path into the profile: {@code id}, {@code points[3].type}
 * @param message what is wrong and what is allowed, naming the point
 */
public record ProfileProblem(String path, String message) {

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
