package io.openemp.plugin.degreedays.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Configuration of PID {@value DegreeDaysComponent#PID} (file {@code etc/io.openemp.plugin.degree-days.cfg}).
 * The defaults apply when there is no configuration; a call may override the bases.
 */
@ObjectClassDefinition(name = "OpenEMP degree days",
        description = "Default base temperatures and the day coverage rule of degree-days.compute")
public @interface DegreeDaysConfig {

    @AttributeDefinition(name = "Heating base (°C)",
            description = "Outdoor temperature below which a building needs heating; 15.5 °C is the UK convention (CIBSE TM41)",
            min = "-90", max = "60")
    double heatingBase() default 15.5;

    @AttributeDefinition(name = "Cooling base (°C)",
            description = "Outdoor temperature above which a building needs cooling; 18.3 °C (65 °F) is the ASHRAE/NOAA convention",
            min = "-90", max = "60")
    double coolingBase() default 18.3;

    @AttributeDefinition(name = "Minimum day coverage",
            description = "Share of a day's expected observations it needs to count as complete (above 0, at most 1)",
            min = "0.01", max = "1")
    double minDayCoverage() default 0.9;
}
