package io.openemp.plugin.dlt645.internal;

import java.util.List;

/**
 * The result of {@code dlt645.item}: what the catalogue says of a data identifier.
 *
 * @param dataId the identifier, DI3 first
 * @param name its name
 * @param length the value's length in bytes, or its rule for blocks of tariffs
 * @param fields the fields of the shortest value (for blocks of tariffs: the total only)
 * @param members the identifiers of a block's members
 */
public record ItemInfo(String dataId, String name, String length, List<Field> fields, List<String> members) {

    /**
     * One field.
     *
     * @param name what it is
     * @param format its format as the standard writes it, e.g. {@code XXXXXX.XX}
     * @param unit its unit, or empty
     * @param signed whether the top bit is a sign
     * @param bytes its bytes on the wire
     */
    public record Field(String name, String format, String unit, boolean signed, int bytes) {
    }
}
