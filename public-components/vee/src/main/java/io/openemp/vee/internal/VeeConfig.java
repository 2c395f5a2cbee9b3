package io.openemp.vee.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import io.openemp.vee.api.DayType;

/**
 * Configuration of PID {@value VeeComponent#PID}: the rules a reading type gets until {@code vee.rules.set}
 * stores its own, and the size limit of one call.
 */
@ObjectClassDefinition(name = "OpenEMP VEE",
        description = "Default validation and estimation rules of reading types without rules of their own, and call limits")
public @interface VeeConfig {

    @AttributeDefinition(name = "Spike window", description = "Neighbours on each side a value is compared with, in intervals", min = "1", max = "96")
    int spikeWindow() default 4;

    @AttributeDefinition(name = "Spike factor", description = "A spike exceeds this many times the neighbours' median", min = "1.01", max = "1000")
    String spikeFactor() default "5";

    @AttributeDefinition(name = "Spike floor", description = "Values at or below it are never spikes, in the reading type's unit", min = "0")
    String spikeFloor() default "0";

    @AttributeDefinition(name = "Zero run (days)", description = "Zero consumption lasting this many days is flagged; 0 turns the rule off", min = "0", max = "366")
    int zeroDays() default 3;

    @AttributeDefinition(name = "Future tolerance (s)", description = "Readings stamped later than now plus this are flagged", min = "0", max = "86400")
    int futureSeconds() default 300;

    @AttributeDefinition(name = "Longest interpolated gap", description = "Gaps of at most this many intervals are interpolated; longer ones get the profile", min = "0", max = "96")
    int maxInterpolationIntervals() default 4;

    @AttributeDefinition(name = "Profile days", description = "How many similar days the profile estimate averages", min = "1", max = "52")
    int profileDays() default 4;

    @AttributeDefinition(name = "Similar days", description = "Which days are similar for the profile estimate")
    DayType dayType() default DayType.SAME_WEEKDAY;

    @AttributeDefinition(name = "Scale profiles to the gap's edges", description = "Multiply a profile estimate by the ratio of the readings on both edges of the gap to their profile values (0.5..2)")
    boolean scaleToEdges() default true;

    @AttributeDefinition(name = "Most readings per call", description = "A validation or estimation loading more readings is refused", min = "1000", max = "5000000")
    int maxReadings() default 400_000;
}
