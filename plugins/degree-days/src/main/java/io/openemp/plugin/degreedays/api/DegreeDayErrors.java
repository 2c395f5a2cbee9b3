package io.openemp.plugin.degreedays.api;

/**
 * The application error codes of the {@code degree-days} component (outside the range JSON-RPC reserves), and
 * the limits the component enforces. Wrong parameters (unknown zone, unordered instants) answer -32602 Invalid params.
 */
public final class DegreeDayErrors {

    /**
     * An observation's temperature is physically impossible for air near the ground; {@code data} is a
     * {@link TemperatureOutOfRange}. The first such observation is reported.
     */
    public static final int TEMPERATURE_OUT_OF_RANGE = 4101;

    /** Lowest accepted air temperature, °C (the lowest ever measured is -89.2 °C, Vostok, 1983). */
    public static final double MIN_CELSIUS = -90.0;

    /** Highest accepted air temperature, °C (the highest accepted by the WMO is 56.7 °C, Death Valley, 1913). */
    public static final double MAX_CELSIUS = 60.0;

    /** Most local days one call may span (about ten years): a longer series is refused as invalid params. */
    public static final int MAX_DAYS = 3660;

    private DegreeDayErrors() {
    }
}
