package io.openemp.plugin.efficiency.benchmark.api;

import io.openemp.plugin.api.Nullable;

/**
 * A category of GB/T 4754-2017 (Industrial classification for national economic activities): a section (letter)
 * or a division (two digits).
 *
 * @param code "C", "31"
 * @param parent the section of a division, null for a section
 * @param name its Chinese name
 * @param nameEn its English name
 */
public record IndustryCode(String code, @Nullable String parent, String name, String nameEn) {
}
