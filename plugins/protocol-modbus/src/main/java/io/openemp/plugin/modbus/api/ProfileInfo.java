package io.openemp.plugin.modbus.api;

import io.openemp.plugin.api.Nullable;

/**
 * A profile in a {@link ProfileCatalog}, without its points.
 *
 * @param id the profile id
 * @param description its description
 * @param manufacturer the device's manufacturer
 * @param model the device model
 * @param points how many points it has
 * @param origin {@code built-in} (shipped in the bundle) or {@code folder} (a file in the profiles folder,
 *        which also holds the profiles put at run time; a file overrides a built-in profile of the same id)
 */
public record ProfileInfo(String id, @Nullable String description, @Nullable String manufacturer,
        @Nullable String model, int points, String origin) {

    /** Origin of a profile shipped in the bundle. */
    public static final String BUILT_IN = "built-in";

    /** Origin of a profile kept as a file in the profiles folder. */
    public static final String FOLDER = "folder";
}
