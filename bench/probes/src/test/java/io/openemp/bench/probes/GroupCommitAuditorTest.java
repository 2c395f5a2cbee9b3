package io.openemp.bench.probes;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.openemp.plugin.api.Caller;

/** The group-commit prototype on a real H2 database: every entry is committed before its call returns. */
public class GroupCommitAuditorTest {

    private static final Caller MIA = Caller.of("mia", Set.of("manager"), "http");

    private JdbcDataSource dataSource;
    private Connection keepAlive;
    private GroupCommitAuditor auditor;

    @Before
    public void start() throws SQLException {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:audit" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        keepAlive = dataSource.getConnection();
        try (Statement s = keepAlive.createStatement()) {
            s.execute("CREATE TABLE access_audit (id BIGINT AUTO_INCREMENT PRIMARY KEY, at TIMESTAMP WITH TIME ZONE NOT NULL,"
                    + " kind VARCHAR(8) NOT NULL, user_name VARCHAR(64) NOT NULL, transport VARCHAR(16) NOT NULL,"
                    + " source VARCHAR(64), method VARCHAR(128), params_sha256 VARCHAR(64), outcome VARCHAR(64) NOT NULL,"
                    + " detail VARCHAR(200))");
        }
        auditor = new GroupCommitAuditor(dataSource);
    }

    @After
    public void stop() throws Exception {
        auditor.stop();
        keepAlive.close();
    }

    private long rows(String where) throws SQLException {
        try (Statement s = keepAlive.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM access_audit " + where)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    public void anEntryIsCommittedBeforeTheCallReturns() throws Exception {
        auditor.mutatingCall(MIA, "bench.touch", new ObjectMapper().readTree("{\"note\":\"x\"}"), "ok");
        assertEquals(1, rows("WHERE user_name = 'mia' AND method = 'bench.touch' AND outcome = 'ok' AND kind = 'call'"
                + " AND LENGTH(params_sha256) = 64"));
        auditor.mutatingCall(MIA, "bench.touch", null, "error:-32001");
        assertEquals(1, rows("WHERE params_sha256 IS NULL AND outcome = 'error:-32001'"));
    }

    @Test
    public void concurrentCallersAreAllWrittenOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 16; t++) {
                String method = "bench.t" + t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 100; i++) {
                        auditor.mutatingCall(MIA, method, null, "ok");
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(1600, rows(""));
        assertEquals(100, rows("WHERE method = 'bench.t7'"));
    }

    @Test
    public void writeBehindWritesEveryEntryByTheTimeItStops() throws Exception {
        GroupCommitAuditor behind = new WriteBehindAuditor(dataSource);
        for (int i = 0; i < 500; i++) {
            behind.mutatingCall(MIA, "bench.behind", null, "ok");
        }
        behind.stop();
        assertEquals(500, rows("WHERE method = 'bench.behind'"));
    }

    @Test
    public void aFailedWriteFailsTheCall() throws Exception {
        try (Statement s = keepAlive.createStatement()) {
            s.execute("DROP TABLE access_audit");
        }
        try {
            auditor.mutatingCall(MIA, "bench.touch", null, "ok");
            fail("the entry could not be written");
        } catch (IllegalStateException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("audit entry not written"));
        }
    }
}
