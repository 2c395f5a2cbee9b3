package io.openemp.vee.api;

/**
 * How gaps of a reading type are filled. A gap of at most {@code maxInterpolationIntervals} missing readings
 * with a trusted reading on each side is interpolated linearly; any other gap is filled, instant by instant,
 * with the mean of the values at the same local time of day on the last {@code profileDays} similar days
 * ({@code dayType}) before it; with {@code scaleToEdges} that profile is multiplied by the ratio of the trusted
 * readings on both edges of the gap to their own profile values (kept within 0.5..2), which brings it to the
 * day's level. Trusted: present, not flagged SUSPECT and not itself estimated.
 *
 * @param maxInterpolationIntervals longest gap interpolated (0..96; 0: always the profile)
 * @param profileDays how many similar days the profile averages (1..52)
 * @param dayType which days are similar
 * @param scaleToEdges scale the profile to the readings on the gap's edges
 */
public record EstimationSettings(int maxInterpolationIntervals, int profileDays, DayType dayType, boolean scaleToEdges) {
}
