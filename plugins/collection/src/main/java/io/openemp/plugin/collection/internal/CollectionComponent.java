package io.openemp.plugin.collection.internal;

import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.openemp.bus.api.EventBus;
import io.openemp.data.readings.api.ReadingStore;
import io.openemp.plugin.api.Param;
import io.openemp.plugin.api.Roles;
import io.openemp.plugin.api.RpcComponent;
import io.openemp.plugin.api.RpcException;
import io.openemp.plugin.api.RpcMethod;
import io.openemp.plugin.collection.api.CollectionTask;
import io.openemp.plugin.collection.api.Statistics;
import io.openemp.plugin.collection.api.TaskOutcome;
import io.openemp.plugin.collection.api.TerminalInfo;
import io.openemp.plugin.modbus.api.ModbusMaster;
import io.openemp.plugin.modbus.api.ProfileCatalog;

/**
 * The {@code collection} component: the master station in OSGi (on the platform DataSource, the reading store,
 * the bus and, when present, the Modbus master) and its JSON-RPC methods. Configured by PID {@value #PID}; a new
 * configuration restarts the station (DS deactivates and activates the component).
 */
@Component(service = RpcComponent.class, immediate = true, configurationPid = CollectionComponent.PID)
@Designate(ocd = CollectionConfig.class)
public class CollectionComponent implements RpcComponent {

    /** The configuration PID. */
    public static final String PID = "io.openemp.collection";

    /** Error code: a task of that id exists already (create) or does not exist (update, delete, run). */
    public static final int TASK_EXISTS = 4501;
    public static final int NO_SUCH_TASK = 4502;
    /** Error code: the task is running already. */
    public static final int TASK_RUNNING = 4503;
    /** Error code: the task store (relational database) failed. */
    public static final int STORE_FAILED = 4504;

    private static final Logger LOG = LoggerFactory.getLogger(CollectionComponent.class);

    @Reference(target = "(dataSourceName=emp)")
    private DataSource dataSource;

    @Reference
    private ReadingStore store;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile EventBus bus;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ModbusMaster modbus;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ProfileCatalog profiles;

    private volatile Station station;

    /** For Declarative Services. */
    public CollectionComponent() {
    }

    /** Around a running station, for tests. */
    CollectionComponent(Station station) {
        this.station = station;
    }

    @Activate
    void activate(CollectionConfig config) throws SQLException, InterruptedException {
        Station s = new Station(Settings.of(config), store, TaskRepository.open(dataSource), () -> bus, () -> modbus,
                () -> profiles, Clock.systemUTC());
        try {
            s.start();
        } catch (RuntimeException | InterruptedException e) {
            s.close();
            throw e;
        }
        station = s;
    }

    @Deactivate
    void deactivate() {
        Station s = station;
        station = null;
        if (s != null) {
            s.close();
        }
    }

    /** The running station (console commands use it). */
    Station station() {
        return station;
    }

    @Override
    public String id() {
        return "collection";
    }

    @Override
    public String version() {
        return "1.0.0";
    }

    @Override
    public String description() {
        return "Master station: Q/GDW 1376.1 terminals, DL/T 645 gateways and Modbus devices collected by tasks into the reading store";
    }

    @RpcMethod(name = "tasks", roles = Roles.VIEWER, description = "Every collection task")
    public List<CollectionTask> tasks() {
        return station.tasks();
    }

    @RpcMethod(name = "task-create", roles = Roles.MANAGER, mutating = true, description = "Stores a new collection task (and schedules it)")
    public CollectionTask taskCreate(@Param(value = "task", description = "The task; see the module README") CollectionTask task)
            throws RpcException {
        check(task);
        try {
            if (!station.create(task)) {
                throw new RpcException(TASK_EXISTS, "a task '" + task.id() + "' exists already", Map.of("id", task.id()));
            }
        } catch (SQLException e) {
            throw storeFailed(e);
        }
        return task;
    }

    @RpcMethod(name = "task-update", roles = Roles.MANAGER, mutating = true, description = "Replaces a collection task (by its id)")
    public CollectionTask taskUpdate(@Param(value = "task", description = "The task as it is to be") CollectionTask task)
            throws RpcException {
        check(task);
        try {
            if (!station.update(task)) {
                throw new RpcException(NO_SUCH_TASK, "no task '" + task.id() + "'", Map.of("id", task.id()));
            }
        } catch (SQLException e) {
            throw storeFailed(e);
        }
        return task;
    }

    @RpcMethod(name = "task-delete", roles = Roles.MANAGER, mutating = true, description = "Deletes a collection task")
    public boolean taskDelete(@Param(value = "id", description = "The task's id") String id) throws RpcException {
        try {
            if (!station.delete(id)) {
                throw new RpcException(NO_SUCH_TASK, "no task '" + id + "'", Map.of("id", String.valueOf(id)));
            }
            return true;
        } catch (SQLException e) {
            throw storeFailed(e);
        }
    }

    @RpcMethod(name = "terminals", roles = Roles.VIEWER, description = "The terminals seen since the start: online or not, connected-at, last-seen, remote address")
    public List<TerminalInfo> terminals() {
        return station.sessions().terminals();
    }

    @RpcMethod(name = "run", roles = Roles.MANAGER, mutating = true, timeoutMillis = 3_600_000,
            description = "Runs a task now and answers its outcome once what it collected is stored")
    public TaskOutcome run(@Param(value = "id", description = "The task's id") String id) throws RpcException {
        Optional<CollectionTask> task = station.task(id);
        if (task.isEmpty()) {
            throw new RpcException(NO_SUCH_TASK, "no task '" + id + "'", Map.of("id", String.valueOf(id)));
        }
        try {
            return station.run(task.get()).orElseThrow(() -> new RpcException(TASK_RUNNING,
                    "task '" + id + "' is running already", Map.of("id", id)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RpcException(TASK_RUNNING, "interrupted while running task '" + id + "'");
        }
    }

    @RpcMethod(name = "stats", roles = Roles.VIEWER, description = "Counters per task and per terminal, frames rejected by reason, readings waiting for the store")
    public Statistics stats() {
        return station.statistics();
    }

    private static void check(CollectionTask task) throws RpcException {
        if (task == null) {
            throw RpcException.invalidParams("task", "required");
        }
        try {
            TaskValidator.check(task);
        } catch (IllegalArgumentException e) {
            throw RpcException.invalidParams("task", e.getMessage());
        }
    }

    private static RpcException storeFailed(SQLException e) {
        LOG.warn("collection task store failed", e);
        return new RpcException(STORE_FAILED, "the task store failed: " + e.getMessage());
    }
}
