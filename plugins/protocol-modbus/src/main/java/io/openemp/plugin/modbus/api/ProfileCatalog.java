package io.openemp.plugin.modbus.api;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The device profiles the platform knows: built-in examples shipped in the bundle, and JSON files in the profiles
 * folder ({@code ${karaf.etc}/openemp/modbus-profiles/<id>.json} by default), where {@link #put} also writes.
 * Files added to the folder by hand are picked up without a restart. An OSGi service; thread-safe.
 */
@ProviderType
public interface ProfileCatalog {

    /** Every profile, by id. */
    List<ProfileInfo> list();

    /** The profile {@code id}, if there is one. */
    Optional<DeviceProfile> get(String id);

    /**
     * Validates {@code profile} and stores it as {@code <id>.json} in the profiles folder, replacing a profile of
     * the same id.
     *
     * @throws InvalidProfileException if it is not valid; nothing is stored
     * @throws java.io.UncheckedIOException if the file cannot be written
     */
    ProfileInfo put(DeviceProfile profile);

    /** Problems of the files in the folder that could not be loaded, by file name; empty when all loaded. */
    List<ProfileProblem> loadProblems();
}
