package io.openemp.plugin.modbus.internal;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.openemp.plugin.api.Param;
import io.openemp.plugin.api.Roles;
import io.openemp.plugin.api.RpcComponent;
import io.openemp.plugin.api.RpcException;
import io.openemp.plugin.api.RpcMethod;
import io.openemp.plugin.modbus.api.DeviceProfile;
import io.openemp.plugin.modbus.api.InvalidProfileException;
import io.openemp.plugin.modbus.api.ModbusEndpoint;
import io.openemp.plugin.modbus.api.ModbusMaster;
import io.openemp.plugin.modbus.api.ModbusStats;
import io.openemp.plugin.modbus.api.PlannedRead;
import io.openemp.plugin.modbus.api.ProfileCatalog;
import io.openemp.plugin.modbus.api.ProfileCheck;
import io.openemp.plugin.modbus.api.ProfileInfo;
import io.openemp.plugin.modbus.api.ProfileListing;
import io.openemp.plugin.modbus.api.ProfileProblem;
import io.openemp.plugin.modbus.api.ProfileValidator;
import io.openemp.plugin.modbus.api.ReadOptions;
import io.openemp.plugin.modbus.api.ReadResult;

/**
 * The {@code modbus} RPC component: profiles (list, get, validate, put) and live reads.
 *
 * <p>Roles: looking at profiles and counters is for viewers; storing a profile changes what every poll reads and
 * is for managers; {@code modbus.read} is for managers too although it changes nothing, because it makes the
 * server open a connection to any host and port the caller names (a probe of the field network).
 */
@Component(service = RpcComponent.class)
public class ModbusRpcComponent implements RpcComponent {

    /** Longest {@code modbus.read}: a profile of many blocks with retries may need it. */
    static final long READ_CALL_MILLIS = 120_000;

    private final ModbusMaster master;
    private final ProfileCatalog profiles;

    @Activate
    public ModbusRpcComponent(@Reference ModbusMaster master, @Reference ProfileCatalog profiles) {
        this.master = master;
        this.profiles = profiles;
    }

    @Override
    public String id() {
        return "modbus";
    }

    @Override
    public String version() {
        return "1.0.0";
    }

    @Override
    public String description() {
        return "Modbus TCP master: device profiles kept as data, and live reads of devices";
    }

    @RpcMethod(name = "profiles", roles = Roles.VIEWER,
            description = "Every device profile (built-in and from the profiles folder), and the files that could not be loaded")
    public ProfileListing listProfiles() {
        return new ProfileListing(profiles.list(), profiles.loadProblems());
    }

    @RpcMethod(name = "profile.get", roles = Roles.VIEWER, description = "One device profile with all its points")
    public DeviceProfile getProfile(@Param(value = "id", description = "Profile id, e.g. eastron-sdm630") String id)
            throws RpcException {
        return profile("id", id);
    }

    @RpcMethod(name = "profile.validate", roles = Roles.VIEWER,
            description = "Checks a profile without storing it: every problem, or the requests a read of it will send")
    public ProfileCheck validateProfile(@Param(value = "profile", description = "The profile to check") DeviceProfile profile) {
        List<ProfileProblem> problems = ProfileValidator.validate(profile);
        if (!problems.isEmpty()) {
            return new ProfileCheck(false, problems, List.of());
        }
        List<PlannedRead> reads = ReadPlanner.plan(profile, 1).stream().map(b -> new PlannedRead(
                b.points().get(0).definition().unitId(), b.function(), b.address(), b.count(),
                b.points().stream().map(Point::name).toList())).toList();
        return new ProfileCheck(true, List.of(), reads);
    }

    @RpcMethod(name = "profile.put", roles = Roles.MANAGER, mutating = true,
            description = "Validates a profile and stores it in the profiles folder as <id>.json, replacing one of the same id")
    public ProfileInfo putProfile(@Param(value = "profile", description = "The profile to store") DeviceProfile profile)
            throws RpcException {
        try {
            return profiles.put(profile);
        } catch (InvalidProfileException e) {
            throw invalidProfile(e.problems());
        } catch (UncheckedIOException e) {
            throw new RpcException(ModbusErrors.STORAGE_FAILED, "Cannot store the profile: " + e.getMessage());
        }
    }

    @RpcMethod(name = "read", roles = Roles.MANAGER, timeoutMillis = READ_CALL_MILLIS,
            description = "Reads every point of a profile from a device now: one value (or error) per point")
    public ReadResult read(
            @Param(value = "host", description = "Host name or IP address of the device or gateway") String host,
            @Param(value = "port", required = false, description = "TCP port; 502 when left out") Integer port,
            @Param(value = "unitId", required = false, description = "Unit id of points that name none; 1 when left out") Integer unitId,
            @Param(value = "profile", description = "Profile id") String profileId,
            @Param(value = "timeoutMillis", required = false, description = "Time limit of one request (50..60000 ms); the configured one when left out") Long timeoutMillis,
            @Param(value = "retries", required = false, description = "Retries of a failed request (0..5); the configured number when left out") Integer retries)
            throws RpcException {
        DeviceProfile profile = profile("profile", profileId);
        ModbusEndpoint endpoint = new ModbusEndpoint(host, port == null ? ModbusEndpoint.DEFAULT_PORT : port, unitId);
        try {
            return master.read(endpoint, profile, new ReadOptions(timeoutMillis, retries));
        } catch (InvalidProfileException e) {
            throw invalidProfile(e.problems());
        } catch (IllegalArgumentException e) {
            String message = String.valueOf(e.getMessage());
            int colon = message.indexOf(':');
            throw RpcException.invalidParams(colon > 0 ? message.substring(0, colon) : "params",
                    colon > 0 ? message.substring(colon + 1).trim() : message);
        }
    }

    @RpcMethod(name = "stats", roles = Roles.VIEWER,
            description = "Requests, responses, exception responses, timeouts, retries, connections and rejected frames by reason")
    public ModbusStats stats() {
        return master.stats();
    }

    private DeviceProfile profile(String param, String id) throws RpcException {
        return profiles.get(id).orElseThrow(() -> RpcException.invalidParams(param,
                "no profile '" + id + "'; modbus.profiles lists them"));
    }

    private static RpcException invalidProfile(List<ProfileProblem> problems) {
        return new RpcException(RpcException.INVALID_PARAMS, "Invalid params: profile: " + problems.get(0),
                Map.of("param", "profile", "problems", problems));
    }
}
