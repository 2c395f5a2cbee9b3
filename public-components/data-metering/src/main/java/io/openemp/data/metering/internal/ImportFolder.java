package io.openemp.data.metering.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;

import io.openemp.data.metering.api.MeteringException;

/**
 * The one folder {@code metering.import} may read files from. A path given by a caller is resolved against it and
 * must stay inside it, symbolic links included; it must name an existing regular file.
 */
final class ImportFolder {

    private final Path root;

    ImportFolder(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** The folder as configured (absolute). */
    Path root() {
        return root;
    }

    /**
     * The file {@code given} names (relative to the folder, or absolute within it).
     *
     * @throws MeteringException ({@code path}) when it is malformed, outside the folder, missing or not a file
     */
    Path resolve(String given) {
        if (given == null || given.isBlank()) {
            throw new MeteringException("path", "required: a file in the import folder " + root);
        }
        Path candidate;
        try {
            Path path = Paths.get(given);
            candidate = (path.isAbsolute() ? path : root.resolve(path)).normalize();
        } catch (InvalidPathException e) {
            throw new MeteringException("path", "not a file name: " + e.getReason());
        }
        if (!candidate.startsWith(root)) {
            throw new MeteringException("path", "lies outside the import folder " + root);
        }
        if (!Files.isDirectory(root)) {
            throw new MeteringException("path", "the import folder " + root + " does not exist");
        }
        if (!Files.exists(candidate)) {
            throw new MeteringException("path", "no file '" + root.relativize(candidate) + "' in the import folder " + root);
        }
        try {
            if (!candidate.toRealPath().startsWith(root.toRealPath())) {
                throw new MeteringException("path", "leads outside the import folder " + root + " (a symbolic link)");
            }
        } catch (IOException e) {
            throw new MeteringException("path", "cannot be read: " + e.getMessage());
        }
        if (!Files.isRegularFile(candidate)) {
            throw new MeteringException("path", "'" + root.relativize(candidate) + "' is not a file");
        }
        return candidate;
    }
}
