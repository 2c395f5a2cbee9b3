package io.openemp.bench.probes;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.databind.JsonNode;

import io.openemp.plugin.api.Caller;
import io.openemp.rpc.api.CallAuditor;

/**
 * A prototype of the fix the security benchmark proposes for the audit's cost: group commit. Same table and row as
 * the platform's auditor, but callers hand their entry to one writer thread through a bounded queue and wait until
 * the batch holding it is committed, so an entry is still durable before its answer is sent (the
 * {@link CallAuditor} contract), while concurrent calls share one INSERT batch and one commit. A full queue blocks
 * the caller (back-pressure, never a dropped entry). Disabled unless the benchmark enables it through
 * {@code /bench/audit?group=true}; ranked above the platform's auditor. Its digest is SHA-256 of the params as
 * received, not of the canonical form (a prototype: the cost is the same order).
 */
@Component(service = CallAuditor.class, enabled = false, property = "service.ranking:Integer=100")
public class GroupCommitAuditor implements CallAuditor {

    static final String NAME = GroupCommitAuditor.class.getName();
    private static final int QUEUE = 8192;
    private static final int MAX_BATCH = 512;

    private record Pending(OffsetDateTime at, String user, String transport, String method, String digest,
            String outcome, CompletableFuture<Void> done) {
    }

    private final DataSource dataSource;
    private final BlockingQueue<Pending> queue = new ArrayBlockingQueue<>(QUEUE);
    private final Thread writer;
    private final boolean waitForCommit;
    private volatile boolean running = true;

    @Activate
    public GroupCommitAuditor(@Reference(target = "(dataSourceName=emp)") DataSource dataSource) {
        this(dataSource, true);
    }

    /** {@code waitForCommit} false: write-behind, the caller returns once its entry is queued. */
    GroupCommitAuditor(DataSource dataSource, boolean waitForCommit) {
        this.dataSource = dataSource;
        this.waitForCommit = waitForCommit;
        this.writer = new Thread(this::writeLoop, waitForCommit ? "bench-group-audit" : "bench-write-behind-audit");
        writer.setDaemon(true);
        writer.start();
    }

    @Deactivate
    void stop() throws InterruptedException {
        running = false;
        writer.join(TimeUnit.SECONDS.toMillis(10));
        if (!waitForCommit) {
            // write-behind: what is still queued is written before the component goes
            List<Pending> left = new ArrayList<>();
            queue.drainTo(left);
            if (!left.isEmpty()) {
                try {
                    write(left);
                    left.forEach(p -> p.done().complete(null));
                } catch (SQLException e) {
                    left.forEach(p -> p.done().completeExceptionally(e));
                }
            }
        }
        List<Pending> left = new ArrayList<>();
        queue.drainTo(left);
        left.forEach(p -> p.done().completeExceptionally(new IllegalStateException("auditor stopped")));
    }

    @Override
    public void mutatingCall(Caller caller, String method, JsonNode params, String outcome) {
        Pending p = new Pending(OffsetDateTime.now(ZoneOffset.UTC), caller.user(), caller.transport(), method,
                params == null ? null : sha256(params.toString()), outcome, new CompletableFuture<>());
        try {
            if (!queue.offer(p, 10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("audit queue full for 10 s");
            }
            if (waitForCommit) {
                p.done().get(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while auditing", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("audit entry not written: " + e, e);
        }
    }

    private void writeLoop() {
        List<Pending> batch = new ArrayList<>(MAX_BATCH);
        while (running) {
            try {
                Pending first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                write(batch);
                batch.forEach(p -> p.done().complete(null));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (SQLException | RuntimeException e) {
                batch.forEach(p -> p.done().completeExceptionally(e));
            } finally {
                batch.clear();
            }
        }
    }

    private void write(List<Pending> batch) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO access_audit (at, kind, user_name, transport,"
                    + " source, method, params_sha256, outcome, detail) VALUES (?, 'call', ?, ?, NULL, ?, ?, ?, NULL)")) {
                for (Pending p : batch) {
                    ps.setObject(1, p.at());
                    ps.setString(2, p.user());
                    ps.setString(3, p.transport());
                    ps.setString(4, p.method());
                    ps.setString(5, p.digest());
                    ps.setString(6, p.outcome());
                    ps.addBatch();
                }
                ps.executeBatch();
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
