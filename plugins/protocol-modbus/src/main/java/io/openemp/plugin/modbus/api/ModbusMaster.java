package io.openemp.plugin.modbus.api;

import java.util.concurrent.CompletableFuture;

import org.osgi.annotation.versioning.ProviderType;

/**
 * A Modbus TCP master: reads every point of a {@link DeviceProfile} from an endpoint. Points of the same unit and
 * function that lie together are read with one request (at most {@link DeviceProfile#maxRegistersPerRead()}
 * registers or 2000 bits); one TCP connection per endpoint is reused, requests on it go one at a time; each request
 * has a timeout and is retried on timeouts and connection or frame errors. A point whose block got an "illegal data
 * address" exception is read again alone, so one unmapped register does not take its neighbours with it.
 *
 * <p>Never throws for what happens on the wire: every failure is a {@link PointError} on the points it concerns.
 * An OSGi service; thread-safe.
 */
@ProviderType
public interface ModbusMaster {

    /**
     * Reads every point of {@code profile}; the future always completes normally, within about
     * {@code blocks x (retries + 1) x timeout}.
     *
     * @param options {@code null} for the configured defaults
     * @throws InvalidProfileException if the profile is not valid
     * @throws IllegalArgumentException if the endpoint or the options are out of range
     */
    CompletableFuture<ReadResult> readAsync(ModbusEndpoint endpoint, DeviceProfile profile, ReadOptions options);

    /** {@link #readAsync} and wait for it. */
    default ReadResult read(ModbusEndpoint endpoint, DeviceProfile profile, ReadOptions options) {
        return readAsync(endpoint, profile, options).join();
    }

    /** {@link #read(ModbusEndpoint, DeviceProfile, ReadOptions)} with the configured options. */
    default ReadResult read(ModbusEndpoint endpoint, DeviceProfile profile) {
        return read(endpoint, profile, ReadOptions.DEFAULTS);
    }

    /** The counters since the master started. */
    ModbusStats stats();
}
