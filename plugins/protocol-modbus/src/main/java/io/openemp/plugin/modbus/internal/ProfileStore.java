package io.openemp.plugin.modbus.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.openemp.plugin.modbus.api.DeviceProfile;
import io.openemp.plugin.modbus.api.ProfileCatalog;
import io.openemp.plugin.modbus.api.ProfileInfo;
import io.openemp.plugin.modbus.api.ProfileProblem;
import io.openemp.plugin.modbus.api.ProfileValidator;

/**
 * The {@link ProfileCatalog}: built-in profiles read once from this bundle's class path, and {@code *.json} files of
 * the profiles folder, read again whenever the folder's listing changes (looked at no more than once every
 * {@value #RESCAN_MILLIS} ms). A file must be named after the id it holds; a file that cannot be read or holds an
 * invalid profile is left out and listed in {@link #loadProblems()}. {@link #put} writes atomically (temporary
 * file, then rename).
 */
public final class ProfileStore implements ProfileCatalog {

    private static final Logger LOG = LoggerFactory.getLogger(ProfileStore.class);

    /** The built-in profiles, as resources {@code modbus-profiles/<id>.json} of this bundle. */
    static final List<String> BUILT_IN = List.of("eastron-sdm630", "huawei-sun2000");

    /** Most files read from the folder. */
    static final int MAX_FILES = 1000;

    static final long RESCAN_MILLIS = 1000;

    private final Path folder;
    private final Map<String, DeviceProfile> builtIn;
    private final Object lock = new Object();
    private Folder current = new Folder(List.of(), Map.of(), List.of());
    private long checkedAt = Long.MIN_VALUE;

    /** A store of the profiles in {@code folder} (created when the first profile is put) and the built-in ones. */
    public ProfileStore(Path folder) {
        this.folder = folder;
        this.builtIn = loadBuiltIn();
    }

    /** The folder profiles are kept in. */
    public Path folder() {
        return folder;
    }

    @Override
    public List<ProfileInfo> list() {
        Folder f = refresh(false);
        Map<String, ProfileInfo> all = new TreeMap<>();
        builtIn.values().forEach(p -> all.put(p.id(), info(p, ProfileInfo.BUILT_IN)));
        f.profiles.values().forEach(p -> all.put(p.id(), info(p, ProfileInfo.FOLDER)));
        return List.copyOf(all.values());
    }

    @Override
    public Optional<DeviceProfile> get(String id) {
        if (id == null) {
            return Optional.empty();
        }
        DeviceProfile inFolder = refresh(false).profiles.get(id);
        return Optional.ofNullable(inFolder != null ? inFolder : builtIn.get(id));
    }

    @Override
    public ProfileInfo put(DeviceProfile profile) {
        ProfileValidator.check(profile);
        byte[] json = ProfileJson.write(profile);
        synchronized (lock) {
            try {
                Files.createDirectories(folder);
                Path target = folder.resolve(profile.id() + ".json");
                Path temp = Files.createTempFile(folder, ".put-", ".tmp");
                try {
                    Files.write(temp, json);
                    try {
                        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                    } catch (AtomicMoveNotSupportedException e) {
                        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                } finally {
                    Files.deleteIfExists(temp);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot store profile " + profile.id() + " in " + folder + ": " + e.getMessage(), e);
            }
            refresh(true);
        }
        LOG.info("Stored Modbus profile {} ({} points) in {}", profile.id(), profile.points().size(), folder);
        return info(profile, ProfileInfo.FOLDER);
    }

    @Override
    public List<ProfileProblem> loadProblems() {
        return refresh(false).problems;
    }

    private static ProfileInfo info(DeviceProfile p, String origin) {
        return new ProfileInfo(p.id(), p.description(), p.manufacturer(), p.model(), p.points().size(), origin);
    }

    /** The folder's profiles, read again if its listing changed since the last look. */
    private Folder refresh(boolean force) {
        synchronized (lock) {
            long now = System.nanoTime();
            if (!force && checkedAt != Long.MIN_VALUE && now - checkedAt < RESCAN_MILLIS * 1_000_000) {
                return current;
            }
            checkedAt = now;
            List<String> listing = listing();
            if (force || !listing.equals(current.listing)) {
                current = load(listing);
            }
            return current;
        }
    }

    /** Name, size and modification time of every {@code *.json} file, sorted by name. */
    private List<String> listing() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<String> listing = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.json")) {
            for (Path file : files) {
                BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
                if (a.isRegularFile()) {
                    listing.add(file.getFileName() + "\t" + a.size() + "\t" + a.lastModifiedTime().toMillis());
                }
            }
        } catch (IOException e) {
            LOG.warn("Cannot list the Modbus profiles folder {}: {}", folder, e.toString());
        }
        Collections.sort(listing);
        return listing;
    }

    private Folder load(List<String> listing) {
        Map<String, DeviceProfile> profiles = new LinkedHashMap<>();
        List<ProfileProblem> problems = new ArrayList<>();
        int count = 0;
        for (String entry : listing) {
            String name = entry.substring(0, entry.indexOf('\t'));
            if (++count > MAX_FILES) {
                problems.add(new ProfileProblem(name, "not read: more than " + MAX_FILES + " profile files"));
                continue;
            }
            try {
                DeviceProfile profile = ProfileJson.read(Files.readAllBytes(folder.resolve(name)));
                List<ProfileProblem> invalid = ProfileValidator.validate(profile);
                if (!invalid.isEmpty()) {
                    invalid.forEach(p -> problems.add(new ProfileProblem(name + ": " + p.path(), p.message())));
                } else if (!name.equals(profile.id() + ".json")) {
                    problems.add(new ProfileProblem(name + ": id", "the file of profile '" + profile.id()
                            + "' must be named " + profile.id() + ".json"));
                } else {
                    profiles.put(profile.id(), profile);
                }
            } catch (IOException e) {
                problems.add(new ProfileProblem(name, e.getMessage()));
            }
        }
        problems.forEach(p -> LOG.warn("Modbus profile file {} left out: {}", folder.resolve(p.path().split(":")[0]), p.message()));
        return new Folder(listing, Collections.unmodifiableMap(profiles), List.copyOf(problems));
    }

    private static Map<String, DeviceProfile> loadBuiltIn() {
        Map<String, DeviceProfile> profiles = new LinkedHashMap<>();
        for (String id : BUILT_IN) {
            String resource = "modbus-profiles/" + id + ".json";
            try (InputStream in = ProfileStore.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IOException("resource missing");
                }
                DeviceProfile profile = ProfileValidator.check(ProfileJson.read(in.readNBytes(ProfileJson.MAX_BYTES + 1)));
                profiles.put(profile.id(), profile);
            } catch (IOException | IllegalArgumentException e) {
                throw new IllegalStateException("built-in Modbus profile " + resource + " is broken: " + e.getMessage(), e);
            }
        }
        return Collections.unmodifiableMap(profiles);
    }

    private record Folder(List<String> listing, Map<String, DeviceProfile> profiles, List<ProfileProblem> problems) {
    }
}
